/**
 * Captures every page of the built site at phone and desktop widths in both languages, for
 * looking at before a change lands: `npm run screenshots` → .cache/screenshots/*.png.
 * Expects the site to be served (npm start) on BASE_URL (default http://localhost:3000).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/chromium';
import { builtPages } from './lib/built-pages';
import { locales } from '../i18n/languages';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const outDir = path.resolve('.cache/screenshots');
const only = process.argv.slice(2);
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

function pages(): string[] {
  return locales.flatMap((locale) => builtPages(path.resolve('out'), locale).map((page) => `/${locale}${page}`));
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run'] });
  const targets = pages().filter((url) => only.length === 0 || only.some((part) => url.includes(part)));
  for (const url of targets) {
    for (const size of widths) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
      await page.goto(base + url, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${url.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${size.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      console.log(file);
    }
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
