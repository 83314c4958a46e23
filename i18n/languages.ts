/**
 * The site's languages: the one table every part of the site reads (routing, metadata, the
 * formatter, sorting and lists, the language switch, the root language chooser, the server's
 * Accept-Language map). The first is the default. Free of next-intl, so that the browser module
 * (components/browser.ts) can use it too. How to add a language: README, "Adding a language".
 */

/** How numbers, units and dates are written: the formatter (lib/format.ts) knows these. */
export type Conventions = 'zh' | 'en';

export interface LanguageDefinition {
  /** URL segment and file name of its text: /zh/…, messages/zh.json, content/sections/zh/. */
  code: string;
  /** BCP 47 tag: <html lang>, hreflang, the feeds' <language>, and the locale given to Intl. */
  tag: string;
  /** Open Graph locale (og:locale). */
  openGraph: string;
  /** The language's own name, shown in the language switch in that language. */
  name: string;
  /** Intl.Collator locale for sorting names (pinyin order for Chinese). */
  collation: string;
  /** How the formatter writes numbers, units and dates in it. */
  conventions: Conventions;
  /** The language of the site's sources: their quotes are checked against its text. */
  source?: true;
  /**
   * A language without text of its own: its content and messages are generated, when content
   * loads, from this language's (a pseudo-locale for testing; see `pseudo`).
   */
  fallback?: string;
  /** Generated text is pseudo-localised (accented, lengthened, bracketed), as Android and Windows do. */
  pseudo?: true;
  /** Words that sort the visitor's Accept-Language to this language (primary subtags). */
  acceptLanguage: readonly string[];
}

const table = [
  {
    code: 'zh',
    tag: 'zh-CN',
    openGraph: 'zh_CN',
    name: '中文',
    collation: 'zh-Hans-u-co-pinyin',
    conventions: 'zh',
    source: true,
    acceptLanguage: ['zh'],
  },
  {
    code: 'en',
    tag: 'en',
    openGraph: 'en_GB',
    name: 'English',
    collation: 'en',
    conventions: 'en',
    acceptLanguage: ['en'],
  },
] as const satisfies readonly LanguageDefinition[];

export type Locale = (typeof table)[number]['code'];

export const languages: readonly (LanguageDefinition & { code: Locale })[] = table;

/** Every language's code, the default first. */
export const locales: readonly Locale[] = languages.map((language) => language.code);

export const defaultLocale: Locale = table[0].code;

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function languageOf(locale: Locale): LanguageDefinition & { code: Locale } {
  const found = languages.find((language) => language.code === locale);
  if (!found) throw new Error(`languageOf: no language "${locale}" in i18n/languages.ts`);
  return found;
}

function only<T>(list: readonly T[], what: string): T {
  const [first, ...rest] = list;
  if (first === undefined || rest.length > 0) throw new Error(`i18n/languages.ts: exactly one language must be ${what}`);
  return first;
}

/** The language the sources are written in (their quotes, the glossary's keys). */
export const sourceLocale: Locale = only(
  languages.filter((language) => language.source),
  'the source language (source: true)',
).code;

/** Languages whose text staff write (content and messages files); the others are generated. */
export const authoredLocales: readonly Locale[] = locales.filter((locale) => !languageOf(locale).fallback);

/** `fn` for every language, as a record keyed by language. */
export function byLocale<T>(fn: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, fn(locale)])) as Record<Locale, T>;
}

/** A page's path in one language: ("en", "/platforms/") → "/en/platforms/" (every URL carries its language). */
export function localizedPath(locale: string, path: string): string {
  return `/${locale}${path}`;
}
