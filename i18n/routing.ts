import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './languages';

export { isLocale, type Locale } from './languages';

/** The site's routing, from its one table of languages (i18n/languages.ts). */
export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its language: /zh/... and /en/..., the same slugs in all of them.
  localePrefix: 'always',
});
