import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { SourceLink } from '@/components/figures/source-link';
import { InlineList } from '@/components/ui/inline-list';
import { Prose } from '@/components/ui/prose';
import { getSection } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { staticParams } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('update');
export const generateMetadata = metadataFor('update');

export default async function UpdatePage({ params }: PageProps<'update'>) {
  const page = await openPage('update', params);
  const { locale, item: update } = page;
  const t = await getTranslations({ locale, namespace: 'UpdatesPage' });
  const parts = update.includes.map((slug) => getSection(locale, slug)).filter((section) => section !== undefined);
  const contents = [...update.headings, ...parts.map((section) => ({ id: section.slug, text: section.title }))];

  return (
    <PageShell page={page} article header={{ eyebrow: t('published', { date: formatIsoDate(update.date, locale) }), lede: update.summary }}>
      <Container className="grid gap-10 pt-12 pb-4 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-16 lg:pt-16">
        <aside className="lg:sticky lg:top-28 lg:self-start">
          <TableOfContents headings={contents} title={t('contents')} />
        </aside>
        <div className="prose-article min-w-0">
          <p className="text-muted">
            {t.rich('reports', {
              sources: () => (
                <InlineList
                  items={update.sources.map((source) => ({ key: source, node: <SourceLink source={{ source }} locale={locale} /> }))}
                  locale={locale}
                />
              ),
            })}
          </p>
          <Prose section={update} bare />
          {parts.map((section) => (
            <Fragment key={section.slug}>
              <h2 id={section.slug} className="part-title">
                {section.title}
              </h2>
              <Prose section={section} level={3} bare />
            </Fragment>
          ))}
        </div>
      </Container>
    </PageShell>
  );
}
