import type { Metadata } from 'next';
import { defaultLocale, isLocale, languageOf, languages, localizedPath } from '@/i18n/languages';
import { OG_HEIGHT, OG_WIDTH, shareImagePath } from './og';
import { resolvePage, type PageKey, type PageParams, type ResolvedPage } from './pages';

/** The language alternates of a path (hreflang → path), with x-default, as metadata and the sitemap give them. */
export function languageAlternates(path: string, url: (path: string) => string = (value) => value): Record<string, string> {
  return Object.fromEntries([
    ...languages.map((language) => [language.tag, url(localizedPath(language.code, path))]),
    ['x-default', url(localizedPath(defaultLocale, path))],
  ]);
}

/** Title, description, canonical, language alternates and share card of one page. */
export function pageMetadata(page: ResolvedPage): Metadata {
  const { locale, path, text } = page;
  const title = page.siteTitle ? undefined : text.title;
  const url = localizedPath(locale, path);
  const image = shareImagePath(locale, path);
  return {
    ...(title ? { title } : {}),
    description: text.description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      ...(title ? { title } : {}),
      description: text.description,
      url,
      locale: languageOf(locale).openGraph,
      type: 'website',
      images: [{ url: image, width: OG_WIDTH, height: OG_HEIGHT, alt: title ?? text.description }],
    },
    twitter: { card: 'summary_large_image', ...(title ? { title } : {}), description: text.description, images: [image] },
  };
}

/** A route's generateMetadata, from the page registry. */
export function metadataFor<K extends PageKey>(key: K) {
  return async ({ params }: { params: Promise<{ locale: string } & PageParams<K>> }): Promise<Metadata> => {
    const { locale, ...rest } = await params;
    const page = isLocale(locale) ? resolvePage(key, locale, rest as unknown as PageParams<K>) : undefined;
    return page ? pageMetadata(page) : {};
  };
}
