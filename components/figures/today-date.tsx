import type { Locale } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/format';

/** The reader's today: the page shows the build date until the browser supplies its own (components/figures/today-date.browser.ts). */
export function TodayDate({ initial, locale }: { initial: string; locale: Locale }) {
  return (
    <time dateTime={initial} data-today={locale}>
      {formatIsoDate(initial, locale)}
    </time>
  );
}
