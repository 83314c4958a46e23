import { formatMessage } from '@/i18n/message-format';

/** The directory filter of components/directory/directory-filter.tsx: one choice per facet, all must match. */
export function enhanceDirectoryFilters(): void {
  for (const filter of document.querySelectorAll<HTMLElement>('[data-directory-filter]')) {
    const items = [...(document.getElementById(filter.dataset.directoryFilter ?? '')?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])];
    const results = filter.dataset.results ?? '';
    const status = filter.querySelector('[role="status"]');
    const reset = filter.querySelector<HTMLButtonElement>('button[data-reset]');
    const facets = [...filter.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
    const chosen = new Map<string, string>();

    const apply = () => {
      let shown = 0;
      for (const item of items) {
        const visible = [...chosen].every(([key, value]) => !value || (item.dataset[key] ?? '').split(' ').includes(value));
        item.hidden = !visible;
        if (visible) shown++;
      }
      for (const facet of facets) {
        for (const button of facet.querySelectorAll('button'))
          button.setAttribute('aria-pressed', String(button.value === (chosen.get(facet.dataset.facet ?? '') ?? '')));
      }
      if (status) status.textContent = results ? formatMessage(results, { count: shown }, document.documentElement.lang) : '';
      if (reset) reset.hidden = ![...chosen.values()].some(Boolean);
    };

    for (const facet of facets) {
      facet.addEventListener('click', (event) => {
        const button = (event.target as Element).closest('button');
        if (!button) return;
        chosen.set(facet.dataset.facet ?? '', button.value);
        apply();
      });
    }
    reset?.addEventListener('click', () => {
      chosen.clear();
      apply();
    });
    apply();
  }
}
