import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pageBytes } from '../../scripts/lib/page-bytes';
import { LOCALES, OUT, pagesOf } from './site';

const budgets = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../bench/budgets.json'), 'utf8'));
const maxJavascript = (budgets.javascript.runtimeFloorKb + budgets.javascript.siteAllowanceKb) * 1024;
const maxHtml = budgets.htmlMaxKbGzip * 1024;

test('every page stays within its byte budget (first-load JavaScript and HTML, gzip)', () => {
  const over: string[] = [];
  let largestJs = 0;
  for (const locale of LOCALES) {
    for (const page of pagesOf(locale)) {
      const bytes = pageBytes(OUT, path.join(OUT, locale, page, 'index.html'));
      largestJs = Math.max(largestJs, bytes.javascript);
      // One script: the site's module (components/browser.ts); the framework runtime is not shipped.
      if (bytes.scripts !== 1) over.push(`/${locale}${page}: ${bytes.scripts} scripts, not 1`);
      if (bytes.javascript > maxJavascript)
        over.push(`/${locale}${page}: JavaScript ${(bytes.javascript / 1024).toFixed(1)} KB > ${maxJavascript / 1024} KB`);
      if (bytes.html > maxHtml) over.push(`/${locale}${page}: HTML ${(bytes.html / 1024).toFixed(1)} KB > ${maxHtml / 1024} KB`);
    }
  }
  expect(over).toEqual([]);
  // The measurement itself is sound: every page loads the site's module, of a few kilobytes.
  expect(largestJs).toBeGreaterThan(1024);
});
