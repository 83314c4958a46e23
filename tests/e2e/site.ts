import fs from 'node:fs';
import path from 'node:path';
import { builtPages } from '../../lib/built-pages';

/** Facts about the built site that the browser tests share. */

export const OUT = path.resolve(__dirname, '../../out');
export const LOCALES = ['zh', 'en'] as const;
export const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;
export const SITE_NAME = { zh: '湘潭高新区', en: 'Xiangtan High-tech Zone' } as const;

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
  section: string;
  value: number | string;
  unit: string;
  label: { zh: string; en: string };
}

/** The figures as the content holds them. */
export function figures(): RawFigure[] {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../content/figures.json'), 'utf8')).figures;
}
