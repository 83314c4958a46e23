import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { SharePanel } from '@/components/share/share-panel';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { localizedPath, routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'UpdatesPage' });
  return pageMetadata({ locale, path: routes.updates, title: t('title'), description: t('description') });
}

export default async function UpdatesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'UpdatesPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const updates = getContent().updates[locale];
  return (
    <>
      <PageHeader
        title={t('title')}
        lede={t('lede')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.updates}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      >
        <a
          href={localizedPath(locale, routes.feed)}
          className="mt-8 inline-flex min-h-11 items-center gap-2 rounded-full border border-white/40 px-5 font-semibold text-white no-underline hover:bg-white hover:text-ink-900"
        >
          <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
            <circle cx="5" cy="15" r="2" fill="currentColor" />
            <path d="M3 9a8 8 0 0 1 8 8M3 3a14 14 0 0 1 14 14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          {t('feed')}
        </a>
      </PageHeader>
      <Container className="py-12 lg:py-16">
        <ol className="max-w-3xl space-y-6">
          {updates.map((update) => (
            <li key={update.slug}>
              <article className="relative rounded-2xl border border-line bg-white p-6 transition-shadow hover:shadow-lg sm:p-8">
                <p className="text-sm font-semibold text-signal-600">
                  <time dateTime={update.date}>{t('published', { date: formatIsoDate(update.date, locale) })}</time>
                </p>
                <h2 className="mt-2 font-display text-2xl leading-snug font-bold text-ink-900">
                  <Link
                    href={routes.update(update.slug)}
                    className="no-underline after:absolute after:inset-0 after:content-[''] hover:text-river-700"
                  >
                    {update.title}
                  </Link>
                </h2>
                <p className="mt-3 text-muted">{update.summary}</p>
                <p className="mt-4 font-semibold text-river-700" aria-hidden="true">
                  {t('read')} →
                </p>
              </article>
            </li>
          ))}
        </ol>
      </Container>
      <SharePanel locale={locale} path={routes.updates} />
    </>
  );
}
