import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { chartRows, chartSvg } from '@/lib/charts';
import type { Chart } from '@/lib/content';
import { chartTexts } from './chart-texts';
import { localizedPath } from '@/i18n/languages';
import { Link } from '@/i18n/navigation';
import { files, routes } from '@/lib/pages';
import { heading } from '@/components/ui/heading';
import { cn } from '@/lib/cn';

/**
 * A chart: title, the drawing (SVG made at build), source line, the same data as a table,
 * and downloads of the drawing as SVG and PNG.
 */
export async function ChartFigure({ chart, locale }: { chart: Chart; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Chart' });
  const texts = await chartTexts(chart, locale);
  const titleId = `chart-${chart.id}-title`;
  const svg = chartSvg(chart, locale, texts, { standalone: false, labelledBy: titleId });
  const rows = chartRows(chart, locale);
  const file = (extension: string) => localizedPath(locale, files.chart(chart.id, extension));
  return (
    <figure
      id={`chart-${chart.id}`}
      className="-mx-5 scroll-mt-28 border-y border-line bg-white p-4 sm:mx-0 sm:rounded-2xl sm:border sm:p-7"
    >
      <figcaption>
        <h3 id={titleId} className={cn(heading({ size: 'block' }), 'leading-snug')}>
          {texts.title}
        </h3>
        <p className="mt-1 text-sm text-muted">{texts.units}</p>
      </figcaption>
      <div className="mt-5 font-sans text-ink-900" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="mt-4 text-xs leading-relaxed text-muted">{texts.source}</p>
      <details className="mt-4 border-t border-line pt-3">
        <summary className="cursor-pointer text-sm font-semibold text-river-700">{t('dataTable')}</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{texts.title}</caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t('item')}
                </th>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t('period')}
                </th>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t('status')}
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  {t('value')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((row) => (
                <tr key={row.figureId}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link
                      href={routes.figure(row.figureId)}
                      className="underline decoration-line underline-offset-2 hover:decoration-river-600"
                    >
                      {row.label}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">{row.period}</td>
                  <td className="py-2 pr-3">{row.status === 'target' ? t('target') : t('actual')}</td>
                  <td className="py-2 text-right font-semibold tabular-nums">{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="mt-4 flex flex-wrap gap-4 text-sm" data-print="hide">
        <a href={file('svg')} download className="font-semibold text-river-700 underline underline-offset-4">
          {t('downloadSvg')}
        </a>
        <a href={file('png')} download className="font-semibold text-river-700 underline underline-offset-4">
          {t('downloadPng')}
        </a>
      </p>
    </figure>
  );
}
