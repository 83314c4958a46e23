import type { Locale } from '@/i18n/routing';

/**
 * The one place where values become text. Deterministic (no Intl locale data differences
 * between machines), so build output and tests are the same everywhere.
 */

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2021", "2021-03" or "2021-01-04" → 2021年 / 2021年3月 / 2021年1月4日; 2021 / March 2021 / 4 January 2021. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`formatIsoDate: "${iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, monthText, dayText] = match;
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) throw new Error(`formatIsoDate: "${iso}" has no month ${month}`);
  if (day !== undefined && (day < 1 || day > 31)) throw new Error(`formatIsoDate: "${iso}" has no day ${day}`);
  if (locale === 'zh') {
    return `${year}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`;
  }
  if (month === undefined) return `${year}`;
  const monthName = EN_MONTHS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Two-digit part numbers for the pillar cards: 1 → "01". */
export function formatPartNumber(order: number): string {
  return String(order).padStart(2, '0');
}
