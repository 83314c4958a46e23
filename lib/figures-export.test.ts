import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './content';
import { parseCsv } from './csv';
import { figuresCsv, figuresDataPackage, figuresJson } from './figures-export';

/** The test content's three figures, exported: every expected field written out, not recomputed. */
const content = loadContent(path.resolve(import.meta.dirname, '../tests/fixtures/content'));
const siteUrl = 'https://example.org';

const HEADER =
  'id,indicator_id,section,status,value,unit,classifier,qualifier,period,value_zh,value_en,period_zh,period_en,label_zh,label_en,note_zh,note_en,source_id,source_sentence_zh,source_zh,source_en,source_published,url_zh,url_en';
const ROWS = [
  'founding-year,,overview,actual,1992,year,,exact,1992,1992年,1992,1992年,1992,成立年份,Year founded,,,fixture-source,测试园区成立于1992年，拥有16块“金字招牌”。,测试用报道（2021年3月）,"a test feature, March 2021",2021-03,https://example.org/zh/figures/founding-year/,https://example.org/en/figures/founding-year/',
  'titles,golden-titles,overview,actual,16,count,块,exact,../2021-03,16块,16,截至2021年3月,as of March 2021,金字招牌,Gold-standard titles,测试。,A test.,fixture-source,测试园区成立于1992年，拥有16块“金字招牌”。,测试用报道（2021年3月）,"a test feature, March 2021",2021-03,https://example.org/zh/figures/titles/,https://example.org/en/figures/titles/',
  'jinrong-investment,,overview,actual,1000000000,yuan,,exact,../2021-03,10亿元,CNY 1 billion,截至2021年3月,as of March 2021,金荣园区项目总投资,Total investment in the Jinrong Park project,,,fixture-source,金荣园区项目总投资10亿元。,测试用报道（2021年3月）,"a test feature, March 2021",2021-03,https://example.org/zh/figures/jinrong-investment/,https://example.org/en/figures/jinrong-investment/',
];

describe('figures.csv', () => {
  const csv = figuresCsv(content, siteUrl);

  it('is exactly the expected file: a byte-order mark for Excel, CRLF lines, quoted fields with commas', () => {
    expect(csv).toBe(`\uFEFF${[HEADER, ...ROWS].join('\r\n')}\r\n`);
  });
});

describe('figures.json', () => {
  const json = JSON.parse(figuresJson(content, siteUrl));

  it('holds the same rows as the CSV, values as written', () => {
    const [header, ...rows] = parseCsv(figuresCsv(content, siteUrl));
    expect(json.columns).toEqual(header);
    expect(json.figures.map((figure: Record<string, unknown>) => (header ?? []).map((column) => String(figure[column])))).toEqual(rows);
    expect(json.figures[2]).toMatchObject({ id: 'jinrong-investment', value: 1000000000, value_zh: '10亿元', value_en: 'CNY 1 billion' });
  });

  it('names its source, its languages and the date the figures are current to', () => {
    expect(json).toMatchObject({
      title: { zh: '测试园区数据', en: 'Test Park figures' },
      asOf: '2021-03',
      sources: [
        {
          id: 'fixture-source',
          kind: 'newspaper-feature',
          title: { zh: '测试用报道', en: 'a test feature' },
          publisher: null,
          published: '2021-03',
        },
      ],
      languages: ['zh', 'en'],
    });
  });
});

describe('datapackage.json', () => {
  const dataPackage = JSON.parse(figuresDataPackage(content, siteUrl));

  it('describes both downloads, every CSV column with its type, and no licence while none is chosen', () => {
    expect(dataPackage).toMatchObject({
      profile: 'data-package',
      name: 'figures',
      homepage: 'https://example.org/zh/figures/',
      created: '2021-03',
    });
    expect(dataPackage.licenses).toBeUndefined();
    expect(dataPackage.resources.map((resource: { path: string }) => resource.path)).toEqual(['figures.csv', 'figures.json']);
    const fields = dataPackage.resources[0].schema.fields;
    expect(fields.map((field: { name: string }) => field.name)).toEqual(HEADER.split(','));
    expect(fields.find((field: { name: string }) => field.name === 'value')).toMatchObject({ type: 'any' });
    expect(fields.find((field: { name: string }) => field.name === 'url_en')).toMatchObject({
      type: 'string',
      format: 'uri',
      description: expect.stringMatching(/\(en\)$/),
    });
  });

  it('names the licence once content/site.json gives one', () => {
    const licensed = {
      ...content,
      site: {
        ...content.site,
        dataLicence: {
          name: { ...content.site.dataLicence.name, zh: '知识共享署名4.0', en: 'CC BY 4.0' },
          url: 'https://creativecommons.org/licenses/by/4.0/',
        },
      },
    };
    expect(JSON.parse(figuresDataPackage(licensed, siteUrl)).licenses).toEqual([
      { title: '知识共享署名4.0 / CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
    expect(JSON.parse(figuresDataPackage(content, siteUrl)).title).toBe('测试园区数据 / Test Park figures');
  });
});
