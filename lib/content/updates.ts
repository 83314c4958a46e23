import type { Locale } from '@/i18n/languages';
import { documentFile, loadPerLanguage } from './collection';
import type { ErrorCollector } from './errors';
import type { Figure } from './figures';
import { parseNarrative, renderInlineText, type NarrativeDocument } from './markdown';
import { readText, splitFrontmatter, validate } from './read';
import { updateFrontmatterSchema } from './schema';

/** An entry of the Updates section (news, notices), in one language. */
export interface Update extends NarrativeDocument {
  slug: string;
  locale: Locale;
  title: string;
  date: string;
  summary: string;
  /** Ids of the sources it reports. */
  sources: string[];
  /** Slugs of sections whose text the entry carries after its own. */
  includes: string[];
  file: string;
}

interface UpdateContext {
  figures: ReadonlyMap<string, Figure>;
  sections: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  errors: ErrorCollector;
}

function loadOne(root: string, locale: Locale, slug: string, { figures, sections, sources, errors }: UpdateContext): Update | undefined {
  const { file, transformText } = documentFile(root, 'updates', locale, slug);
  const raw = readText(file, errors);
  if (raw === undefined) return undefined;
  const document = splitFrontmatter(raw, file, errors);
  if (!document) return undefined;
  const meta = validate(updateFrontmatterSchema, document.data, file, errors, 'frontmatter');
  const options = { file: file.display, locale, lineOffset: document.bodyStartLine - 1, errors, figures, transformText };
  const includes = meta?.includes ?? [];
  const narrative = parseNarrative(document.body, { ...options, allowEmpty: includes.length > 0 });
  if (!meta) return undefined;
  includes.forEach((section, index) => {
    if (!sections.has(section)) errors.add(file.display, `frontmatter.includes[${index}]`, `unknown section "${section}"`);
  });
  meta.sources.forEach((source, index) => {
    if (!sources.has(source)) errors.add(file.display, `frontmatter.sources[${index}]`, `unknown source "${source}" (content/sources/)`);
  });
  const summary = renderInlineText(meta.summary, { ...options, lineOffset: 0, field: 'frontmatter.summary' });
  const title = transformText ? transformText(meta.title) : meta.title;
  return { ...narrative, title, date: meta.date, summary: summary.text, sources: meta.sources, includes, slug, locale, file: file.display };
}

/** content/updates/<locale>/<slug>.md: newest first. */
export function loadUpdates(root: string, context: UpdateContext): Record<Locale, Update[]> {
  const result = loadPerLanguage(
    root,
    'updates',
    'update',
    (locale, slug) => loadOne(root, locale, slug, context),
    (reference, other) => {
      if (reference.date !== other.date) context.errors.add(other.file, 'frontmatter.date', `is ${other.date} but ${reference.file} has ${reference.date}`);
      if (reference.includes.join() !== other.includes.join()) context.errors.add(other.file, 'frontmatter.includes', `differs from ${reference.file}`);
      if (reference.sources.join() !== other.sources.join()) context.errors.add(other.file, 'frontmatter.sources', `differs from ${reference.file}`);
      const ids = (update: Update) => update.headings.map((heading) => heading.id).join(', ');
      if (ids(reference) !== ids(other)) context.errors.add(other.file, 'headings', `ids [${ids(other)}] differ from ${reference.file} [${ids(reference)}]`);
    },
    context.errors,
  );
  for (const list of Object.values(result)) list.sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : b.date.localeCompare(a.date)));
  return result;
}
