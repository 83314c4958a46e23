/** The copy buttons of components/share/copy-button.tsx: copy the target's text, say so for 2.5 s. */
export function enhanceCopyButtons(): void {
  for (const control of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
    const button = control.querySelector('button');
    const status = control.querySelector('[role="status"]');
    if (!button || !status) continue;
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const text = document.getElementById(control.dataset.copyText ?? '')?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = control.dataset.copied ?? '';
      } catch {
        status.textContent = control.dataset.failed ?? '';
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(() => (status.textContent = ''), 2500);
    });
  }
}
