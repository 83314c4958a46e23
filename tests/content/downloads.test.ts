import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { parseCsv } from '@/lib/csv';
import { figuresCsv, figuresJson } from '@/lib/figures-export';

/**
 * The site's downloads against values read off the source by hand: what a journalist would cite
 * (the feature says 全年完成R&D经费投入18.8亿元，同比增长96%).
 */
const content = loadContent();
const siteUrl = 'https://example.org';
const [header = [], ...rows] = parseCsv(figuresCsv(content, siteUrl));
const row = (id: string) => {
  const found = rows.find((fields) => fields[0] === id);
  if (!found) throw new Error(`no row ${id}`);
  return Object.fromEntries(header.map((column, index) => [column, found[index]]));
};

describe('figures.csv and figures.json', () => {
  it('hold every figure of the feature once', () => {
    expect(rows).toHaveLength(74);
    expect(new Set(rows.map((fields) => fields[0])).size).toBe(74);
    expect(JSON.parse(figuresJson(content, siteUrl)).figures).toHaveLength(74);
  });

  it('give R&D spending as the source states it, in both languages', () => {
    expect(row('rd-spend-2020')).toMatchObject({
      value: '1880000000',
      unit: 'yuan',
      period: '2020',
      value_zh: '18.8亿元',
      value_en: 'CNY 1.88 billion',
      period_zh: '2020年',
      period_en: '2020',
      label_en: 'R&D spending',
      source_sentence_zh: '全年完成R&D经费投入18.8亿元，同比增长96%；',
      source_published: '2021-03',
      url_en: 'https://example.org/en/figures/rd-spend-2020/',
    });
    expect(row('rd-spend-growth-2020')).toMatchObject({ value: '96', unit: 'percent', value_zh: '96%', value_en: '96%' });
  });

  it('give the founding year and the zone as the source names them', () => {
    expect(row('founding-year')).toMatchObject({ value: '1992', value_zh: '1992年', value_en: '1992', label_en: 'Year of founding' });
    expect(row('founding-year').source_en).toBe('a full-page newspaper feature on innovation in Xiangtan High-tech Zone, March 2021');
  });
});
