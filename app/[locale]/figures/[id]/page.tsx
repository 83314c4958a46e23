import { getTranslations } from 'next-intl/server';
import { CiteBlock } from '@/components/figures/cite-block';
import { SeriesChart } from '@/components/figures/series-chart';
import { SourceDetails } from '@/components/figures/source-details';
import { StatusBadge } from '@/components/figures/status-badge';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { heading } from '@/components/ui/heading';
import { Link } from '@/i18n/navigation';
import { languageOf, sourceLocale } from '@/i18n/languages';
import { getContent, getSection, getSource, relatedFigures } from '@/lib/content';
import { formatFigureValue, formatIsoDate, formatPeriod, formatSourceName } from '@/lib/format';
import { routes, staticParams } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

/** Figures listed beside a figure: enough to browse on, the rest one link away. */
const RELATED_SHOWN = 6;

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('figure');
export const generateMetadata = metadataFor('figure');

export default async function FigurePage({ params }: PageProps<'figure'>) {
  const page = await openPage('figure', params);
  const { locale, item: figure } = page;
  const t = await getTranslations({ locale, namespace: 'FigurePage' });
  const tFigures = await getTranslations({ locale, namespace: 'FiguresPage' });
  const tCard = await getTranslations({ locale, namespace: 'FigureCard' });
  const { figures } = getContent();
  const source = getSource(figure.source);
  const indicator = figure.indicator ? figures.indicatorById.get(figure.indicator) : undefined;
  const published = formatIsoDate(source.published, locale);
  const section = getSection(locale, figure.section);
  const related = relatedFigures(figures.figures, figure, RELATED_SHOWN);

  return (
    <PageShell
      page={page}
      header={{
        eyebrow: section ? `${tFigures('title')} · ${section.navTitle}` : tFigures('title'),
        title: figure.label[locale],
        children: (
          <div className="mt-8 flex flex-wrap items-end gap-x-6 gap-y-3">
            <p className="font-display text-5xl leading-none font-bold tracking-tight text-white tabular-nums sm:text-6xl">
              {formatFigureValue(figure, locale)}
            </p>
            <p className="flex flex-wrap items-center gap-3 pb-1 text-lg text-ink-100">
              {tCard('periodLine', { period: formatPeriod(figure.period, locale), published })}
              <StatusBadge status={figure.status} label={tCard(figure.status)} />
            </p>
          </div>
        ),
      }}
    >
      <Container className="grid gap-12 py-12 lg:grid-cols-[minmax(0,1fr)_20rem] lg:py-16">
        <div className="min-w-0 space-y-12">
          {figure.note[locale] && <p className="max-w-2xl text-xl leading-relaxed text-ink-900">{figure.note[locale]}</p>}

          {indicator && <SeriesChart indicator={indicator} current={figure.id} locale={locale} />}

          <section aria-labelledby="source-title">
            <h2 id="source-title" className={heading()}>
              {t('sourceTitle')}
            </h2>
            <p className="mt-3 text-muted">{t('sourceDocument', { description: formatSourceName(source, locale), date: published })}</p>
            <SourceDetails source={source} locale={locale} className="mt-4 max-w-2xl" />
            <figure className="mt-5 max-w-2xl">
              <figcaption className="text-sm font-semibold text-muted">
                {figure.cell
                  ? t('cell', { table: figure.cell.tableTitle[locale], row: figure.cell.row, column: figure.cell.column })
                  : t('sourceSentence')}
              </figcaption>
              <blockquote
                lang={languageOf(sourceLocale).tag}
                className="mt-2 border-l-4 border-signal-600 bg-white py-3 pr-4 pl-5 text-lg leading-relaxed text-ink-900"
              >
                {figure.quote}
              </blockquote>
            </figure>
            {section && (
              <p className="mt-4">
                <Link href={routes.section(section.slug)} className="font-semibold text-river-700 underline underline-offset-4">
                  {t('inSection', { title: section.title })}
                </Link>
              </p>
            )}
          </section>

          <section aria-labelledby="cite-title" className="max-w-2xl">
            <h2 id="cite-title" className={heading()}>
              {t('citeTitle')}
            </h2>
            <div className="mt-4">
              <CiteBlock figure={figure} locale={locale} />
            </div>
          </section>

          <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-t border-line pt-6 text-sm">
            <dt className="text-muted">{t('idLabel')}</dt>
            <dd className="font-mono text-ink-900">{figure.id}</dd>
            <dt className="text-muted">{t('period')}</dt>
            <dd className="font-mono text-ink-900">{figure.period}</dd>
            <dt className="text-muted">{t('value')}</dt>
            <dd className="font-mono text-ink-900">
              {String(figure.value)} ({figure.unit})
            </dd>
          </dl>
        </div>

        {related.total > 0 && (
          <aside aria-labelledby="related-title" className="lg:sticky lg:top-28 lg:self-start" data-print="hide" data-pagefind-ignore="all">
            <h2 id="related-title" className="text-xs font-semibold tracking-[0.14em] text-muted uppercase">
              {t('related')}
            </h2>
            <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-white">
              {related.shown.map((other) => (
                <li key={other.id}>
                  <Link href={routes.figure(other.id)} className="flex flex-col gap-0.5 px-4 py-3 no-underline hover:bg-paper">
                    <span className="font-semibold text-ink-900 tabular-nums">{formatFigureValue(other, locale)}</span>
                    <span className="text-sm text-muted">
                      {other.label[locale]} · {formatPeriod(other.period, locale)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            <Link
              href={`${routes.figures}#theme-${figure.section}`}
              className="mt-4 inline-block text-sm font-semibold text-river-700 underline underline-offset-4"
            >
              {t('allInPart', { count: related.total + 1 })} →
            </Link>
          </aside>
        )}
      </Container>
    </PageShell>
  );
}
