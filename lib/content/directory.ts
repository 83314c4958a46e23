import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { byLocale, sourceLocale } from '@/i18n/languages';
import { wordsOf } from '@/i18n/pseudo';
import { formatIsoDate } from '../format';
import { withoutSpaces } from '../patterns';
import type { ErrorCollector } from './errors';
import type { Figure } from './figures';
import type { GlossaryTerm } from './glossary';
import { renderInlineText } from './markdown';
import type { AuthoredText, enterprisesSchema, investSchema, LocalizedText, pressSchema, timelineSchema } from './schema';
import type { Section } from './sections';
import { sentenceProblem, type Source } from './sources';

/**
 * The structured pages (timeline, enterprises, invest, press): their texts may refer to figures
 * (:fig[id]) and every fact points back to where the source says it. Checked here: references
 * exist, quotes are what the Chinese pages show, and texts are written out in both languages.
 */

/** Where a fact comes from: its source and, for the original feature, the section (and heading) holding it. */
export interface SourceRef {
  source: string;
  section?: string;
  anchor?: string;
}

export interface TimelineEvent {
  id: string;
  date: string;
  /** How the date reads: the source's own wording, or the date formatted. */
  dateLabel: LocalizedText;
  figure?: Figure;
  title: LocalizedText;
  text: LocalizedText;
  source: string;
  section?: string;
  anchor?: string;
  quote: string;
}

export interface Label {
  id: string;
  label: LocalizedText;
}

export interface Enterprise {
  id: string;
  name: LocalizedText;
  aliases: LocalizedText[];
  type: z.infer<typeof enterprisesSchema>['entries'][number]['type'];
  industries: Label[];
  roles: Label[];
  summary: LocalizedText;
  mentions: Array<SourceRef & { quote: string }>;
}

export interface EnterpriseDirectory {
  industries: Label[];
  roles: Label[];
  entries: Enterprise[];
}

export interface InvestItem {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  figures: Figure[];
  sources: SourceRef[];
}

export interface InvestPage {
  intro: LocalizedText;
  groups: Array<{ id: z.infer<typeof investSchema>['groups'][number]['id']; items: InvestItem[] }>;
}

export interface PressKit {
  sources: string[];
  boilerplate: LocalizedText;
  factSheet: Array<{ title: LocalizedText; figures: Figure[] }>;
}

export interface DirectoryContext {
  file: string;
  errors: ErrorCollector;
  figures: ReadonlyMap<string, Figure>;
  sources: ReadonlyMap<string, Source>;
  /** The sections in the source language: quotes are checked against them. */
  sourceSections: readonly Section[];
  glossary: readonly GlossaryTerm[];
  /** The pictures' captions in the source language, by section: quotes may come from a caption. */
  captions: ReadonlyMap<string, string[]>;
}

/**
 * What the content checks need of content/images/catalogue.json: the pictures' ids (undefined
 * when the catalogue cannot be read) and their captions in the source language, by section. The
 * image step validates the catalogue in full, with its file and field.
 */
export function readCatalogueIndex(root: string): { ids?: Set<string>; captions: Map<string, string[]>; sources: Map<string, string> } {
  const captions = new Map<string, string[]>();
  let catalogue: unknown;
  try {
    catalogue = JSON.parse(fs.readFileSync(path.join(root, 'images', 'catalogue.json'), 'utf8'));
  } catch {
    return { captions, sources: new Map() };
  }
  const parsed = catalogueIndexSchema.safeParse(catalogue);
  if (!parsed.success) return { captions, sources: new Map() };
  for (const image of parsed.data.images) {
    const caption = image.caption?.[sourceLocale];
    if (caption) captions.set(image.section, [...(captions.get(image.section) ?? []), caption]);
  }
  const sources = new Map(parsed.data.images.map((image) => [image.id, image.source]));
  return { ids: new Set(parsed.data.images.map((image) => image.id)), captions, sources };
}

/** Only what the index needs; the image step's schema (lib/images/catalogue.ts) checks the rest. */
const catalogueIndexSchema = z.object({
  images: z.array(z.object({ id: z.string(), section: z.string(), source: z.string(), caption: z.record(z.string(), z.string()).optional() })),
});

/** A text that may name figures, written out in every language. */
function localized(text: AuthoredText, field: string, context: DirectoryContext): LocalizedText {
  return byLocale((locale) => {
    const { from, transformText } = wordsOf(locale);
    const options = { file: context.file, locale, lineOffset: 0, errors: context.errors, figures: context.figures, field: `${field}.${from}`, transformText };
    return renderInlineText(text[from] ?? '', options).text;
  });
}

function checkRef(ref: SourceRef, field: string, context: DirectoryContext, quote?: string): void {
  const source = context.sources.get(ref.source);
  if (!source) {
    context.errors.add(context.file, `${field}.source`, `unknown source "${ref.source}" (known: ${[...context.sources.keys()].join(', ')})`);
    return;
  }
  if (ref.section === undefined) {
    if (source.cleanedInSections) context.errors.add(context.file, `${field}.section`, `is required: the cleaned text of "${source.id}" is the sections`);
    else if (quote) {
      const problem = sentenceProblem(source, quote, undefined);
      if (problem) context.errors.add(context.file, `${field}.quote`, problem);
    }
    return;
  }
  const section = context.sourceSections.find((candidate) => candidate.slug === ref.section);
  if (!section) {
    context.errors.add(context.file, `${field}.section`, `unknown section "${ref.section}"`);
    return;
  }
  if (ref.anchor && !section.headings.some((heading) => heading.id === ref.anchor)) {
    context.errors.add(context.file, `${field}.anchor`, `"${ref.anchor}" is not a heading of ${section.file} (${section.headings.map((heading) => heading.id).join(', ')})`);
  }
  if (!quote) return;
  if (!source.cleanedInSections) {
    const problem = sentenceProblem(source, quote, undefined);
    if (problem) context.errors.add(context.file, `${field}.quote`, problem);
    return;
  }
  const where = [section.text, ...(context.captions.get(section.slug) ?? [])].map(withoutSpaces);
  if (!where.some((text) => text.includes(withoutSpaces(quote)))) {
    context.errors.add(context.file, `${field}.quote`, `does not occur in ${section.file}: "${quote}"`);
  }
}

