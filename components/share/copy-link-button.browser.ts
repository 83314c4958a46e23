/** The copy-link buttons of components/share/copy-link-button.tsx: the absolute URL to the clipboard. */
export function enhanceCopyLinkButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    const status = button.querySelector('[role="status"]');
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.copyLink || window.location.pathname, window.location.origin);
      if (button.dataset.anchor) url.hash = button.dataset.anchor;
      try {
        await navigator.clipboard.writeText(url.href);
      } catch {
        window.prompt(button.getAttribute('aria-label') ?? '', url.href);
        return;
      }
      button.dataset.done = '';
      if (status) status.textContent = button.dataset.copied ?? '';
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        delete button.dataset.done;
        if (status) status.textContent = '';
      }, 2000);
    });
  }
}
