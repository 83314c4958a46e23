import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartFigure } from '@/components/figures/chart-figure';
import { Container } from '@/components/layout/container';
import { GalleryGrid } from '@/components/gallery/gallery-grid';
import { PageHeader } from '@/components/layout/page-header';
import { PrintSources } from '@/components/figures/print-sources';
import { Prose } from '@/components/ui/prose';
import { SectionPager } from '@/components/layout/section-pager';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getContent, getSection, getSections, pillarNumber, type Section } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { imagesOfSection } from '@/lib/images/manifest';
import { pageMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SharePanel } from '@/components/share/share-panel';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getSections(locale).map((section) => ({ locale, section: section.slug })));
}

interface Props {
  params: Promise<{ locale: string; section: string }>;
}

async function load(params: Props['params']): Promise<{ locale: Locale; section: Section }> {
  const { locale, section: slug } = await params;
  const section = isLocale(locale) ? getSection(locale, slug) : undefined;
  if (!isLocale(locale) || !section) notFound();
  return { locale, section };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await load(params);
  return pageMetadata({ locale, path: routes.section(section.slug), title: section.title, description: section.summary });
}

export default async function SectionPage({ params }: Props) {
  const { locale, section } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'SectionPage' });
  const { source, charts: allCharts } = getContent();
  const charts = allCharts.filter((chart) => chart.section === section.slug);
  const images = imagesOfSection(section.slug);
  const tGallery = await getTranslations({ locale, namespace: 'Gallery' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const sections = getSections(locale);
  const index = sections.findIndex((candidate) => candidate.slug === section.slug);
  const part = pillarNumber(sections, section.slug);
  const eyebrow =
    section.kind === 'pillar' && part !== undefined
      ? t('partLabel', { number: part })
      : section.kind === 'overview'
        ? t('overviewLabel')
        : t('outlookLabel');

  return (
    <article>
      <PageHeader
        eyebrow={eyebrow}
        title={section.title}
        lede={section.summary}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.section(section.slug)}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: section.navTitle }]}
          />
        }
      />
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
              <h2 id="section-gallery-title" className="font-display text-2xl font-bold text-ink-900">
                {tGallery('sectionGallery')}
              </h2>
              <div className="mt-5">
                <GalleryGrid id="section-gallery" images={images} locale={locale} columns={2} />
              </div>
            </section>
          )}
          <p className="mt-12 max-w-[40rem] border-t border-line pt-5 text-sm text-muted">
            {t('sourceNote', { description: source.description[locale], date: formatIsoDate(source.published, locale) })}
          </p>
          <PrintSources figureIds={[...section.figureRefs, ...section.keyFigures.map((figure) => figure.id)]} locale={locale} />
          <SectionPager
            previous={sections[index - 1]}
            next={sections[index + 1]}
            labels={{ previous: t('previous'), next: t('next'), nav: t('pagerLabel') }}
          />
        </div>
      </Container>
      <SharePanel locale={locale} path={routes.section(section.slug)} />
    </article>
  );
}
