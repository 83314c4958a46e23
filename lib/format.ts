import { languageOf, type Conventions, type Locale } from '@/i18n/languages';
import { parseIsoDate } from './patterns';

/**
 * The one place where values become text. Deterministic (no Intl locale data differences
 * between machines), so build output and tests are the same everywhere. Each language is
 * written by its conventions (i18n/languages.ts): the only branching on language outside i18n/.
 */

const conventionsOf = (locale: Locale): Conventions => languageOf(locale).conventions;

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

/** "2021", "2021-03" or "2021-01-04" → 2021年 / 2021年3月 / 2021年1月4日; 2021 / March 2021 / 4 January 2021. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`formatIsoDate: "${iso}" is not a real date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const { year, month, day } = date;
  if (conventionsOf(locale) === 'zh') {
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

// ── Figures ────────────────────────────────────────────────────────────────────────────────

export const figureUnits = ['yuan', 'm2', 'count', 'percent', 'year', 'date', 'rank', 'places', 'months', 'per-10k-people'] as const;
export type FigureUnit = (typeof figureUnits)[number];

export const figureQualifiers = ['exact', 'more-than', 'nearly', 'at-least', 'about', 'top'] as const;
export type FigureQualifier = (typeof figureQualifiers)[number];

/** What the formatter needs of a figure. */
export interface FigureValue {
  value: number | string;
  unit: FigureUnit;
  /** Chinese measure word for counts: 家, 个, 人 … */
  classifier?: string;
  qualifier: FigureQualifier;
}

/**
 * inline: as the number reads inside a sentence that already says "more than" (超, 余 …);
 * full: on its own (cards, tables, downloads), with its qualifier.
 */
export type FigureStyle = 'inline' | 'full';

/** A finite number as plain decimal digits, never in exponent notation. */
function decimalDigits(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`format: ${value} is not a finite number`);
  const text = String(Math.abs(value));
  if (/e/i.test(text)) throw new Error(`format: ${value} is outside the range written in plain digits`);
  return text;
}

/**
 * value ÷ 10^places, exactly, by moving the decimal point in the digits: never a float
 * artifact, never a digit rounded away (18.8亿 = 1880000000 → "18.8"; 6639000 ÷ 10^6 → "6.639").
 */
