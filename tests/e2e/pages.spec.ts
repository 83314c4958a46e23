import { expect, test } from '@playwright/test';
import { HTML_LANG, LOCALES, SITE_NAME, figures, pagesOf, representativePagesOf, sectionSlugs } from './site';

test('both languages have the same pages: every section, figure and fixed page', () => {
  const zh = pagesOf('zh');
  expect(pagesOf('en')).toEqual(zh);
  for (const slug of sectionSlugs()) expect(zh).toContain(`/${slug}/`);
  for (const figure of figures()) expect(zh).toContain(`/figures/${figure.id}/`);
  for (const page of ['/', '/corrections/', '/glossary/', '/figures/']) expect(zh).toContain(page);
});

for (const locale of LOCALES) {
  test(`every ${locale} page answers 200 with its language, title, one h1 and a description`, async ({ request }) => {
    for (const page of pagesOf(locale)) {
      const response = await request.get(`/${locale}${page}`);
      expect(response.status(), page).toBe(200);
      const html = await response.text();
      expect(html, page).toContain(`<html lang="${HTML_LANG[locale]}"`);
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toContain(SITE_NAME[locale]);
      expect(html.match(/<h1[\s>]/g), page).toHaveLength(1);
      // A real sentence: Chinese says in 15 characters what English says in 40.
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(description.length, page).toBeGreaterThanOrEqual(locale === 'zh' ? 15 : 40);
    }
  });

  for (const page of representativePagesOf(locale)) {
    test(`${locale}${page} renders in the browser without errors`, async ({ page: browser }) => {
      const errors: string[] = [];
      browser.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      browser.on('pageerror', (error) => errors.push(error.message));
      await browser.goto(`/${locale}${page}`);
      await expect(browser.locator('h1')).toHaveCount(1);
      expect((await browser.locator('h1').innerText()).trim().length).toBeGreaterThan(1);
      await browser.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }
}

for (const locale of LOCALES) {
  test(`every ${locale} page has a 1200×630 share image that exists`, async ({ request }) => {
    for (const page of pagesOf(locale)) {
      const html = await (await request.get(`/${locale}${page}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, page).toBeDefined();
      expect(html, page).toContain('<meta property="og:image:width" content="1200"');
      expect(html, page).toContain('<meta name="twitter:card" content="summary_large_image"');
      const response = await request.get(new URL(image ?? '').pathname);
      expect(response.status(), `${page} → ${image}`).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    }
  });
}
