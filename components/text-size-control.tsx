'use client';

import { useEffect, useState } from 'react';

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_KEY = 'text-size';

/**
 * Larger text for those who want it, remembered across pages (localStorage). The size is put
 * on <html> by a tiny inline script before the page paints, so nothing jumps on load.
 */
export function TextSizeControl({ label, names }: { label: string; names: Record<TextSize, string> }) {
  const [size, setSize] = useState<TextSize>('standard');
  useEffect(() => {
    // Several controls (header, menu, footer) stay in step through this event.
    const read = () => {
      const saved = document.documentElement.dataset.textSize;
      setSize(saved && (TEXT_SIZES as readonly string[]).includes(saved) ? (saved as TextSize) : 'standard');
    };
    read();
    window.addEventListener('text-size', read);
    return () => window.removeEventListener('text-size', read);
  }, []);
  const choose = (next: TextSize) => {
    document.documentElement.dataset.textSize = next;
    window.dispatchEvent(new Event('text-size'));
    try {
      localStorage.setItem(TEXT_SIZE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  return (
    <div role="group" aria-label={label} className="hidden items-center rounded-md border border-ink-200 [.js_&]:inline-flex">
      {TEXT_SIZES.map((option, index) => (
        <button
          key={option}
          type="button"
          aria-pressed={size === option}
          aria-label={names[option]}
          title={names[option]}
          onClick={() => choose(option)}
          className="inline-flex min-h-11 min-w-10 items-center justify-center font-semibold text-ink-800 first:rounded-l-md last:rounded-r-md hover:bg-ink-100 aria-pressed:bg-ink-900 aria-pressed:text-white"
          style={{ fontSize: `${0.8 + index * 0.14}rem` }}
        >
          <span aria-hidden="true">A</span>
        </button>
      ))}
    </div>
  );
}
