import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { Link } from '@/i18n/navigation';
import { chartSvg } from '@/lib/charts';
import { cn } from '@/lib/cn';
import { getSource, type Chart, type Indicator } from '@/lib/content';
import { formatFigureValue, formatPeriod, formatSourceList } from '@/lib/format';
import { routes } from '@/lib/pages';
import { heading } from '../ui/heading';
import { chartTexts } from './chart-texts';
import { StatusBadge } from './status-badge';

/**
 * An indicator's whole series on a figure page: what it measures, every period as a column
 * (targets hatched; drawn at build) and as a table with each value's source. One value gets the
 * table only: a single column compares nothing.
 */
export async function SeriesChart({ indicator, current, locale }: { indicator: Indicator; current: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'FigurePage' });
  const tChart = await getTranslations({ locale, namespace: 'Chart' });
  const tCard = await getTranslations({ locale, namespace: 'FigureCard' });
  const title = t('seriesTitle', { label: indicator.label[locale] });
  const chart: Chart = {
    id: `series-${indicator.id}`,
    kind: 'columns',
    section: indicator.section,
    title: { ...indicator.label, [locale]: title },
    figures: indicator.figures,
  };
  const titleId = 'series-title';
  const drawing =
    indicator.figures.length > 1
      ? chartSvg(chart, locale, await chartTexts(chart, locale), { standalone: false, labelledBy: titleId })
      : undefined;
  return (
    <section id="series" aria-labelledby={titleId} className="scroll-mt-28">
      <h2 id={titleId} className={heading()}>
        {title}
      </h2>
      <p className="mt-3 max-w-2xl text-muted">
        <span className="font-semibold text-ink-800">{t('definition')}: </span>
        {indicator.definition[locale]}
      </p>
      {drawing && <div className="mt-6 max-w-xl font-sans text-ink-900" dangerouslySetInnerHTML={{ __html: drawing }} />}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full max-w-2xl border-collapse text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t('periodAndSource')}
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">
                {tChart('value')}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {tChart('status')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line border-y border-line">
            {indicator.figures.map((figure) => {
              const source = getSource(figure.source);
              const isCurrent = figure.id === current;
              return (
                <tr key={figure.id} aria-current={isCurrent ? 'true' : undefined} className={cn(isCurrent && 'bg-river-100/50')}>
                  {/* The source under the period, not in a column of its own: the table stays three columns wide on a phone. */}
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {isCurrent ? (
                      <span className="font-semibold">
                        {formatPeriod(figure.period, locale)} <span className="text-muted">{t('thisFigure')}</span>
                      </span>
                    ) : (
                      <Link
                        href={routes.figure(figure.id)}
                        className="underline decoration-line underline-offset-2 hover:decoration-river-600"
                      >
                        {formatPeriod(figure.period, locale)}
                      </Link>
                    )}
                    <span className="mt-0.5 block text-xs text-muted">{formatSourceList([source], locale)}</span>
                  </th>
                  <td className="py-2 pr-3 text-right font-semibold whitespace-nowrap tabular-nums">{formatFigureValue(figure, locale)}</td>
                  <td className="py-2">
                    <StatusBadge status={figure.status} label={tCard(figure.status)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
