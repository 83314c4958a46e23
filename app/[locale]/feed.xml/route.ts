import { getTranslations } from 'next-intl/server';
import { isLocale, languageOf, locales, localizedPath } from '@/i18n/languages';
import { getContent } from '@/lib/content';
import { rssFeed } from '@/lib/feed';
import { files, routes } from '@/lib/pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** The Updates section as RSS, one feed per language: /zh/feed.xml, /en/feed.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'UpdatesPage' });
  const { site, updates } = getContent();
  const xml = rssFeed({
    title: `${t('title')} · ${site.name[locale]}`,
    url: absoluteUrl(localizedPath(locale, routes.updates)),
    feedUrl: absoluteUrl(localizedPath(locale, files.feed)),
    description: t('description'),
    language: languageOf(locale).tag,
    entries: updates[locale].map((update) => ({
      title: update.title,
      url: absoluteUrl(localizedPath(locale, routes.update(update.slug))),
      date: update.date,
      summary: update.summary,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
