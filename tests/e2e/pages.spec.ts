import { expect, test } from '@playwright/test';
import { HTML_LANG, LOCALES, SITE_NAME, pagesOf, sectionSlugs } from './site';

test('both languages have the same pages, including every section', () => {
  const zh = pagesOf('zh');
  expect(pagesOf('en')).toEqual(zh);
  for (const slug of sectionSlugs()) expect(zh).toContain(`/${slug}/`);
  for (const page of ['/', '/corrections/', '/glossary/']) expect(zh).toContain(page);
});

for (const locale of LOCALES) {
  for (const page of pagesOf(locale)) {
    test(`${locale}${page} answers 200 with its language, title and one h1`, async ({ page: browser }) => {
      const errors: string[] = [];
      browser.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      browser.on('pageerror', (error) => errors.push(error.message));
      const response = await browser.goto(`/${locale}${page}`);
      expect(response?.status()).toBe(200);
      await expect(browser.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
      await expect(browser).toHaveTitle(new RegExp(SITE_NAME[locale]));
      const h1 = browser.locator('h1');
      await expect(h1).toHaveCount(1);
      expect((await h1.innerText()).trim().length).toBeGreaterThan(1);
      await expect(browser.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      expect(errors).toEqual([]);
    });
  }
}
