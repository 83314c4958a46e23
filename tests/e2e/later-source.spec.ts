import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../lib/csv';
import { copyProject } from '../../scripts/lib/project-copy';
import { createStaticServer } from '../../scripts/serve';
import { addLaterSource } from '../fixtures/later-source/apply';

/**
 * A later source arrives (tests/fixtures/later-source: a statistics bulletin of May 2025 with
 * fictitious values, and an update reporting it), added to a copy of the project as staff would add
 * it, without touching the 2021 sections, and built as a release. Its values must become the
 * latest on the hub, the home page, the series, the downloads, the feed and the citations, while
 * the 2021 article keeps its own figures.
 */

const SITE = 'https://later.example';
test.describe.configure({ mode: 'serial' });

let root = '';
let server: Server | undefined;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = copyProject('later-source', { imageCache: true });
  const sections = () =>
    fs
      .readdirSync(path.join(root, 'content', 'sections', 'zh'))
      .map((name) => fs.readFileSync(path.join(root, 'content', 'sections', 'zh', name), 'utf8'));
  const before = sections();
  addLaterSource(path.join(root, 'content'));
  expect(sections(), 'the 2021 sections are not touched').toEqual(before);
  const build = spawnSync('npm', ['run', 'build:release', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: SITE },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(build.status, `${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`).toBe(0);
  server = createStaticServer(path.join(root, 'out'));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('the hub lists the updated indicators first, by their new values, and says how recent they are', async ({ page }) => {
  await page.goto(`${base}/en/figures/`);
  await expect(page.getByText('Latest figures: up to 31 December 2024 · source published 20 May 2025')).toBeVisible();
  const first = (part: string) => page.locator(`#theme-${part} li[id]`).first();
  await expect(first('innovation-system')).toHaveAttribute('id', 'high-tech-enterprises');
  await expect(first('innovation-system')).toContainText('198');
  await expect(first('innovation-system')).toContainText('2024 · source published 20 May 2025');
  await expect(first('innovation-system')).toContainText('History: 7 values, 2017–2024');
  await expect(first('overview')).toHaveAttribute('id', 'national-titles');
  await expect(first('overview')).toContainText('18');
  await expect(first('platforms')).toHaveAttribute('id', 'invention-patents-granted');
  await expect(page.locator('footer')).toContainText('Content last updated 20 May 2025');
});

test('the home page shows the newest value of its key figures; the 2021 article keeps its own', async ({ page }) => {
  await page.goto(`${base}/zh/`);
  const achievements = page.getByRole('region', { name: '闪亮的成绩单' }).or(page.locator('section[aria-labelledby="achievements-title"]'));
  await expect(achievements.getByRole('link', { name: '“金字招牌”称号' })).toHaveAttribute('href', '/zh/figures/national-titles-2024/');
  await expect(achievements).toContainText('18块');
  await expect(achievements).toContainText('最新数据截至2024年12月31日，来源2025年5月20日发布。');
  await page.goto(`${base}/zh/overview/`);
  await expect(page.locator('main')).toContainText('16块');
  await expect(page.locator('main')).not.toContainText('18块');
  await page.goto(`${base}/en/innovation-system/`);
  await expect(page.locator('main')).toContainText('155');
  await expect(page.locator('main')).not.toContainText('198');
});

test('a figure page shows the series across both sources, and cites its own source', async ({ page }) => {
  await page.goto(`${base}/en/figures/hte-count-2024/`);
  const rows = page.locator('#series tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toContainText('a full-page newspaper feature on innovation in Xiangtan High-tech Zone, March 2021');
  await expect(rows.nth(6)).toContainText('Test statistics bulletin (fictitious data), Test Publisher, 20 May 2025');
  await expect(rows.nth(6)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#series svg')).toContainText('198');
  await expect(page.locator('main')).toContainText(
    'Table 1 Main science and technology indicators, row “高新技术企业（家）”, column “2024年”',
  );
  await expect(page.locator('#cite-short-hte-count-2024')).toHaveText(
    'Xiangtan High-tech Zone, Number of high-tech enterprises (2024): 198. Source: Test statistics bulletin (fictitious data), Test Publisher, 20 May 2025.',
  );
  await expect(page.locator('#cite-full-hte-count-2024')).toContainText(`${SITE}/en/figures/hte-count-2024/`);
  await page.goto(`${base}/zh/figures/hte-count-2024/`);
  await expect(page.locator('#cite-short-hte-count-2024')).toContainText(
    '来源：测试发布单位《测试用统计公报（虚构数据）》（2025年5月20日）',
  );
});

test('the downloads carry the new rows with their indicator and source', async ({ request }) => {
  const [header = [], ...rows] = parseCsv(await (await request.get(`${base}/data/figures.csv`)).text());
  const row = (id: string) => Object.fromEntries(header.map((column, index) => [column, rows.find((fields) => fields[0] === id)?.[index]]));
  expect(rows).toHaveLength(78);
  expect(row('invention-patents-granted-2024')).toMatchObject({
    indicator_id: 'invention-patents-granted',
    source_id: 'statistics-bulletin-2025',
    value: '120',
    source_published: '2025-05-20',
  });
  expect(row('hte-count-2020')).toMatchObject({ indicator_id: 'high-tech-enterprises', source_id: 'feature-2021-03' });
  const json = await (await request.get(`${base}/data/figures.json`)).json();
  expect(json.sources.map((source: { id: string }) => source.id)).toEqual(['feature-2021-03', 'statistics-bulletin-2025']);
});

test('the update is in the feed, the sitemap and the updates list, and cites the source it reports', async ({ page, request }) => {
  const feed = await (await request.get(`${base}/en/feed.xml`)).text();
  expect(feed).toContain('<title>Test statistics bulletin published</title>');
  expect(feed).toContain(`${SITE}/en/updates/statistics-bulletin-2025/`);
  const sitemap = await (await request.get(`${base}/sitemap.xml`)).text();
  expect(sitemap).toContain(`${SITE}/zh/updates/statistics-bulletin-2025/`);
  expect(sitemap).toContain(`${SITE}/en/figures/invention-patents-granted-2024/`);
  await page.goto(`${base}/en/updates/statistics-bulletin-2025/`);
  await expect(page.locator('main')).toContainText('198 high-tech enterprises');
  await expect(page.getByRole('link', { name: 'Test statistics bulletin (fictitious data)' })).toHaveAttribute(
    'href',
    '/en/corrections/#source-statistics-bulletin-2025',
  );
});