/** Ids of sources, each known. */
function checkSourceIds(ids: readonly string[], field: string, context: DirectoryContext): void {
  ids.forEach((id, index) => {
    if (!context.sources.has(id)) context.errors.add(context.file, `${field}[${index}]`, `unknown source "${id}" (content/sources/)`);
  });
}

function figureList(ids: readonly string[], field: string, context: DirectoryContext): Figure[] {
  return ids.flatMap((id, index) => {
    const figure = context.figures.get(id);
    if (!figure) context.errors.add(context.file, `${field}[${index}]`, `unknown figure id "${id}"`);
    return figure ? [figure] : [];
  });
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, field: string, context: DirectoryContext): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) context.errors.add(context.file, `${field}[${index}].id`, `"${item.id}" is used twice`);
    seen.add(item.id);
  });
}

export function resolveTimeline(raw: z.infer<typeof timelineSchema>, context: DirectoryContext): TimelineEvent[] {
  uniqueIds(raw.events, 'events', context);
  return raw.events.map((event, index) => {
    const field = `events[${index}]`;
    checkRef(event, field, context, event.quote);
    const figure = event.figure ? figureList([event.figure], `${field}.figure`, context)[0] : undefined;
    const dateLabel = event.dateLabel ?? byLocale((locale) => formatIsoDate(event.date, locale));
    return {
      id: event.id,
      date: event.date,
      dateLabel,
      ...(figure ? { figure } : {}),
      title: localized(event.title, `${field}.title`, context),
      text: localized(event.text, `${field}.text`, context),
      source: event.source,
      ...(event.section ? { section: event.section } : {}),
      ...(event.anchor ? { anchor: event.anchor } : {}),
      quote: event.quote,
    };
  });
}

export function resolveEnterprises(raw: z.infer<typeof enterprisesSchema>, context: DirectoryContext): EnterpriseDirectory {
  uniqueIds(raw.industries, 'industries', context);
  uniqueIds(raw.roles, 'roles', context);
  uniqueIds(raw.entries, 'entries', context);
  const terms = new Map(context.glossary.map((term) => [term.id, term]));
  const vocabulary = (list: Label[], ids: string[], field: string) =>
    ids.flatMap((id, index) => {
      const found = list.find((item) => item.id === id);
      if (!found) context.errors.add(context.file, `${field}[${index}]`, `unknown id "${id}" (defined: ${list.map((item) => item.id).join(', ')})`);
      return found ? [found] : [];
    });
  const name = (id: string, field: string): LocalizedText | undefined => {
    const term = terms.get(id);
    if (!term) context.errors.add(context.file, field, `unknown glossary term "${id}" (content/glossary.json)`);
    return term ? byLocale((locale) => term[locale]) : undefined;
  };
  const entries = raw.entries.flatMap((entry, index) => {
    const field = `entries[${index}]`;
    entry.mentions.forEach((mention, m) => checkRef(mention, `${field}.mentions[${m}]`, context, mention.quote));
    const main = name(entry.glossary, `${field}.glossary`);
    const aliases = entry.aliases.flatMap((alias, a) => {
      const found = name(alias, `${field}.aliases[${a}]`);
      return found ? [found] : [];
    });
    const industries = vocabulary(raw.industries, entry.industries, `${field}.industries`);
    const roles = vocabulary(raw.roles, entry.roles, `${field}.roles`);
    const summary = localized(entry.summary, `${field}.summary`, context);
    if (!main) return [];
    return [{ id: entry.id, name: main, aliases, type: entry.type, industries, roles, summary, mentions: entry.mentions }];
  });
  return { industries: raw.industries, roles: raw.roles, entries };
}

export function resolveInvest(raw: z.infer<typeof investSchema>, context: DirectoryContext): InvestPage {
  uniqueIds(
    raw.groups.flatMap((group) => group.items),
    'groups[*].items',
    context,
  );
  return {
    intro: localized(raw.intro, 'intro', context),
    groups: raw.groups.map((group, g) => ({
      id: group.id,
      items: group.items.map((item, i) => {
        const field = `groups[${g}].items[${i}]`;
        item.sources.forEach((source, s) => checkRef(source, `${field}.sources[${s}]`, context));
        return {
          id: item.id,
          title: localized(item.title, `${field}.title`, context),
          text: localized(item.text, `${field}.text`, context),
          figures: figureList(item.figures ?? [], `${field}.figures`, context),
          sources: item.sources,
        };
      }),
    })),
  };
}

export function resolvePress(raw: z.infer<typeof pressSchema>, context: DirectoryContext): PressKit {
  checkSourceIds(raw.sources, 'sources', context);
  return {
    sources: raw.sources,
    boilerplate: localized(raw.boilerplate, 'boilerplate', context),
    factSheet: raw.factSheet.sections.map((section, index) => ({
      title: section.title,
      figures: figureList(section.figures, `factSheet.sections[${index}].figures`, context),
    })),
  };
}
