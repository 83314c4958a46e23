import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { getFigure, getSource } from '@/lib/content';
import { formatFigureValue, formatPeriod, formatSourceList } from '@/lib/format';
import { localizedPath } from '@/i18n/languages';
import { routes } from '@/lib/pages';
import { absoluteUrl } from '@/lib/site';

/** On paper only: every figure the page states, with its period, source and permanent URL. */
export async function PrintSources({ figureIds, locale }: { figureIds: string[]; locale: Locale }) {
  const figures = [...new Set(figureIds)].map((id) => getFigure(id)).filter((figure) => figure !== undefined);
  if (figures.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'PrintSources' });
  const sources = [...new Set(figures.map((figure) => figure.source))].map(getSource);
  return (
    <section className="print-only mt-10 hidden border-t border-line pt-4 text-[9pt]">
      <h2 className="font-bold">{t('title')}</h2>
      <p>{t('source', { sources: formatSourceList(sources, locale) })}</p>
      <ol className="mt-2 list-decimal pl-5">
        {figures.map((figure) => (
          <li key={figure.id}>
            {t('line', {
              label: figure.label[locale],
              value: formatFigureValue(figure, locale),
              period: formatPeriod(figure.period, locale),
              url: absoluteUrl(localizedPath(locale, routes.figure(figure.id))),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
