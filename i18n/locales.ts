/**
 * The site's languages, first the default. Free of next-intl so that the browser module
 * (components/browser.ts) can use it too; i18n/routing.ts builds the routing from it.
 */
export const locales = ['zh', 'en'] as const;

export type Locale = (typeof locales)[number];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
