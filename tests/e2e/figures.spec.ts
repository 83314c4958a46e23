import { expect, test } from '@playwright/test';
import { figures, indicators } from './site';

test.describe('figures hub', () => {
  test('every indicator and every one-off fact has a permanent anchor, and the anchor lands on it', async ({ page }) => {
    await page.goto('/zh/figures/');
    const anchors = [
      ...indicators().map((indicator) => indicator.id),
      ...figures()
        .filter((figure) => !figure.indicator)
        .map((figure) => figure.id),
    ];
    await expect(page.locator('main li[id]')).toHaveCount(anchors.length);
    for (const anchor of anchors) await expect(page.locator(`li#${anchor}`)).toHaveCount(1);
    await page.goto('/en/figures/#rd-spend');
    const card = page.locator('li#rd-spend');
    await expect(card).toBeInViewport();
    await expect(card).toContainText('CNY 1.88 billion');
    await expect(card).toContainText('R&D spending');
  });

  test('each figure page is linked from the hub and shows the same value', async ({ page }) => {
    await page.goto('/zh/figures/');
    await expect(page.locator('li#high-tech-enterprises')).toContainText('2020年 · 来源2021年3月发布');
    await page.locator('li#high-tech-enterprises h3 a').click();
    await expect(page).toHaveURL('/zh/figures/hte-count-2020/');
    await expect(page.locator('h1')).toHaveText('高新技术企业数量');
    await expect(page.getByText('155家').first()).toBeVisible();
  });

  test('says which period the latest figures describe, and the footer when the content last changed', async ({ page }) => {
    await page.goto('/en/figures/');
    await expect(page.getByText('Latest figures: up to March 2021 · source published March 2021')).toBeVisible();
    await expect(page.locator('footer')).toContainText('Content last updated March 2021');
    await page.goto('/zh/');
    await expect(page.locator('main')).toContainText('最新数据截至2021年3月，来源2021年3月发布。');
    await expect(page.locator('footer')).toContainText('内容更新于2021年3月');
  });

  test('describes itself as a schema.org Dataset with its downloads', async ({ page }) => {
    await page.goto('/en/figures/');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(data['@type']).toBe('Dataset');
    expect(data.distribution.map((item: { encodingFormat: string }) => item.encodingFormat)).toEqual(['text/csv', 'application/json']);
  });
});

test.describe('figure page', () => {
  test('shows its indicator’s whole series: a chart and a table, each value with its source', async ({ page }) => {
    await page.goto('/en/figures/hte-count-2019/');
    await expect(page.locator('main')).toContainText('2019 · source published March 2021');
    const series = page.getByRole('region', { name: 'Number of high-tech enterprises: every period' });
    await expect(series.locator('svg')).toHaveCount(1);
    const rows = series.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
    await expect(rows.nth(2)).toContainText('this figure');
    await expect(rows.nth(4)).toContainText('2021');
    await expect(rows.nth(4)).toContainText('Target');
    await expect(rows.nth(0)).toContainText('a full-page newspaper feature on innovation in Xiangtan High-tech Zone, March 2021');
    await rows.nth(4).getByRole('link', { name: '2021' }).click();
    await expect(page).toHaveURL('/en/figures/hte-target-2021/');
  });

  test('a one-off fact has no series, and its source says the publisher is not named', async ({ page }) => {
    await page.goto('/en/figures/founding-year/');
    await expect(page.locator('#series')).toHaveCount(0);
    await expect(page.locator('main')).toContainText('not named in the copy supplied');
  });

  test('lists a few other figures of its part, following it, and links to all of them', async ({ page }) => {
    const part = figures().filter((figure) => figure.section === 'platforms');
    expect(part.length).toBeGreaterThan(7);
    const last = part.at(-1)!;
    await page.goto(`/en/figures/${last.id}/`);
    const aside = page.getByRole('complementary', { name: 'Other figures from the same part' });
    const listed = await aside
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // After the last figure of its part, the list wraps round to the part's first ones.
    expect(listed).toEqual(part.slice(0, 6).map((figure) => `/en/figures/${figure.id}/`));
    const all = aside.getByRole('link', { name: `All ${part.length} figures from this part` });
    await expect(all).toHaveAttribute('href', '/en/figures/#theme-platforms');
    await page.goto(`/zh/figures/${last.id}/`);
    await expect(page.getByRole('link', { name: `这一部分的全部${part.length}项数据` })).toBeVisible();
  });
});

