import { TEXT_SIZE_KEY, TEXT_SIZES, type TextSize } from '@/lib/text-size';

const current = (): TextSize => {
  const saved = document.documentElement.dataset.textSize;
  return TEXT_SIZES.find((size) => size === saved) ?? 'standard';
};

/** The text-size controls (header, menu, footer) of components/layout/text-size-control.tsx, in step. */
export function enhanceTextSizeControls(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-text-size-control] button')];
  const show = () => {
    const size = current();
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.value === size));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = TEXT_SIZES.find((candidate) => candidate === button.value) ?? 'standard';
      if (size === 'standard') delete document.documentElement.dataset.textSize;
      else document.documentElement.dataset.textSize = size;
      show();
      try {
        localStorage.setItem(TEXT_SIZE_KEY, size);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    });
  }
  show();
}
