import { defaultLocale, languages, type Locale } from './languages';

/**
 * Which language a visitor gets at "/": the first language tag they list (in their order, as
 * browsers send them most-wanted first) whose language range is one of ours
 * (i18n/languages.ts: acceptLanguage); the default language otherwise. The same rule runs in
 * three places, all made from this table: here (tested), in the root page's inline script
 * (`chooserScript`) and in nginx's Accept-Language map (`nginxLanguageMap`).
 */

const ranges = languages.flatMap((language) =>
  language.acceptLanguage.map((range) => ({ range: range.toLowerCase(), locale: language.code })),
);

/** "en-GB" matches the range "en"; "english" does not. */
function matches(tag: string, range: string): boolean {
  const lower = tag.trim().toLowerCase();
  return lower === range || lower.startsWith(`${range}-`);
}

export function negotiateLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const found = ranges.find(({ range }) => matches(tag, range));
    if (found) return found.locale;
  }
  return defaultLocale;
}

/** The tags of an Accept-Language header, in the order sent (quality values ignored, as the map does). */
export function acceptLanguageTags(header: string): string[] {
  return header
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter(Boolean);
}

/** The rule as a tiny inline script for the root page: it goes to /<locale>/ keeping any #anchor. */
export function chooserScript(): string {
  const table = JSON.stringify(ranges.map(({ range, locale }) => [range, locale]));
  return (
    `(function(){var r=${table},l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''],t=${JSON.stringify(defaultLocale)};` +
    `e:for(var i=0;i<l.length;i++){var c=String(l[i]).toLowerCase();for(var j=0;j<r.length;j++){if(c===r[j][0]||c.indexOf(r[j][0]+'-')===0){t=r[j][1];break e}}}` +
    `location.replace('/'+t+'/'+location.hash)})();`
  );
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * nginx's map from Accept-Language to the language of "/" (deploy/languages.map, written by
 * `npm run deploy:languages`). nginx tries the regexes in order; each one matches when its range
 * is the first of ours in the header.
 */
export function nginxLanguageMap(): string {
  const ours = ranges.map(({ range }) => escapeRegex(range)).join('|');
  const tag = '[a-z]{1,8}(?:-[a-z0-9]{1,8})*';
  const quality = '(?:\\s*;\\s*q=[0-9.]+)?';
  const before = `(?:\\s*(?!(?:${ours})(?:-|\\s|;|,|$))${tag}${quality}\\s*,)*`;
  const lines = ranges
    .filter(({ locale }) => locale !== defaultLocale)
    .map(({ range, locale }) => `    "~*^${before}\\s*${escapeRegex(range)}(?:-[a-z0-9]{1,8})*${quality}\\s*(?:,|$)" ${locale};`);
  return [
    '# Written by `npm run deploy:languages` from i18n/languages.ts: do not edit by hand.',
    '# The language of "/" for this Accept-Language: the first of ours the browser lists; the default otherwise.',
    'map $http_accept_language $preferred_locale {',
    `    default ${defaultLocale};`,
    ...lines,
    '}',
    '',
  ].join('\n');
}
