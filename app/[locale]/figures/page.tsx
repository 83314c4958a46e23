import { getTranslations } from 'next-intl/server';
import { ChartFigure } from '@/components/figures/chart-figure';
import { FigureCard } from '@/components/figures/figure-card';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { AnchorNav } from '@/components/ui/anchor-nav';
import { buttonVariants } from '@/components/ui/button';
import { heading } from '@/components/ui/heading';
import { Link } from '@/i18n/navigation';
import { languageOf, localizedPath } from '@/i18n/languages';
import { byRecency, getContent, getSections, getSource, newestActual, periodEnd } from '@/lib/content';
import { formatIsoDate, formatSourceName } from '@/lib/format';
import { files, routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';

export const generateMetadata = metadataFor('figures');

export default async function FiguresPage({ params }: PageProps<'figures'>) {
  const page = await openPage('figures', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'FiguresPage' });
  const { site, sources, figures, charts } = getContent();
  const sections = getSections(locale);
  // Measures by their indicator, most recent first (its latest value; the history one click away), then one-off facts.
  const groups = sections
    .map((section) => ({
      section,
      measures: byRecency(figures.indicators.filter((indicator) => indicator.section === section.slug)),
      facts: figures.facts.filter((figure) => figure.section === section.slug),
    }))
    .filter((group) => group.measures.length + group.facts.length > 0);
  const newest = newestActual(figures.indicators);
  // The years the figures describe, from the earliest period's start to the latest's end.
  const coverage = figures.figures.flatMap((figure) => figure.period.match(/\d{4}/g) ?? []).sort();
  const latestLine = newest
    ? t('latest', {
        period: formatIsoDate(periodEnd(newest.period), locale),
        published: formatIsoDate(getSource(newest.source).published, locale),
      })
    : undefined;

  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t('title') + ' · ' + site.name[locale],
    description: t('description'),
    url: absoluteUrl(localizedPath(locale, routes.figures)),
    inLanguage: languageOf(locale).tag,
    temporalCoverage: `${coverage[0]}/${coverage.at(-1)}`,
    spatialCoverage: { '@type': 'Place', name: site.name[locale] },
    variableMeasured: figures.figures.map((figure) => figure.label[locale]),
    isBasedOn: sources.map((source) => ({
      '@type': 'CreativeWork',
      name: formatSourceName(source, locale),
      datePublished: source.published,
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher[locale] } } : {}),
      ...(source.url ? { url: source.url } : {}),
    })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(files.figuresCsv) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(files.figuresJson) },
    ],
  };

  return (
    <PageShell
      page={page}
      structuredData={dataset}
      header={{
        eyebrow: latestLine,
        lede: t('lede'),
        children: (
          <div className="mt-8 flex flex-wrap items-center gap-3">
            <a href={files.figuresCsv} download className={buttonVariants({ variant: 'light' })}>
              {t('downloadCsv')}
            </a>
            <a href={files.figuresJson} download className={buttonVariants({ variant: 'onDark' })}>
              {t('downloadJson')}
            </a>
            <span className="text-ink-100">
              {t('count', { count: figures.figures.length })} · {t('indicatorCount', { count: figures.indicators.length })}
            </span>
          </div>
        ),
      }}
    >
      <Container className="py-12 lg:py-16">
        <p className="max-w-3xl text-muted">
          {t('downloadsNote')}{' '}
          <a href={files.dataPackage} className="font-semibold text-river-700 underline underline-offset-4">
            {t('downloadPackage')}
          </a>
        </p>

        <AnchorNav
          label={t('themesTitle')}
          title={t('themesTitle')}
          className="mt-8"
          items={groups.map(({ section, measures, facts }) => ({
            target: `theme-${section.slug}`,
            label: section.navTitle,
            count: measures.length + facts.length,
          }))}
        />

        <section aria-labelledby="charts-title" className="mt-14">
          <h2 id="charts-title" className={heading({ size: 'part' })}>
            {t('chartsTitle')}
          </h2>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            {charts.map((chart) => (
              <ChartFigure key={chart.id} chart={chart} locale={locale} />
            ))}
          </div>
        </section>

        {groups.map(({ section, measures, facts }) => (
          <section
            key={section.slug}
            id={`theme-${section.slug}`}
            aria-labelledby={`theme-${section.slug}-title`}
            className="mt-16 scroll-mt-28"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-line pb-3">
              <h2 id={`theme-${section.slug}-title`} className={heading({ className: 'sm:text-3xl' })}>
                <Link href={routes.section(section.slug)} className="no-underline hover:text-river-700">
                  {section.title}
                </Link>
              </h2>
              <p className="text-muted">{t('figureCount', { count: measures.length + facts.length })}</p>
            </div>
            {measures.length > 0 && (
              <>
                <h3 className={heading({ size: 'block', className: 'mt-6' })}>{t('measuresTitle')}</h3>
                <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                  {measures.map((indicator) => (
                    <FigureCard key={indicator.id} figure={indicator.latest} indicator={indicator} locale={locale} />
                  ))}
                </ul>
              </>
            )}
            {facts.length > 0 && (
              <>
                <h3 className={heading({ size: 'block', className: 'mt-10' })}>{t('factsTitle')}</h3>
                <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                  {facts.map((figure) => (
                    <FigureCard key={figure.id} figure={figure} locale={locale} />
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}

        <section aria-labelledby="changelog-title" className="mt-16 max-w-3xl">
          <h2 id="changelog-title" className={heading()}>
            {t('changelogTitle')}
          </h2>
          {figures.changelog.length === 0 ? (
            <p className="mt-3 text-muted">{t('changelogEmpty')}</p>
          ) : (
            <ul className="mt-4 space-y-3">
              {figures.changelog.map((entry) => (
                <li key={`${entry.date}-${entry.figure}`}>
                  <Link href={routes.figure(entry.figure)} className="font-semibold text-river-700 underline underline-offset-2">
                    {t('changelogEntry', {
                      date: formatIsoDate(entry.date, locale),
                      figure: figures.byId.get(entry.figure)?.label[locale] ?? entry.figure,
                    })}
                  </Link>
                  <p className="text-muted">{entry.change[locale]}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Container>
    </PageShell>
  );
}
