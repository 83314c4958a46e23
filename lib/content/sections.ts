import { defaultLocale, locales, type Locale } from '@/i18n/languages';
import type { ErrorCollector } from './errors';
import type { Figure } from './figures';
import { parseNarrative, renderInlineText, type NarrativeDocument } from './markdown';
import { documentFile, loadPerLanguage } from './collection';
import { contentFile, readText, splitFrontmatter, validate } from './read';
import { sectionFrontmatterSchema, type sectionKinds } from './schema';

export type SectionKind = (typeof sectionKinds)[number];

/** One narrative section of the site (a page), in one language. */
export interface Section extends NarrativeDocument {
  slug: string;
  locale: Locale;
  kind: SectionKind;
  order: number;
  title: string;
  navTitle: string;
  summary: string;
  /** Path of the Markdown file, relative to the project, for messages and "edit this page". */
  file: string;
}

function loadOne(root: string, locale: Locale, slug: string, figures: ReadonlyMap<string, Figure>, errors: ErrorCollector): Section | undefined {
  const { file, transformText } = documentFile(root, 'sections', locale, slug);
  const raw = readText(file, errors);
  if (raw === undefined) return undefined;
  const document = splitFrontmatter(raw, file, errors);
  if (!document) return undefined;
  const meta = validate(sectionFrontmatterSchema, document.data, file, errors, 'frontmatter');
  const options = { file: file.display, locale, lineOffset: document.bodyStartLine - 1, errors, figures, transformText };
  const words = transformText ?? ((text: string) => text);
  const narrative = parseNarrative(document.body, options);
  if (!meta) return undefined;
  const summary = renderInlineText(meta.summary, { ...options, lineOffset: 0, field: 'frontmatter.summary' });
  return {
    ...meta,
    ...narrative,
    title: words(meta.title),
    navTitle: words(meta.navTitle),
    summary: summary.text,
    figureRefs: [...narrative.figureRefs, ...summary.figureRefs],
    slug,
    locale,
    file: file.display,
  };
}

/** Checks what must agree between the languages of one section. */
function checkPair(reference: Section, other: Section, errors: ErrorCollector): void {
  const same = <T,>(field: string, a: T, b: T) => {
    if (a !== b) errors.add(other.file, field, `is ${JSON.stringify(b)} but ${reference.file} has ${JSON.stringify(a)}`);
  };
  same('frontmatter.order', reference.order, other.order);
  same('frontmatter.kind', reference.kind, other.kind);
  const referenceIds = reference.headings.map((heading) => heading.id).join(', ');
  const otherIds = other.headings.map((heading) => heading.id).join(', ');
  if (referenceIds !== otherIds) {
    errors.add(other.file, 'headings', `ids [${otherIds}] differ from ${reference.file} [${referenceIds}]: both languages need the same anchors in the same order`);
  }
  same('keyfigures', reference.keyFigures.map((figure) => figure.id).join(', '), other.keyFigures.map((figure) => figure.id).join(', '));
  same('pullquote (count)', reference.pullQuotes.length, other.pullQuotes.length);
}

/** Loads content/sections/<locale>/<slug>.md for every locale, checked and paired. */
export function loadSections(root: string, figures: ReadonlyMap<string, Figure>, errors: ErrorCollector): Record<Locale, Section[]> {
  const result = loadPerLanguage(
    root,
    'sections',
    'section',
    (locale, slug) => loadOne(root, locale, slug, figures, errors),
    (reference, other) => checkPair(reference, other, errors),
    errors,
  );

  for (const locale of locales) {
    const sections = result[locale].sort((a, b) => a.order - b.order);
    const orders = new Set<number>();
    for (const section of sections) {
      if (orders.has(section.order)) errors.add(section.file, 'frontmatter.order', `${section.order} is used by another section`);
      orders.add(section.order);
    }
  }
  const reference = result[defaultLocale];
  for (const kind of ['overview', 'outlook'] as const) {
    const count = reference.filter((section) => section.kind === kind).length;
    if (reference.length > 0 && count !== 1) {
      errors.add(contentFile(root, 'sections', defaultLocale).display, 'frontmatter.kind', `exactly one section must be "${kind}" (found ${count})`);
    }
  }
  return result;
}

/** 1-based position of a pillar among the pillars ("Part 2"); undefined for other kinds. */
export function pillarNumber(sections: readonly Section[], slug: string): number | undefined {
  const pillars = sections.filter((section) => section.kind === 'pillar');
  const index = pillars.findIndex((section) => section.slug === slug);
  return index === -1 ? undefined : index + 1;
}
