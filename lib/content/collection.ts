import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import type { ErrorCollector } from './errors';
import { contentFile, listFiles } from './read';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A folder of Markdown documents with one sub-folder per language (content/<folder>/<locale>/
 * <slug>.md). Loads every document in every language and reports one that is missing in a
 * language, or whose file name is not a slug; `compare` checks what must agree between languages.
 */
export function loadBilingual<T extends { file: string }>(
  root: string,
  folder: string,
  noun: string,
  load: (locale: Locale, slug: string) => T | undefined,
  compare: (reference: T, other: T) => void,
  errors: ErrorCollector,
): Record<Locale, T[]> {
  const slugsByLocale = new Map<Locale, string[]>();
  for (const locale of routing.locales) {
    slugsByLocale.set(
      locale,
      listFiles(path.join(root, folder, locale), '.md').map((name) => name.slice(0, -'.md'.length)),
    );
  }
  const allSlugs = [...new Set([...slugsByLocale.values()].flat())].sort();
  if (allSlugs.length === 0) errors.add(contentFile(root, folder).display, '(folder)', `holds no ${noun}s`);

  const result = Object.fromEntries(routing.locales.map((locale) => [locale, [] as T[]])) as Record<Locale, T[]>;
  for (const slug of allSlugs) {
    if (!SLUG.test(slug)) {
      errors.add(contentFile(root, folder).display, slug, `file names must be kebab-case slugs, e.g. ${folder === 'sections' ? 'innovation-system' : 'my-entry'}.md`);
      continue;
    }
    const loaded = new Map<Locale, T>();
    for (const locale of routing.locales) {
      if (!slugsByLocale.get(locale)?.includes(slug)) {
        const present = routing.locales.filter((other) => slugsByLocale.get(other)?.includes(slug));
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
    const reference = loaded.get(routing.defaultLocale);
    for (const [locale, document] of loaded) {
      result[locale].push(document);
      if (reference && locale !== routing.defaultLocale) compare(reference, document);
    }
  }
  return result;
}
