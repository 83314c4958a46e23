import { defineRouting } from 'next-intl/routing';

/** The single source of the site's languages. */
export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  // Every URL carries its language: /zh/... and /en/..., the same slugs in both.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
