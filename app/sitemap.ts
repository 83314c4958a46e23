import type { MetadataRoute } from 'next';
import { defaultLocale, locales, localizedPath } from '@/i18n/languages';
import { allPages, pages } from '@/lib/pages';
import { languageAlternates } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page (lib/pages.ts) in every language, each with its alternates (hreflang), x-default and priority. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allPages(defaultLocale).flatMap((page) => {
    const languages = languageAlternates(page.path, absoluteUrl);
    return locales.map((locale) => ({
      url: absoluteUrl(localizedPath(locale, page.path)),
      priority: pages[page.key].priority,
      alternates: { languages },
    }));
  });
}