test.describe('cite this', () => {
  test('copies the citation in the page language, with the permanent URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/figures/rd-spend-2020/');
    await page.getByRole('button', { name: 'Copy short citation' }).click();
    await expect(page.getByRole('status').first()).toHaveText('Copied');
    const short = await page.evaluate(() => navigator.clipboard.readText());
    expect(short).toBe(
      'Xiangtan High-tech Zone, R&D spending (2020): CNY 1.88 billion. Source: a full-page newspaper feature on innovation in Xiangtan High-tech Zone, March 2021.',
    );
    await page.getByRole('button', { name: 'Copy full citation' }).click();
    const full = await page.evaluate(() => navigator.clipboard.readText());
    expect(full).toContain('/en/figures/rd-spend-2020/');
    const today = new Date();
    expect(full).toContain(`accessed ${today.getDate()} ${today.toLocaleString('en-GB', { month: 'long' })} ${today.getFullYear()}`);
  });

  test('copies the Chinese citation on the Chinese page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/zh/figures/hte-target-2021/');
    await page.getByRole('button', { name: '复制简短引用' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '湘潭高新区高新技术企业总数目标（2021年，目标）：180家。来源：介绍湘潭高新区科技创新的报纸整版专题报道（2021年3月）。',
    );
  });

  test('the access date is the reader’s own; on the build’s own day the text is left alone', async ({ page }) => {
    const date = page.locator('#cite-full-rd-spend-2020 time[data-today]');
    await page.clock.setFixedTime(new Date('2031-02-03T10:00:00'));
    await page.goto('/en/figures/rd-spend-2020/');
    await expect(date).toHaveAttribute('datetime', '2031-02-03');
    await expect(date).toHaveText('3 February 2031');

    const html = await (await page.request.get('/zh/figures/rd-spend-2020/')).text();
    const built = /<time dateTime="(\d{4}-\d{2}-\d{2})" data-today="zh">([^<]+)<\/time>/i.exec(html);
    if (!built?.[1] || !built[2]) throw new Error('no <time data-today> in the built page');
    await page.clock.setFixedTime(new Date(`${built[1]}T12:00:00`));
    await page.addInitScript(() => {
      const changes: string[] = [];
      (window as unknown as { __changes: string[] }).__changes = changes;
      new MutationObserver((records) => {
        // The parser adding the text is a mutation too; a rewrite removes what was there.
        for (const record of records) {
          const inDate =
            record.target instanceof Element
              ? record.target.closest('time[data-today]')
              : record.target.parentElement?.closest('time[data-today]');
          if (inDate && (record.type !== 'childList' || record.removedNodes.length > 0)) changes.push(record.type);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto('/zh/figures/rd-spend-2020/', { waitUntil: 'load' }); // the page's module has run
    await expect(page.locator('#cite-full-rd-spend-2020 time[data-today]')).toHaveText(built[2]);
    expect(await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes)).toEqual([]);
  });

  test('without JavaScript the citation text is still there to select', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/figures/rd-spend-2020/');
    await expect(page.locator('#cite-short-rd-spend-2020')).toContainText('CNY 1.88 billion');
    await expect(page.locator('#cite-full-rd-spend-2020')).toContainText('accessed');
    await expect(page.getByRole('button', { name: 'Copy short citation' })).toBeHidden();
    await context.close();
  });
});

test.describe('downloads', () => {
  test('figures.csv and figures.json hold every figure, with the values of the data', async ({ request }) => {
    const csvResponse = await request.get('/data/figures.csv');
    expect(csvResponse.status()).toBe(200);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const csv = (await csvResponse.body()).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(figures().length + 1);

    const json = await (await request.get('/data/figures.json')).json();
    const data = figures();
    expect(json.figures.map((row: { id: string }) => row.id)).toEqual(data.map((figure) => figure.id));
    json.figures.forEach((row: { value: unknown; unit: string; label_zh: string; label_en: string }, index: number) => {
      expect(row).toMatchObject({
        value: data[index]?.value,
        unit: data[index]?.unit,
        label_zh: data[index]?.label.zh,
        label_en: data[index]?.label.en,
      });
    });
  });

  test('datapackage.json describes both files and every column of the CSV', async ({ request }) => {
    const dataPackage = await (await request.get('/data/datapackage.json')).json();
    const header = (await (await request.get('/data/figures.csv')).text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]
      ?.split(',');
    expect(dataPackage.resources.map((resource: { path: string }) => resource.path)).toEqual(['figures.csv', 'figures.json']);
    for (const resource of dataPackage.resources) expect((await request.get(`/data/${resource.path}`)).status()).toBe(200);
    expect(dataPackage.resources[0].schema.fields.map((field: { name: string }) => field.name)).toEqual(header);
  });

  test('each chart downloads as SVG and PNG in both languages', async ({ request, page }) => {
    await page.goto('/zh/figures/');
    const links = await page
      .locator('a[download][href$=".svg"], a[download][href$=".png"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const href of [...links, ...links.map((link) => link.replace('/zh/', '/en/'))]) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      if (href.endsWith('.png')) {
        expect(response.headers()['content-type']).toBe('image/png');
        expect(body.subarray(1, 4).toString()).toBe('PNG');
      } else {
        expect(response.headers()['content-type']).toContain('image/svg+xml');
        expect(body.toString()).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      }
    }
  });
});

test.describe('charts', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('stay inside a 320 px screen with a data table', async ({ page }) => {
    await page.goto('/en/figures/');
    const chart = page.locator('#chart-high-tech-enterprises');
    const svgBox = await chart.locator('svg').boundingBox();
    expect(svgBox?.width).toBeLessThanOrEqual(320);
    expect(svgBox?.width).toBeGreaterThan(280);
    await chart.getByText('Data table').click();
    await expect(chart.locator('table tbody tr')).toHaveCount(5);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
});
