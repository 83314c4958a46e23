import type { Locale } from '@/i18n/routing';
import { getContent } from './content';

/** Where the site is served from: SITE_URL at build time wins over content/site.json. */
export function getSiteUrl(): string {
  const fromEnv = process.env.SITE_URL?.trim().replace(/\/+$/, '');
  return fromEnv || getContent().site.siteUrl;
}

export function getSiteName(locale: Locale): string {
  return getContent().site.name[locale];
}
