import { defineRouting } from 'next-intl/routing';
import { locales } from './locales';

export { isLocale, type Locale } from './locales';

/** The site's routing, from its single list of languages (i18n/locales.ts). */
export const routing = defineRouting({
  locales,
  defaultLocale: locales[0],
  // Every URL carries its language: /zh/... and /en/..., the same slugs in both.
  localePrefix: 'always',
});
