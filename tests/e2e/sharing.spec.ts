import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { builtSiteUrl, LOCALES, OUT, pagesOf } from './site';

test.describe('share panel', () => {
  test('the QR code decodes to the page’s own URL, in both languages', async ({ page }) => {
    for (const path of ['/zh/platforms/', '/en/figures/rd-spend-2020/']) {
      await page.goto(path);
      const svg = await page.locator('[data-qr] svg').evaluate((element) => element.outerHTML);
      const { data, info } = await sharp(Buffer.from(svg))
        .resize(400, 400)
        .flatten({ background: '#ffffff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      expect(decoded?.data).toBe(await page.locator('#share-url').innerText());
      expect(decoded?.data).toBe(`${builtSiteUrl()}${path}`);
    }
  });

  test('copy-link copies the permanent URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/timeline/');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/timeline\/$/);
  });
});

test.describe('anchors', () => {
  test('every section heading has a visible anchor link and a copy-link control', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/zh/platforms/');
    const headings = page.locator('.prose-article .section-heading');
    const count = await headings.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const heading = headings.nth(index);
      const id = await heading.locator('h2').getAttribute('id');
      await expect(heading.locator(`a[href="#${id}"]`)).toBeVisible();
    }
    const first = headings.first();
    const id = await first.locator('h2').getAttribute('id');
    await first.getByRole('button', { name: /^复制本节链接/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/zh/platforms/#${id}$`));
  });

  test('every indicator on the figures page has an anchor and a copy-link control to its latest figure', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/figures/');
    const card = page.locator('li#high-tech-enterprises');
    await expect(card.locator('a[href="#high-tech-enterprises"]')).toBeVisible();
    await card.getByRole('button', { name: /^Copy link to this figure/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/figures\/hte-count-2020\/$/);
  });
});

test.describe('search', () => {
  for (const [locale, query, expected] of [
    ['zh', '专利', '授权专利'],
    ['zh', '院士', '这里，有众多的科创平台'],
    ['en', 'patent', 'Patents granted'],
    ['en', 'academician', 'Here, a wealth of innovation platforms'],
  ] as const) {
    test(`finds “${query}” in ${locale}, from the header’s dialog`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const open = page.locator('header').getByRole('button', { name: locale === 'zh' ? '搜索' : 'Search' });
      await open.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').fill(query);
      await expect(dialog.getByRole('link', { name: new RegExp(expected) }).first()).toBeVisible();
      const hrefs = await dialog.locator('ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.every((href) => href.startsWith(`/${locale}/`))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }

  test('opens with the “/” key and works on the search page with ?q=', async ({ page }) => {
    await page.goto('/en/overview/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
    await page.goto('/zh/search/?q=腾讯');
    await expect(page.getByRole('link', { name: /这里，有完善的科创体系/ }).first()).toBeVisible();
  });
});

test.describe('sitemap and feeds', () => {
  test('sitemap.xml lists every page in both languages with its alternates', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname).sort();
    const pages = LOCALES.flatMap((locale) => pagesOf(locale).map((page) => `/${locale}${page}`)).sort();
    expect(urls).toEqual(pages);
    // A page the sitemap lists must not ask search engines to leave it out.
    const excluded = pages.filter((page) =>
      /<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(OUT, page, 'index.html'), 'utf8')),
    );
    expect(excluded).toEqual([]);
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(urls.length);
    expect(xml).toContain('hreflang="zh-CN" href="http');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: http');
  });

  for (const locale of LOCALES) {
    test(`the ${locale} feed is well-formed RSS with every update`, async ({ page, request }) => {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.headers()['content-type']).toContain('xml');
      const xml = await response.text();
      await page.goto(`/${locale}/updates/`);
      const entries = await page.locator('main article h2 a').count();
      const parsed = await page.evaluate((text) => {
        const document = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: document.querySelector('parsererror')?.textContent ?? null,
          items: [...document.querySelectorAll('item')].map((item) => ({
            title: item.querySelector('title')?.textContent,
            link: item.querySelector('link')?.textContent,
          })),
          language: document.querySelector('channel > language')?.textContent,
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.items).toHaveLength(entries);
      expect(parsed.items.every((item) => item.title && item.link?.includes(`/${locale}/updates/`))).toBe(true);
      expect(parsed.language).toBe(locale === 'zh' ? 'zh-CN' : 'en');
    });
  }
});

test.describe('reading aids', () => {
  test('the text size is remembered across pages', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/zh/');
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await size()).toBe('16px');
    await page.locator('header').getByRole('button', { name: '特大字号' }).click();
    expect(await size()).toBe('20px');
    await page.goto('/zh/platforms/');
    expect(await size()).toBe('20px');
    await expect(page.locator('header').getByRole('button', { name: '特大字号' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the fact sheet’s print button opens the print dialog', async ({ page }) => {
    await page.goto('/en/press/fact-sheet/');
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  });

  test('prints without navigation chrome, with link addresses and the sources of the figures', async ({ page }) => {
    await page.goto('/en/innovation-system/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Figures on this page and their sources' })).toBeVisible();
    await expect(page.locator('.print-only li').first()).toContainText('/en/figures/');
    const after = await page
      .locator('.section-pager, main a[href^="/en/overview/"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('http');
  });
});
