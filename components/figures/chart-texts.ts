import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { chartUnits, type ChartTexts } from '@/lib/charts';
import { chartFigures, getContent, getSource, type Chart } from '@/lib/content';
import { formatSourceList } from '@/lib/format';

/** The words a chart needs in one language, from content and messages. */
export async function chartTexts(chart: Chart, locale: Locale): Promise<ChartTexts> {
  const t = await getTranslations({ locale, namespace: 'Chart' });
  const { site } = getContent();
  const sources = [...new Set(chartFigures(chart).map((figure) => figure.source))].map(getSource);
  return {
    title: chart.title[locale],
    units: chartUnits(chart, locale) ?? t('units'),
    source: t('source', {
      sources: formatSourceList(sources, locale),
      site: site.name[locale],
    }),
    target: t('target'),
    actual: t('actual'),
  };
}
