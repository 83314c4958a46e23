import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { chartUnits, type ChartTexts } from '@/lib/charts';
import { getContent, type Chart } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';

/** The words a chart needs in one language, from content and messages. */
export async function chartTexts(chart: Chart, locale: Locale): Promise<ChartTexts> {
  const t = await getTranslations({ locale, namespace: 'Chart' });
  const { site, source } = getContent();
  return {
    title: chart.title[locale],
    units: chartUnits(chart, locale) ?? t('units'),
    source: t('source', {
      description: source.description[locale],
      date: formatIsoDate(source.published, locale),
      site: site.name[locale],
    }),
    target: t('target'),
    actual: t('actual'),
  };
}