export function shiftDecimal(value: number, places: number): string {
  const [whole = '0', fraction = ''] = decimalDigits(value).split('.');
  const digits = whole + fraction;
  const point = whole.length - places;
  const raw = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const [intPart = '0', fracPart = ''] = raw.split('.');
  const cleanInt = intPart.replace(/^0+(?=\d)/, '');
  const cleanFrac = fracPart.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${cleanInt}${cleanFrac ? `.${cleanFrac}` : ''}`;
}

/** 800000 → "800,000" (English digit grouping); decimals kept as they are. */
export function groupThousands(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function numberOf(figure: FigureValue): number {
  if (typeof figure.value !== 'number') throw new Error(`format: unit "${figure.unit}" needs a number, got "${figure.value}"`);
  return figure.value;
}

function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

function formatZh(figure: FigureValue, style: FigureStyle): string {
  switch (figure.unit) {
    case 'date':
      return formatIsoDate(String(figure.value), 'zh');
    case 'yuan': {
      const value = numberOf(figure);
      if (Math.abs(value) >= 1e8) return `${shiftDecimal(value, 8)}亿元`;
      if (Math.abs(value) >= 1e4) return `${shiftDecimal(value, 4)}万元`;
      return `${decimalDigits(value)}元`;
    }
    case 'm2': {
      const value = numberOf(figure);
      return Math.abs(value) >= 1e4 ? `${shiftDecimal(value, 4)}万平方米` : `${decimalDigits(value)}平方米`;
    }
    case 'count':
      return `${decimalDigits(numberOf(figure))}${figure.classifier ?? ''}`;
    case 'per-10k-people': {
      const count = `${decimalDigits(numberOf(figure))}${figure.classifier ?? ''}`;
      return style === 'full' ? `每万人${count}` : count;
    }
    case 'percent':
      return `${decimalDigits(numberOf(figure))}%`;
    case 'year':
      return `${decimalDigits(numberOf(figure))}年`;
    case 'rank':
      return figure.qualifier === 'top' ? `前${decimalDigits(numberOf(figure))}位` : `第${decimalDigits(numberOf(figure))}位`;
    case 'places':
      return `${decimalDigits(numberOf(figure))}位`;
    case 'months':
      return `${decimalDigits(numberOf(figure))}个月`;
  }
}

function formatEn(figure: FigureValue, style: FigureStyle): string {
  switch (figure.unit) {
    case 'date':
      return formatIsoDate(String(figure.value), 'en');
    case 'yuan': {
      const value = numberOf(figure);
      if (Math.abs(value) >= 1e9) return `CNY ${shiftDecimal(value, 9)} billion`;
      if (Math.abs(value) >= 1e6) return `CNY ${shiftDecimal(value, 6)} million`;
      return `CNY ${groupThousands(decimalDigits(value))}`;
    }
    case 'm2':
      return `${groupThousands(decimalDigits(numberOf(figure)))} m²`;
    case 'count':
      return groupThousands(decimalDigits(numberOf(figure)));
    case 'per-10k-people': {
      const count = groupThousands(decimalDigits(numberOf(figure)));
      return style === 'full' ? `${count} per 10,000 people` : count;
    }
    case 'percent':
      return `${decimalDigits(numberOf(figure))}%`;
    case 'year':
      return decimalDigits(numberOf(figure));
    case 'rank':
      return figure.qualifier === 'top' ? `top ${decimalDigits(numberOf(figure))}` : `No. ${decimalDigits(numberOf(figure))}`;
    case 'places': {
      const value = numberOf(figure);
      return `${decimalDigits(value)} ${plural(value, 'place', 'places')}`;
    }
    case 'months': {
      const value = numberOf(figure);
      return `${decimalDigits(value)} ${plural(value, 'month', 'months')}`;
    }
  }
}

const QUALIFIER_WORDS: Record<Conventions, Record<Exclude<FigureQualifier, 'exact' | 'top'>, (text: string) => string>> = {
  zh: {
    'more-than': (text) => `超${text}`,
    nearly: (text) => `近${text}`,
    'at-least': (text) => `不少于${text}`,
    about: (text) => `约${text}`,
  },
  en: {
    'more-than': (text) => `more than ${text}`,
    nearly: (text) => `nearly ${text}`,
    'at-least': (text) => `at least ${text}`,
    about: (text) => `about ${text}`,
  },
};

/** A figure's value with its unit, as readers of each language write it. */
export function formatFigureValue(figure: FigureValue, locale: Locale, style: FigureStyle = 'full'): string {
  const conventions = conventionsOf(locale);
  const text = conventions === 'zh' ? formatZh(figure, style) : formatEn(figure, style);
  if (style === 'inline' || figure.qualifier === 'exact' || figure.qualifier === 'top') return text;
  return QUALIFIER_WORDS[conventions][figure.qualifier](text);
}

const PERIOD = /^(?:(\d{4}(?:-\d{2}(?:-\d{2})?)?)|(\d{4})\/(\d{4})|\.\.\/(\d{4}-\d{2}(?:-\d{2})?))$/;

export function isPeriod(period: string): boolean {
  return PERIOD.test(period);
}

/**
 * What a figure refers to: "2020" (a year), "2021-01-04" (a day), "2017/2020" (a span of
 * years), "../2020-12-31" (cumulative, as of that date).
 */
export function formatPeriod(period: string, locale: Locale): string {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`formatPeriod: "${period}" is not YYYY[-MM[-DD]], YYYY/YYYY or ../YYYY-MM[-DD]`);
  const [, point, from, to, asOf] = match;
  if (point) return formatIsoDate(point, locale);
  const zh = conventionsOf(locale) === 'zh';
  if (from && to) return zh ? `${from}—${to}年` : `${from}–${to}`;
  const date = formatIsoDate(asOf ?? '', locale);
  return zh ? `截至${date}` : `as of ${date}`;
}

/** A file size for people: 48,213 bytes → "47 KB" / "47 KB"; 1,834,000 → "1.7 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "label: value" as the language writes it: 同比增长96% / Year-on-year growth: 96%. */
export function formatLabelledValue(label: string, value: string, locale: Locale): string {
  return conventionsOf(locale) === 'zh' ? `${label}${value}` : `${label}: ${value}`;
}

const UNIT_CAPTIONS: Record<Conventions, Partial<Record<FigureUnit, (figure: Pick<FigureValue, 'classifier'>) => string>>> = {
  zh: {
    yuan: () => '单位：元（以亿元、万元计）',
    m2: () => '单位：平方米',
    count: (figure) => `单位：${figure.classifier ?? '个'}`,
    percent: () => '单位：%',
  },
  en: {
    yuan: () => 'Values in Chinese yuan (CNY)',
    m2: () => 'Values in square metres (m²)',
    count: () => 'Values are counts',
    percent: () => 'Values in per cent',
  },
};

/** The units line of a chart whose values share `figure`'s unit; undefined where values carry their own. */
export function formatUnitCaption(figure: Pick<FigureValue, 'unit' | 'classifier'>, locale: Locale): string | undefined {
  return UNIT_CAPTIONS[conventionsOf(locale)][figure.unit]?.(figure);
}

/** A source with its date, as a citation line gives it: 报道（2021年3月） / a feature, March 2021. */
/** A source as citations name it: its title, and its publisher when the copy names one. */
export function formatSourceName(
  source: { title: Readonly<Record<Locale, string>>; publisher: Readonly<Record<Locale, string>> | null },
  locale: Locale,
): string {
  const title = source.title[locale];
  if (!source.publisher) return title;
  return conventionsOf(locale) === 'zh' ? `${source.publisher[locale]}《${title}》` : `${title}, ${source.publisher[locale]}`;
}

export function formatSourceLine(description: string, date: string, locale: Locale): string {
  return conventionsOf(locale) === 'zh' ? `${description}（${date}）` : `${description}, ${date}`;
}

type NamedSource = Parameters<typeof formatSourceName>[0] & { published: string };

/** Sources with their dates, in one line: "A, March 2021; B, May 2025" / "A（2021年3月）；B（2025年5月）". */
export function formatSourceList(sources: readonly NamedSource[], locale: Locale): string {
  return sources
    .map((source) => formatSourceLine(formatSourceName(source, locale), formatIsoDate(source.published, locale), locale))
    .join(conventionsOf(locale) === 'zh' ? '；' : '; ');
}

// ── Lists and sorting ──────────────────────────────────────────────────────────────────────

/** Items run together as the language lists them, without "and": 甲、乙、丙 / A, B, C. */
function listFormat(locale: Locale): Intl.ListFormat {
  return new Intl.ListFormat(languageOf(locale).tag, { type: 'conjunction', style: 'narrow' });
}

export function formatList(items: readonly string[], locale: Locale): string {
  return listFormat(locale).format(items);
}

/** What comes between the items of such a list of `count` (for lists of elements, not strings). */
export function listSeparators(count: number, locale: Locale): string[] {
  if (count < 2) return [];
  return listFormat(locale)
    .formatToParts(Array.from({ length: count }, (_, index) => String(index)))
    .filter((part) => part.type === 'literal')
    .map((part) => part.value);
}

/** Compares names as the language sorts them (pinyin order for Chinese). */
export function nameOrder(locale: Locale): (a: string, b: string) => number {
  return new Intl.Collator(languageOf(locale).collation).compare;
}
