import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { SearchPanel } from '@/components/search/search';
import { searchLabels } from '@/components/search/search-labels';
import { isLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  // Indexable like every page in the sitemap: it holds no results until a visitor searches.
  return pageMetadata({ locale, path: routes.search, title: t('title'), description: t('description') });
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  return (
    <>
      <PageHeader
        title={t('title')}
        lede={t('description')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.search}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      />
      <Container className="py-12" data-pagefind-ignore="all">
        <div className="max-w-3xl">
          <noscript>
            <p className="rounded-xl bg-signal-100 p-4 text-ink-900">{t('noscript')}</p>
          </noscript>
          <SearchPanel labels={await searchLabels(locale)} syncUrl />
        </div>
      </Container>
    </>
  );
}
