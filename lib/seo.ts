import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { OG_HEIGHT, OG_WIDTH, shareImagePath } from './og';
import { localizedPath } from './routes';

/** Title, description, canonical and language alternates of one page. */
export function pageMetadata(options: { locale: Locale; path: string; title?: string; description: string }): Metadata {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale === 'zh' ? 'zh-CN' : locale] = localizedPath(locale, options.path);
  languages['x-default'] = localizedPath(routing.defaultLocale, options.path);
  return {
    ...(options.title ? { title: options.title } : {}),
    description: options.description,
    alternates: { canonical: localizedPath(options.locale, options.path), languages },
    openGraph: {
      ...(options.title ? { title: options.title } : {}),
      description: options.description,
      url: localizedPath(options.locale, options.path),
      locale: options.locale === 'zh' ? 'zh_CN' : 'en_GB',
      type: 'website',
      images: [
        {
          url: shareImagePath(options.locale, options.path),
          width: OG_WIDTH,
          height: OG_HEIGHT,
          alt: options.title ?? options.description,
        },
      ],
    },
    twitter: {
      card: 'summary_large_image',
      ...(options.title ? { title: options.title } : {}),
      description: options.description,
      images: [shareImagePath(options.locale, options.path)],
    },
  };
}

export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
