import fs from 'node:fs';
import path from 'node:path';

/** Facts about the built site that the browser tests share. */

export const OUT = path.resolve(__dirname, '../../out');
export const LOCALES = ['zh', 'en'] as const;
export const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;
export const SITE_NAME = { zh: '湘潭高新区', en: 'Xiangtan High-tech Zone' } as const;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

/** Every page of one language in out/, as a path without the locale: "/", "/platforms/". */
export function pagesOf(locale: string): string[] {
  const root = path.join(OUT, locale);
  if (!fs.existsSync(root)) throw new Error(`${root} is missing: run \`npm run build\` first`);
  return walk(root)
    .map((file) => `/${path.relative(root, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
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
  value: number | string;
  unit: string;
  label: { zh: string; en: string };
}

/** The figures as the content holds them. */
export function figures(): RawFigure[] {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../content/figures.json'), 'utf8')).figures;
}
