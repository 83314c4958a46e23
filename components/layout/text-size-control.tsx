import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { TEXT_SIZES } from '@/lib/text-size';

/**
 * Larger text for those who want it, remembered across pages (localStorage;
 * components/layout/text-size-control.browser.ts). The size is put on <html> by a tiny inline script
 * before the page paints, so nothing jumps on load. Hidden without JavaScript.
 */
export async function TextSizeControl({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'TextSize' });
  return (
    <div
      role="group"
      aria-label={t('label')}
      data-text-size-control
      className="hidden items-center rounded-md border border-ink-200 [.js_&]:inline-flex"
    >
      {TEXT_SIZES.map((option, index) => (
        <button
          key={option}
          type="button"
          value={option}
          aria-pressed={option === 'standard'}
          aria-label={t(option)}
          title={t(option)}
          className="inline-flex min-h-11 min-w-10 items-center justify-center font-semibold text-ink-800 first:rounded-l-md last:rounded-r-md hover:bg-ink-100 aria-pressed:bg-ink-900 aria-pressed:text-white"
          style={{ fontSize: `${0.8 + index * 0.14}rem` }}
        >
          <span aria-hidden="true">A</span>
        </button>
      ))}
    </div>
  );
}
