/**
 * The menus of components/layout/nav-links.tsx and the header (<details>): a chosen link closes the
 * menu it sits in (a page restored from the back/forward cache shows it closed); the bar's
 * dropdowns close on Escape, which returns focus to their summary, or on a click elsewhere.
 */
// The bar's dropdowns, and any other menu marked data-dropdown (the language menu).
const OPEN_DROPDOWNS = '[data-nav-bar] details[open], details[data-dropdown][open]';

export function enhanceNavigation(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    target?.closest('details a[href]')?.closest('details')?.removeAttribute('open');
    for (const details of document.querySelectorAll(OPEN_DROPDOWNS)) {
      if (!target || !details.contains(target)) details.removeAttribute('open');
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = document.querySelector<HTMLDetailsElement>(OPEN_DROPDOWNS);
    if (!open) return;
    open.removeAttribute('open');
    open.querySelector('summary')?.focus();
  });
}
