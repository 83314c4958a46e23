import { describe, expect, it } from 'vitest';
import { chartRows, chartSvg, chartUnits } from '@/lib/charts';
import { loadContent } from '@/lib/content';

const content = loadContent();
const texts = { title: 'T', units: 'U', source: 'Source line', target: 'target', actual: 'actual' };
const chart = (id: string) => {
  const found = content.charts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

describe('chartSvg', () => {
  it('draws the high-tech enterprise columns in proportion to the data, the target marked', () => {
    const svg = chartSvg(chart('high-tech-enterprises'), 'zh', texts, { standalone: false, labelledBy: 'x' });
    for (const value of ['63家', '90家', '122家', '155家', '180家']) expect(svg).toContain(`>${value}<`);
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)].map((match) => Number(match[1]));
    const [h2017 = 0, , , h2020 = 0, h2021 = 0] = heights;
    expect(h2020 / h2017).toBeCloseTo(155 / 63, 5);
    expect(h2021 / h2020).toBeCloseTo(180 / 155, 5);
    expect(svg).toContain('url(#hatch)');
    expect(svg).toContain('aria-labelledby="x"');
    expect(svg).not.toContain('<title>');
  });

  it('adds title, units and source to the standalone file', () => {
    const svg = chartSvg(chart('innovation-results-2020'), 'en', texts, { standalone: true });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960"/);
    expect(svg).toContain('<title>T</title>');
    expect(svg).toContain('>Source line<');
    expect(svg).toContain('CNY 1.88 billion');
    expect(svg).toContain('Year-on-year growth in R&amp;D spending: 96%');
  });

  it('escapes text so a label can never break the SVG', () => {
    const svg = chartSvg(chart('innovation-results-2020'), 'en', { ...texts, title: 'A <b> & "c"' }, { standalone: true });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});

describe('chart helpers', () => {
  it('gives the units when all values share one', () => {
    expect(chartUnits(chart('high-tech-enterprises'), 'zh')).toBe('单位：家');
    expect(chartUnits(chart('roadshow-pipeline-2020'), 'en')).toBe('Values in Chinese yuan (CNY)');
    expect(chartUnits(chart('targets-2021'), 'en')).toBe('Values are counts');
  });

  it('lists the data for the accessible table', () => {
    expect(chartRows(chart('targets-2021'), 'en').map((row) => [row.value, row.status])).toEqual([
      ['155', 'actual'],
      ['180', 'target'],
    ]);
  });
});
