import { getTranslations } from 'next-intl/server';
import { ChartFigure } from '@/components/figures/chart-figure';
import { PrintSources } from '@/components/figures/print-sources';
import { GalleryGrid } from '@/components/gallery/gallery-grid';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { SectionPager } from '@/components/layout/section-pager';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { heading } from '@/components/ui/heading';
import { Prose } from '@/components/ui/prose';
import { getContent, getSections } from '@/lib/content';
import { formatIsoDate, formatSourceName } from '@/lib/format';
import { imagesOfSection } from '@/lib/images/manifest';
import { sectionEyebrow, staticParams, translator } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('section');
export const generateMetadata = metadataFor('section');

export default async function SectionPage({ params }: PageProps<'section'>) {
  const page = await openPage('section', params);
  const { locale, item: section } = page;
  const t = await getTranslations({ locale, namespace: 'SectionPage' });
  const tGallery = await getTranslations({ locale, namespace: 'Gallery' });
  const { article, charts: allCharts } = getContent();
  const charts = allCharts.filter((chart) => chart.section === section.slug);
  const images = imagesOfSection(section.slug);
  const sections = getSections(locale);
  const index = sections.findIndex((candidate) => candidate.slug === section.slug);

  return (
    <PageShell page={page} article header={{ eyebrow: sectionEyebrow(section, translator(locale)), lede: section.summary }}>
      <Container className="grid gap-10 pt-12 pb-4 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-16 lg:pt-16">
        <aside className="lg:sticky lg:top-28 lg:self-start">
          <TableOfContents headings={section.headings} title={t('onThisPage')} />
        </aside>
        <div className="min-w-0">
          <Prose section={section} />
          {charts.length > 0 && (
            <div className="mt-12 grid max-w-[40rem] gap-6">
              {charts.map((chart) => (
                <ChartFigure key={chart.id} chart={chart} locale={locale} />
              ))}
            </div>
          )}
          {images.length > 0 && (
            <section aria-labelledby="section-gallery-title" className="mt-14 max-w-[40rem]">
              <h2 id="section-gallery-title" className={heading()}>
                {tGallery('sectionGallery')}
              </h2>
              <div className="mt-5">
                <GalleryGrid id="section-gallery" images={images} locale={locale} columns={2} />
              </div>
            </section>
          )}
          <p className="mt-12 max-w-[40rem] border-t border-line pt-5 text-sm text-muted">
            {t('sourceNote', { description: formatSourceName(article, locale), date: formatIsoDate(article.published, locale) })}
          </p>
          <PrintSources figureIds={[...section.figureRefs, ...section.keyFigures.map((figure) => figure.id)]} locale={locale} />
          <SectionPager
            previous={sections[index - 1]}
            next={sections[index + 1]}
            labels={{ previous: t('previous'), next: t('next'), nav: t('pagerLabel') }}
          />
        </div>
      </Container>
    </PageShell>
  );
}
