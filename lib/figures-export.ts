import { locales, localizedPath, sourceLocale, type Locale } from '@/i18n/languages';
import type { Figure, SiteContent } from './content';
import { toCsv } from './csv';
import { formatFigureValue, formatPeriod, formatSourceList } from './format';
import { routes, translator } from './pages';

/**
 * The figures as downloads: one table with a column per language for every text, the same data
 * in CSV and JSON, built from the same records the pages show.
 */

const perLanguage = (name: string) => locales.map((locale) => `${name}_${locale}`);

export const FIGURE_COLUMNS: readonly string[] = [
  'id',
  'indicator_id',
  'section',
  'status',
  'value',
  'unit',
  'classifier',
  'qualifier',
  'period',
  ...perLanguage('value'),
  ...perLanguage('period'),
  ...perLanguage('label'),
  ...perLanguage('note'),
  'source_id',
  `source_sentence_${sourceLocale}`,
  ...perLanguage('source'),
  'source_published',
  ...perLanguage('url'),
];

export type FigureRow = Record<string, string | number>;

export function figureRow(figure: Figure, content: SiteContent, siteUrl: string): FigureRow {
  const source = content.sourceById.get(figure.source);
  if (!source) throw new Error(`figure "${figure.id}": unknown source "${figure.source}"`);
  const each = (name: string, value: (locale: Locale) => string) =>
    Object.fromEntries(locales.map((locale) => [`${name}_${locale}`, value(locale)]));
  return {
    id: figure.id,
    indicator_id: figure.indicator ?? '',
    section: figure.section,
    status: figure.status,
    value: figure.value,
    unit: figure.unit,
    classifier: figure.classifier ?? '',
    qualifier: figure.qualifier,
    period: figure.period,
    ...each('value', (locale) => formatFigureValue(figure, locale)),
    ...each('period', (locale) => formatPeriod(figure.period, locale)),
    ...each('label', (locale) => figure.label[locale]),
    ...each('note', (locale) => figure.note[locale]),
    source_id: source.id,
    [`source_sentence_${sourceLocale}`]: figure.quote,
    ...each('source', (locale) => formatSourceList([source], locale)),
    source_published: source.published,
    ...each('url', (locale) => `${siteUrl}${localizedPath(locale, routes.figure(figure.id))}`),
  };
}

export function figuresCsv(content: SiteContent, siteUrl: string): string {
  const rows = content.figures.figures.map((figure) => {
    const row = figureRow(figure, content, siteUrl);
    return FIGURE_COLUMNS.map((column) => row[column] ?? '');
  });
  return toCsv(FIGURE_COLUMNS, rows);
}

export function figuresJson(content: SiteContent, siteUrl: string): string {
  const { site, sources, figures } = content;
  const document = {
    title: Object.fromEntries(
      locales.map((locale) => [locale, translator(locale)('FiguresPage.downloadTitle', { name: site.name[locale] })]),
    ),
    asOf: figures.asOf,
    sources: sources.map((source) => ({
      id: source.id,
      kind: source.kind,
      title: source.title,
      publisher: source.publisher,
      published: source.published,
      url: source.url,
      licence: source.licence,
      note: source.note,
    })),
    languages: [...locales],
    columns: FIGURE_COLUMNS,
    figures: figures.figures.map((figure) => figureRow(figure, content, siteUrl)),
    changelog: figures.changelog,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
