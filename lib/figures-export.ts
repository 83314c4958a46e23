import { routing } from '@/i18n/routing';
import type { Figure, SiteContent } from './content';
import { figurePeriodText, figureText } from './content';
import { toCsv } from './csv';
import { formatIsoDate } from './format';
import { localizedPath, routes } from './routes';

/**
 * The figures as downloads: one bilingual table, the same data in CSV and JSON, built from
 * the same records the pages show.
 */

export const FIGURE_COLUMNS = [
  'id',
  'section',
  'status',
  'value',
  'unit',
  'classifier',
  'qualifier',
  'period',
  'value_zh',
  'value_en',
  'period_zh',
  'period_en',
  'label_zh',
  'label_en',
  'note_zh',
  'note_en',
  'source_sentence_zh',
  'source_zh',
  'source_en',
  'source_published',
  'url_zh',
  'url_en',
] as const;

export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string | number>;

export function figureRow(figure: Figure, content: SiteContent, siteUrl: string): FigureRow {
  const { source } = content;
  const url = (locale: string) => `${siteUrl}${localizedPath(locale, routes.figure(figure.id))}`;
  return {
    id: figure.id,
    section: figure.section,
    status: figure.status,
    value: figure.value,
    unit: figure.unit,
    classifier: figure.classifier ?? '',
    qualifier: figure.qualifier,
    period: figure.period,
    value_zh: figureText(figure, 'zh'),
    value_en: figureText(figure, 'en'),
    period_zh: figurePeriodText(figure, 'zh'),
    period_en: figurePeriodText(figure, 'en'),
    label_zh: figure.label.zh,
    label_en: figure.label.en,
    note_zh: figure.note.zh,
    note_en: figure.note.en,
    source_sentence_zh: figure.quote,
    source_zh: `${source.description.zh}（${formatIsoDate(source.published, 'zh')}）`,
    source_en: `${source.description.en}, ${formatIsoDate(source.published, 'en')}`,
    source_published: source.published,
    url_zh: url('zh'),
    url_en: url('en'),
  };
}

export function figuresCsv(content: SiteContent, siteUrl: string): string {
  const rows = content.figures.figures.map((figure) => {
    const row = figureRow(figure, content, siteUrl);
    return FIGURE_COLUMNS.map((column) => row[column]);
  });
  return toCsv(FIGURE_COLUMNS, rows);
}

export function figuresJson(content: SiteContent, siteUrl: string): string {
  const { site, source, figures } = content;
  const document = {
    title: { zh: `${site.name.zh}数据`, en: `${site.name.en} figures` },
    asOf: figures.asOf,
    source: {
      description: source.description,
      published: source.published,
      note: source.note,
    },
    languages: [...routing.locales],
    columns: FIGURE_COLUMNS,
    figures: figures.figures.map((figure) => figureRow(figure, content, siteUrl)),
    changelog: figures.changelog,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
