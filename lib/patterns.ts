/** Shapes of identifiers, dates and compared texts, checked in one way wherever they are read. */

/** A text without its whitespace, to compare texts however they are spaced: the raw extraction breaks lines and spaces characters at random. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Ids, slugs and anchors: lower-case letters, digits and single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type DatePrecision = 'year' | 'month' | 'day';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface IsoDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** "2021", "2021-03" or "2021-01-04", if it is a real calendar date (no month 13, no 30 February). */
export function parseIsoDate(value: string): IsoDate | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, yearText = '', monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { year, precision: 'year' };
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  if (dayText === undefined) return { year, month, precision: 'month' };
  const day = Number(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Whether `value` is a real date written to one of the `precisions`. */
export function isIsoDate(value: string, precisions: readonly DatePrecision[]): boolean {
  const date = parseIsoDate(value);
  return date !== undefined && precisions.includes(date.precision);
}

/** "must be an ISO date: YYYY-MM or YYYY-MM-DD", as the content checks say it. */
export function isoDateMessage(precisions: readonly DatePrecision[]): string {
  const forms = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' } as const;
  return `must be an ISO date: ${precisions.map((precision) => forms[precision]).join(' or ')} (a real calendar date)`;
}
