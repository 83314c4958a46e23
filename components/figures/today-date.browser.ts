import { isLocale } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/format';

/** Puts the reader's own date in the <time data-today> of components/figures/today-date.tsx. */
export function enhanceTodayDates(): void {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-today]')) {
    const locale = time.dataset.today ?? '';
    if (!isLocale(locale)) continue;
    if (time.dateTime === iso) continue; // the build's date is today's: leave the text alone
    time.dateTime = iso;
    time.textContent = formatIsoDate(iso, locale);
  }
}
