import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartFigure } from '@/components/figures/chart-figure';
import { Container } from '@/components/layout/container';
import { FigureCard } from '@/components/figures/figure-card';
import { JsonLd } from '@/components/share/json-ld';
import { PageHeader } from '@/components/layout/page-header';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { getContent, getSections } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { localizedPath, routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SharePanel } from '@/components/share/share-panel';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'FiguresPage' });
  return pageMetadata({ locale, path: routes.figures, title: t('title'), description: t('description') });
}

export default async function FiguresPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'FiguresPage' });
  const { site, source, figures, charts } = getContent();
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const sections = getSections(locale);
  const groups = sections
    .map((section) => ({ section, figures: figures.figures.filter((figure) => figure.section === section.slug) }))
    .filter((group) => group.figures.length > 0);
  const asOf = formatIsoDate(figures.asOf, locale);

  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t('title') + ' · ' + site.name[locale],
    description: t('description'),
    url: absoluteUrl(localizedPath(locale, routes.figures)),
    inLanguage: locale === 'zh' ? 'zh-CN' : 'en',
    temporalCoverage: `1992/${figures.asOf.slice(0, 4)}`,
    spatialCoverage: { '@type': 'Place', name: site.name[locale] },
    variableMeasured: figures.figures.map((figure) => figure.label[locale]),
    isBasedOn: { '@type': 'CreativeWork', name: source.description[locale], datePublished: source.published },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(routes.figuresCsv) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(routes.figuresJson) },
    ],
  };

  return (
    <>
      <JsonLd data={dataset} />
      <PageHeader
        eyebrow={t('asOf', { date: asOf })}
        title={t('title')}
        lede={t('lede')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.figures}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      >
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <a
            href={routes.figuresCsv}
            download
            className="inline-flex min-h-12 items-center gap-2 rounded-full bg-white px-6 font-semibold text-ink-900 no-underline hover:bg-river-100"
          >
            {t('downloadCsv')}
          </a>
          <a
            href={routes.figuresJson}
            download
            className="inline-flex min-h-12 items-center gap-2 rounded-full border border-white/40 px-6 font-semibold text-white no-underline hover:border-white hover:bg-white hover:text-ink-900"
          >
            {t('downloadJson')}
          </a>
          <span className="text-ink-100">{t('count', { count: figures.figures.length })}</span>
        </div>
      </PageHeader>

      <Container className="py-12 lg:py-16">
        <p className="max-w-3xl text-muted">{t('downloadsNote')}</p>

        <nav aria-label={t('themesTitle')} className="mt-8" data-print="hide">
          <h2 className="text-xs font-semibold tracking-[0.14em] text-muted uppercase">{t('themesTitle')}</h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {groups.map(({ section, figures: list }) => (
              <li key={section.slug}>
                <a
                  href={`#theme-${section.slug}`}
                  className="inline-flex rounded-full border border-line bg-white px-4 py-2 text-[0.95rem] font-medium text-ink-800 no-underline hover:border-ink-900"
                >
                  {section.navTitle} <span className="ml-1 text-muted">({list.length})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <section aria-labelledby="charts-title" className="mt-14">
          <h2 id="charts-title" className="font-display text-3xl font-bold tracking-tight text-ink-900">
            {t('chartsTitle')}
          </h2>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            {charts.map((chart) => (
              <ChartFigure key={chart.id} chart={chart} locale={locale} />
            ))}
          </div>
        </section>

        {groups.map(({ section, figures: list }) => (
          <section
            key={section.slug}
            id={`theme-${section.slug}`}
            aria-labelledby={`theme-${section.slug}-title`}
            className="mt-16 scroll-mt-28"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-line pb-3">
              <h2 id={`theme-${section.slug}-title`} className="font-display text-2xl font-bold text-ink-900 sm:text-3xl">
                <Link href={routes.section(section.slug)} className="no-underline hover:text-river-700">
                  {section.title}
                </Link>
              </h2>
              <p className="text-muted">{t('figureCount', { count: list.length })}</p>
            </div>
            <ul className="mt-6 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {list.map((figure) => (
                <FigureCard key={figure.id} figure={figure} locale={locale} />
              ))}
            </ul>
          </section>
        ))}

        <section aria-labelledby="changelog-title" className="mt-16 max-w-3xl">
          <h2 id="changelog-title" className="font-display text-2xl font-bold text-ink-900">
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
      <SharePanel locale={locale} path={routes.figures} />
    </>
  );
}
