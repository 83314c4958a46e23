import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { SearchPanel } from '@/components/search/search';
import { metadataFor } from '@/lib/seo';

// Indexable like every page in the sitemap: it holds no results until a visitor searches.
export const generateMetadata = metadataFor('search');

export default async function SearchPage({ params }: PageProps<'search'>) {
  const page = await openPage('search', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  return (
    <PageShell page={page} share={false} header={{ lede: page.text.description }}>
      <Container className="py-12" data-pagefind-ignore="all">
        <div className="max-w-3xl">
          <noscript>
            <p className="rounded-xl bg-signal-100 p-4 text-ink-900">{t('noscript')}</p>
          </noscript>
          <SearchPanel locale={locale} syncUrl />
        </div>
      </Container>
    </PageShell>
  );
}
