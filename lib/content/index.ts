import path from 'node:path';
import type { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { checkCorrections, type Correction } from './corrections';
import { ErrorCollector } from './errors';
import { checkGlossaryIds, checkGlossaryUsage, type GlossaryTerm } from './glossary';
import { contentFile, readJson, readText } from './read';
import { correctionsSchema, glossarySchema, siteSchema, sourceSchema } from './schema';
import { loadSections, type Section } from './sections';

export type { Correction } from './corrections';
export { ContentError, ContentValidationError } from './errors';
export type { GlossaryTerm } from './glossary';
export type { KeyFigure, PullQuote, SectionHeading } from './markdown';
export type { LocalizedText } from './schema';
export { glossaryKinds } from './schema';
export type { Section, SectionKind } from './sections';
export { pillarNumber } from './sections';

export type SiteSettings = z.infer<typeof siteSchema>;
export type SourceDocument = z.infer<typeof sourceSchema>;

/** All of the site's content, validated and reshaped into the app's own types. */
export interface SiteContent {
  site: SiteSettings;
  source: SourceDocument;
  sections: Record<Locale, Section[]>;
  glossary: GlossaryTerm[];
  corrections: Correction[];
}

export const DEFAULT_CONTENT_ROOT = path.join(process.cwd(), 'content');

/**
 * Reads every file under `root`, validates it, and either returns the content or throws one
 * ContentValidationError listing every problem by file and field.
 */
export function loadContent(root: string = DEFAULT_CONTENT_ROOT): SiteContent {
  const errors = new ErrorCollector();

  const siteFile = contentFile(root, 'site.json');
  const site = readJson(siteFile, siteSchema, errors);
  const sourceFile = contentFile(root, 'source', 'source.json');
  const source = readJson(sourceFile, sourceSchema, errors);
  const rawSource = source ? readText(contentFile(root, 'source', source.rawFile), errors) : undefined;
  const sections = loadSections(root, errors);

  const glossaryFile = contentFile(root, 'glossary.json');
  const glossary = readJson(glossaryFile, glossarySchema, errors);
  if (glossary) {
    checkGlossaryIds(glossary.terms, glossaryFile.display, errors);
    checkGlossaryUsage(glossary.terms, sections, errors);
  }

  const correctionsFile = contentFile(root, 'corrections.json');
  const corrections = readJson(correctionsFile, correctionsSchema, errors);
  if (corrections && rawSource !== undefined) {
    checkCorrections(corrections.corrections, correctionsFile.display, rawSource, sections.zh, errors);
  }

  errors.throwIfAny();
  // Unreachable when a file failed: throwIfAny reported it.
  if (!site || !source || !glossary || !corrections) throw new Error('content failed to load');
  return { site, source, sections, glossary: glossary.terms, corrections: corrections.corrections };
}

let cached: SiteContent | undefined;

/** The site's content, loaded once per build. */
export function getContent(): SiteContent {
  cached ??= loadContent();
  return cached;
}

export function getSections(locale: Locale): Section[] {
  return getContent().sections[locale];
}

export function getSection(locale: Locale, slug: string): Section | undefined {
  return getSections(locale).find((section) => section.slug === slug);
}
