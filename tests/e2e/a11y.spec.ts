import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, OUT, representativePagesOf } from './site';

const viewports = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const targets = [...LOCALES.flatMap((locale) => representativePagesOf(locale).map((page) => `/${locale}${page}`)), '/zh/no-such-page/'];

/** One page per template (its first path segment) at phone width: the layouts differ by template, not by page. */
const phoneTargets = targets.filter(
  (url, index) => targets.findIndex((other) => other.split('/').slice(0, 3).join('/') === url.split('/').slice(0, 3).join('/')) === index,
);

for (const url of targets) {
  for (const viewport of viewports.filter((candidate) => candidate.name === 'desktop' || phoneTargets.includes(url))) {
    test(`axe finds no violation on ${url} (${viewport.name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('axe finds no violation on the root language chooser', async ({ page }) => {
  // The real / redirects at once; check what a visitor sees if it did not.
  const html = fs
    .readFileSync(path.join(OUT, 'index.html'), 'utf8')
    .replace(/<script>[\s\S]*?<\/script>|<noscript>[\s\S]*?<\/noscript>/g, '');
  await page.route('**/chooser', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto('/chooser');
  await expect(page.getByRole('link', { name: 'Enter the English site' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
