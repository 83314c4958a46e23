import type { Locale } from '@/i18n/languages';
import { getContent } from './content';
import { parseSiteUrl } from './site-url';
import { localizedPath } from '@/i18n/languages';
import { routes } from '@/lib/pages';

/** Where the site is served from: SITE_URL at build time wins over content/site.json. */
export function getSiteUrl(): string {
  const fromEnv = process.env.SITE_URL?.trim();
  if (!fromEnv) return getContent().site.siteUrl;
  const result = parseSiteUrl(fromEnv);
  if ('problem' in result) throw new Error(`SITE_URL: ${result.problem}`);
  return result.url;
}

/** Absolute permanent URL of a figure's page. */
export function figureUrl(locale: Locale, id: string): string {
  return `${getSiteUrl()}${localizedPath(locale, routes.figure(id))}`;
}

/** Absolute URL of any path of the site. */
export function absoluteUrl(path: string): string {
  return `${getSiteUrl()}${path}`;
}
