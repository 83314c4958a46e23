/**
 * The menus of components/layout/nav-links.tsx and the header (<details>): a chosen link closes the
 * menu it sits in (a page restored from the back/forward cache shows it closed); the bar's
 * dropdowns close on Escape, which returns focus to their summary, or on a click elsewhere.
 */
export function enhanceNavigation(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    target?.closest('details a[href]')?.closest('details')?.removeAttribute('open');
    for (const details of document.querySelectorAll('[data-nav-bar] details[open]')) {
      if (!target || !details.contains(target)) details.removeAttribute('open');
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = document.querySelector('[data-nav-bar] details[open]');
    if (!open) return;
    open.removeAttribute('open');
    open.querySelector('summary')?.focus();
  });
}
