import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byRecency, currentFigure, loadContent, newestActual } from '@/lib/content';
import { parseCsv } from '@/lib/csv';
import { figuresCsv, figuresDataPackage, figuresJson } from '@/lib/figures-export';
import { addLaterSource } from '../fixtures/later-source/apply';

/**
 * The site's content with a later source added (tests/fixtures/later-source: fictitious data):
 * its values join their indicators and become the latest, while the 2021 article is unchanged.
 * tests/e2e/later-source.spec.ts builds the same and checks the pages.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'later-source-'));
const root = path.join(dir, 'content');
fs.cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
addLaterSource(root);
const before = loadContent();
const content = loadContent(root);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a later source', () => {
  it('is a second source, newest last, and the content changed on its date', () => {
    expect(content.sources.map((source) => source.id)).toEqual(['feature-2021-03', 'statistics-bulletin-2025']);
    expect(content.lastChanged).toBe('2025-05-20');
    expect(before.lastChanged).toBe('2021-03');
  });

  it('adds its values to their indicators, whose latest actual becomes the newest', () => {
    const series = content.figures.indicatorById.get('high-tech-enterprises');
    expect(series?.figures.map((figure) => `${figure.period} ${figure.status} ${figure.value}`)).toEqual([
      '2017 actual 63',
      '2018 actual 90',
      '2019 actual 122',
      '2020 actual 155',
      '2021 target 180',
      '2023 actual 176',
      '2024 actual 198',
    ]);
    expect(series?.latest.id).toBe('hte-count-2024');
    expect(content.figures.indicatorById.get('national-titles')?.latest.id).toBe('national-titles-2024');
    expect(content.figures.indicatorById.get('invention-patents-granted')?.figures.map((figure) => figure.id)).toEqual(['invention-patents-granted-2024']);
    expect(newestActual(content.figures.indicators)?.period).toBe('../2024-12-31');
    expect(newestActual(before.figures.indicators)?.period).toBe('../2021-03');
  });

  it('puts the indicators it updates first in their part of the hub', () => {
    const part = (slug: string) => byRecency(content.figures.indicators.filter((indicator) => indicator.section === slug)).map((indicator) => indicator.id);
    expect(part('innovation-system')[0]).toBe('high-tech-enterprises');
    expect(part('overview')[0]).toBe('national-titles');
    expect(part('platforms')[0]).toBe('invention-patents-granted');
  });

  it('shows its value where the current value is wanted, and leaves the article’s figures as published', () => {
    const titles = content.figures.byId.get('national-titles');
    expect(titles && currentFigure(titles, content.figures.indicatorById).id).toBe('national-titles-2024');
    const target = content.figures.byId.get('hte-target-2021');
    expect(target && currentFigure(target, content.figures.indicatorById).id).toBe('hte-target-2021');
    expect(content.sections.zh.map((section) => section.text)).toEqual(before.sections.zh.map((section) => section.text));
    expect(content.sections.en.find((section) => section.slug === 'innovation-system')?.text).toContain('155');
  });

  it('quotes a table cell as the figure’s source text', () => {
    expect(content.figures.byId.get('hte-count-2024')).toMatchObject({ quote: '198', cell: { table: 'table-1', row: '高新技术企业（家）', column: '2024年' } });
  });

  it('gives the downloads its rows, with their indicator and source, and names it', () => {
    const [header = [], ...rows] = parseCsv(figuresCsv(content, 'https://example.org'));
    const row = Object.fromEntries(header.map((column, index) => [column, rows.find((fields) => fields[0] === 'hte-count-2024')?.[index]]));
    expect(rows).toHaveLength(78);
    expect(row).toMatchObject({
      indicator_id: 'high-tech-enterprises',
      source_id: 'statistics-bulletin-2025',
      value: '198',
      period: '2024',
      source_sentence_zh: '198',
      source_en: 'Test statistics bulletin (fictitious data), Test Publisher, 20 May 2025',
      source_zh: '测试发布单位《测试用统计公报（虚构数据）》（2025年5月20日）',
      source_published: '2025-05-20',
      url_en: 'https://example.org/en/figures/hte-count-2024/',
    });
    const json = JSON.parse(figuresJson(content, 'https://example.org'));
    expect(json.sources.map((source: { id: string }) => source.id)).toEqual(['feature-2021-03', 'statistics-bulletin-2025']);
    expect(json.figures.find((figure: { id: string }) => figure.id === 'invention-patents-granted-2024')).toMatchObject({ indicator_id: 'invention-patents-granted', value: 120 });
    const dataPackage = JSON.parse(figuresDataPackage(content, 'https://example.org'));
    expect(dataPackage.created).toBe('2025-05-20');
    expect(dataPackage.sources.map((source: { title: string }) => source.title)).toContain('测试用统计公报（虚构数据） / Test statistics bulletin (fictitious data)');
  });

  it('arrives as an update that cites it, newest first', () => {
    expect(content.updates.en[0]).toMatchObject({ slug: 'statistics-bulletin-2025', date: '2025-05-20', sources: ['statistics-bulletin-2025'] });
    expect(content.updates.en[0]?.text).toContain('198');
  });
});
