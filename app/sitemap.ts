import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { localizedPath } from '@/lib/routes';
import { sitePaths } from '@/lib/site-paths';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page in every language, each with its alternates (hreflang) and x-default. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().flatMap((path) => {
    const languages = Object.fromEntries([
      ...routing.locales.map((locale) => [locale === 'zh' ? 'zh-CN' : locale, absoluteUrl(localizedPath(locale, path))]),
      ['x-default', absoluteUrl(localizedPath(routing.defaultLocale, path))],
    ]);
    return routing.locales.map((locale) => ({ url: absoluteUrl(localizedPath(locale, path)), alternates: { languages } }));
  });
}
