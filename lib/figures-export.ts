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
    /** When the newest source was published: the figures are current to it. */
    asOf: content.lastChanged,
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

/** What each column holds, for the Data Package's schema (a column per language is described once). */
const COLUMN_DESCRIPTIONS: Record<string, { type: 'string' | 'any'; description: string; format?: string }> = {
  id: { type: 'string', description: 'Permanent id of the figure; its page is /<language>/figures/<id>/' },
  indicator_id: {
    type: 'string',
    description: 'What the figure measures (an indicator with a value per period); empty for a one-off fact',
  },
  section: { type: 'string', description: 'The section of the site the figure belongs to' },
  status: { type: 'string', description: '"actual" (a reported value) or "target" (a goal)' },
  value: {
    type: 'any',
    description: 'The value in its base unit: whole yuan, m², a count, percentage points, a year; an ISO date for unit "date"',
  },
  unit: { type: 'string', description: 'yuan, m2, count, percent, per-10k-people, rank, places, months, year or date' },
  classifier: { type: 'string', description: 'The Chinese measure word of a count (家, 个, 人 …)' },
  qualifier: { type: 'string', description: 'How the source states the value: exact, about, more-than, nearly, top …' },
  period: { type: 'string', description: 'The period described: YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY, or ../DATE for "as of DATE"' },
  value_: { type: 'string', description: 'The value as the site writes it in this language' },
  period_: { type: 'string', description: 'The period as the site writes it in this language' },
  label_: { type: 'string', description: 'What the figure is, in this language' },
  note_: { type: 'string', description: 'Context from the source, in this language; may be empty' },
  source_id: { type: 'string', description: 'The source the figure comes from (sources in figures.json)' },
  [`source_sentence_${sourceLocale}`]: {
    type: 'string',
    description: "The source's own words the figure is taken from (cleaned text), or the table cell",
  },
  source_: { type: 'string', description: 'The source and its publication date, in this language' },
  source_published: { type: 'string', description: "The source's publication date: YYYY, YYYY-MM or YYYY-MM-DD" },
  url_: { type: 'string', format: 'uri', description: "The figure's permanent page in this language" },
};

function describeColumn(name: string) {
  const perLanguage = locales.find((locale) => name.endsWith(`_${locale}`) && !name.startsWith('source_sentence_'));
  const key = perLanguage ? name.slice(0, -perLanguage.length) : name;
  const found = COLUMN_DESCRIPTIONS[key];
  if (!found) throw new Error(`figures-export: column "${name}" has no description for datapackage.json`);
  const { type, description, format } = found;
  return { name, type, ...(format ? { format } : {}), description: perLanguage ? `${description} (${perLanguage})` : description };
}

/**
 * datapackage.json: a Frictionless Data Package describing the two downloads and their columns,
 * so tools (and journalists' scripts) read the data with types and meanings, not by guesswork.
 * It is served beside them (/data/), so their paths are relative.
 */
export function figuresDataPackage(content: SiteContent, siteUrl: string): string {
  const { site } = content;
  // A Data Package's titles are single strings: every language's, side by side.
  const inAll = (text: (locale: Locale) => string) => [...new Set(locales.map(text).filter(Boolean))].join(' / ');
  const licence = site.dataLicence;
  const licenceTitle = inAll((locale) => licence.name[locale]);
  const schema = { fields: FIGURE_COLUMNS.map(describeColumn), primaryKey: ['id'] };
  const document = {
    profile: 'data-package',
    name: 'figures',
    title: inAll((locale) => translator(locale)('FiguresPage.downloadTitle', { name: site.name[locale] })),
    homepage: `${siteUrl}${localizedPath(sourceLocale, routes.figures)}`,
    created: content.lastChanged,
    ...(licenceTitle ? { licenses: [{ title: licenceTitle, ...(licence.url ? { path: licence.url } : {}) }] } : {}),
    sources: content.sources.map((source) => ({
      title: inAll((locale) => source.title[locale]),
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: [
      {
        name: 'figures-csv',
        path: 'figures.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema,
      },
      { name: 'figures-json', path: 'figures.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
