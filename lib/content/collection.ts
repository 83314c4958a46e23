import path from 'node:path';
import { byLocale, defaultLocale, languageOf, locales, type Locale } from '@/i18n/languages';
import { KEBAB_CASE } from '../patterns';
import type { ErrorCollector } from './errors';
import { wordsOf } from '@/i18n/pseudo';
import { contentFile, listFiles, type ContentFile } from './read';

/**
 * A folder of Markdown documents with one sub-folder per language (content/<folder>/<locale>/
 * <slug>.md). Loads every document in every language and reports one that is missing in a
 * language, or whose file name is not a slug; `compare` checks what must agree between languages.
 * A language without text of its own (i18n/languages.ts: fallback) has no folder: `load` is
 * asked for it and reads its fallback's file.
 */
export function loadPerLanguage<T extends { file: string }>(
  root: string,
  folder: string,
  noun: string,
  load: (locale: Locale, slug: string) => T | undefined,
  compare: (reference: T, other: T) => void,
  errors: ErrorCollector,
): Record<Locale, T[]> {
  const slugsByLocale = new Map<Locale, string[]>();
  const authored = locales.filter((locale) => !languageOf(locale).fallback);
  for (const locale of authored) {
    slugsByLocale.set(
      locale,
      listFiles(path.join(root, folder, locale), '.md').map((name) => name.slice(0, -'.md'.length)),
    );
  }
  const allSlugs = [...new Set([...slugsByLocale.values()].flat())].sort();
  if (allSlugs.length === 0) errors.add(contentFile(root, folder).display, '(folder)', `holds no ${noun}s`);

  const result = byLocale((): T[] => []);
  for (const slug of allSlugs) {
    if (!KEBAB_CASE.test(slug)) {
      errors.add(contentFile(root, folder).display, slug, `file names must be kebab-case slugs, e.g. ${folder === 'sections' ? 'innovation-system' : 'my-entry'}.md`);
      continue;
    }
    const loaded = new Map<Locale, T>();
    for (const locale of locales) {
      if (!languageOf(locale).fallback && !slugsByLocale.get(locale)?.includes(slug)) {
        const present = authored.filter((other) => slugsByLocale.get(other)?.includes(slug));
        errors.add(
          contentFile(root, folder, locale, `${slug}.md`).display,
          '(file)',
          `is missing, but the ${noun} exists in ${present.join(', ')}: every ${noun} needs all languages`,
        );
        continue;
      }
      const document = load(locale, slug);
      if (document) loaded.set(locale, document);
    }
    const reference = loaded.get(defaultLocale);
    for (const [locale, document] of loaded) {
      result[locale].push(document);
      if (reference && locale !== defaultLocale) compare(reference, document);
    }
  }
  return result;
}

/**
 * Where a document of one language is read from, and how its words are made: a language without
 * text of its own reads its fallback's file and rewrites the words (i18n/languages.ts).
 */
export function documentFile(root: string, folder: string, locale: Locale, slug: string): { file: ContentFile; transformText?: (text: string) => string } {
  const { from, transformText } = wordsOf(locale);
  return { file: contentFile(root, folder, from, `${slug}.md`), ...(transformText ? { transformText } : {}) };
}
