import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartRows, chartSvg, chartUnits, wrapText } from './charts';
import { loadContent } from './content';

/** The chart code on the test content's one chart; the site's own charts are checked in tests/content/charts.test.ts. */
const content = loadContent(path.resolve(import.meta.dirname, '../tests/fixtures/content'));
const chart = content.charts[0]!;
const texts = { title: 'Test <chart>', units: 'U', source: 'Source line', target: 'target', actual: 'actual' };

describe('chartSvg', () => {
  it('labels each bar with the value as the language writes it', () => {
    expect(chartSvg(chart, 'zh', texts, { standalone: false, labelledBy: 'x' })).toContain('>10亿元<');
    expect(chartSvg(chart, 'en', texts, { standalone: false, labelledBy: 'x' })).toContain('>CNY 1 billion<');
  });

  it('gives the standalone file its escaped title and its source', () => {
    const svg = chartSvg(chart, 'en', texts, { standalone: true });
    expect(svg).toContain('<title>Test &lt;chart&gt;</title>');
    expect(svg).toContain('>Source line<');
  });
});

describe('chart helpers', () => {
  it('list the data for the accessible table and name the shared unit', () => {
    expect(chartRows(chart, 'en').map((row) => [row.value, row.status])).toEqual([['CNY 1 billion', 'actual']]);
    expect(chartUnits(chart, 'zh')).toBeDefined();
  });

  it('wrap long labels at spaces in English and anywhere in Chinese', () => {
    expect(wrapText('Intended investment from roadshows in the year', 15, 160)).toEqual([
      'Intended investment',
      'from roadshows in',
      'the year',
    ]);
    expect(wrapText('高新技术企业数量与目标', 15, 90)).toEqual(['高新技术企业', '数量与目标']);
  });
});
