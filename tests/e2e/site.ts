import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { byLocale, languageOf, locales } from '../../i18n/languages';
import { builtPages } from '../../scripts/lib/built-pages';

/** Facts about the built site that the browser tests share. */

export const OUT = path.resolve(__dirname, '../../out');
export const LOCALES = locales;
export const HTML_LANG = byLocale((locale) => languageOf(locale).tag);
export const SITE_NAME = { zh: '湘潭高新区', en: 'Xiangtan High-tech Zone' } as const;

/** The site URL the build was made for, as its robots.txt names the sitemap. */
export function builtSiteUrl(): string {
  const robots = fs.readFileSync(path.join(OUT, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(robots)?.[1];
  if (!sitemap) throw new Error('out/robots.txt names no sitemap');
  return sitemap;
}

/** Every page of one language in out/, as a path without the locale: "/", "/platforms/". */
export function pagesOf(locale: string): string[] {
  return builtPages(OUT, locale);
}

/**
 * One page of each kind: every page except that, of the many pages one template makes (a
 * figure page per figure), only the first. For checks too slow to run on every page.
 */
export function representativePagesOf(locale: string): string[] {
  const figurePages = pagesOf(locale).filter((page) => /^\/figures\/[^/]+\/$/.test(page));
  return pagesOf(locale).filter((page) => !figurePages.includes(page) || page === figurePages[0]);
}

/** The section slugs, from the content (one file per section and language). */
export function sectionSlugs(): string[] {
  return fs
    .readdirSync(path.resolve(__dirname, '../../content/sections/zh'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
}

interface RawFigure {
  id: string;
  indicator?: string;
  section: string;
  value: number | string;
  unit: string;
  label: { zh: string; en: string };
}

/** The figures as the content holds them. */
export function figures(): RawFigure[] {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../content/figures.json'), 'utf8')).figures;
}

/** The indicators as the content holds them. */
export function indicators(): Array<{ id: string; section: string }> {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../content/indicators.json'), 'utf8')).indicators;
}

/**
 * Records the page's layout shifts from its first moment, as CLS counts them (not those right
 * after input). Call before navigating; read the sum with `layoutShiftTotal`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShiftTotal: number };
    record.layoutShiftTotal = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) record.layoutShiftTotal += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the shifts `recordLayoutShifts` saw, once two more frames have been drawn. */
export async function layoutShiftTotal(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { layoutShiftTotal: number }).layoutShiftTotal);
}
