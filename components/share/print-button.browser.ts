/** The print buttons of components/share/print-button.tsx. */
export function enhancePrintButtons(): void {
  for (const button of document.querySelectorAll('[data-print-button]')) button.addEventListener('click', () => window.print());
}
