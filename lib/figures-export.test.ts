import { describe, expect, it } from 'vitest';
import { loadContent } from './content';
import { parseCsv } from './csv';
import { FIGURE_COLUMNS, figuresCsv, figuresJson } from './figures-export';
import { formatFigureValue, formatPeriod } from './format';

const content = loadContent();
const siteUrl = 'https://example.org';

describe('figures.csv', () => {
  const csv = figuresCsv(content, siteUrl);
  const [header, ...rows] = parseCsv(csv);

  it('starts with a byte-order mark so Excel reads the Chinese as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per figure, in bilingual columns, equal to the data', () => {
    expect(header).toEqual([...FIGURE_COLUMNS]);
    expect(rows).toHaveLength(content.figures.figures.length);
    content.figures.figures.forEach((figure, index) => {
      const row = Object.fromEntries((header ?? []).map((column, i) => [column, rows[index]?.[i]]));
      expect(row).toMatchObject({
        id: figure.id,
        value: String(figure.value),
        unit: figure.unit,
        period: figure.period,
        value_zh: formatFigureValue(figure, 'zh'),
        value_en: formatFigureValue(figure, 'en'),
        period_zh: formatPeriod(figure.period, 'zh'),
        period_en: formatPeriod(figure.period, 'en'),
        label_zh: figure.label.zh,
        label_en: figure.label.en,
        source_sentence_zh: figure.quote,
        url_en: `${siteUrl}/en/figures/${figure.id}/`,
      });
    });
  });

  it('quotes fields that hold commas, quotes or line breaks', () => {
    const withComma = rows.find((row) => row.some((field) => field.includes(',')));
    expect(withComma).toBeDefined();
    expect(csv).toContain('"');
  });
});

describe('figures.json', () => {
  const json = JSON.parse(figuresJson(content, siteUrl));

  it('holds the same rows as the CSV', () => {
    const [header, ...rows] = parseCsv(figuresCsv(content, siteUrl));
    expect(json.columns).toEqual(header);
    expect(json.figures.map((figure: Record<string, unknown>) => (header ?? []).map((column) => String(figure[column])))).toEqual(rows);
  });

  it('names its source and the date the figures are current to', () => {
    expect(json.asOf).toBe(content.figures.asOf);
    expect(json.source.published).toBe('2021-03');
    expect(json.changelog).toEqual(content.figures.changelog);
  });
});
