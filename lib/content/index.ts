import path from 'node:path';
import type { z } from 'zod';
import { sourceLocale, type Locale } from '@/i18n/languages';
import type { Figure } from './figures';
import { checkCorrections } from './corrections';
import { ErrorCollector } from './errors';
import { checkGlossaryIds, checkGlossaryUsage, type GlossaryTerm } from './glossary';
import { contentFile, readJson } from './read';
import { checkChangelog, checkFigureSources, indexFigures, resolveFigures, type FigureData } from './figures';
import { lastChanged, loadSources, type Correction, type Source } from './sources';
import { resolveIndicators } from './indicators';
import { resolveCharts, type Chart } from './charts';
import {
  readCatalogueIndex,
  resolveEnterprises,
  resolveInvest,
  resolvePress,
  resolveTimeline,
  type EnterpriseDirectory,
  type InvestPage,
  type PressKit,
  type TimelineEvent,
} from './directory';
import {
  chartsSchema,
  enterprisesSchema,
  figureChangelogSchema,
  figuresSchema,
  glossarySchema,
  indicatorsSchema,
  investSchema,
  pressSchema,
  siteSchema,
  timelineSchema,
} from './schema';
import { loadSections, type Section } from './sections';
import { loadUpdates, type Update } from './updates';

export type { Correction, Source, SourceKind, SourceTable } from './sources';
export { sourceKinds } from './schema';
export { ContentError, ContentValidationError } from './errors';
export type { GlossaryTerm } from './glossary';
export type { NarrativeDocument, PullQuote, SectionHeading } from './markdown';
export type { Figure, FigureChangelogEntry, FigureData } from './figures';
export type { Indicator } from './indicators';
export { byRecency, currentFigure, latestFigure, newestActual, periodEnd } from './indicators';
export type { Chart } from './charts';
export type { Enterprise, EnterpriseDirectory, InvestItem, InvestPage, Label, PressKit, SourceRef, TimelineEvent } from './directory';
export { chartFigures } from './charts';
export { relatedFigures } from './figures';
export type { LocalizedText } from './schema';
export { enterpriseTypes, glossaryKinds } from './schema';
export type { Section, SectionKind } from './sections';
export type { Update } from './updates';
export { pillarNumber } from './sections';

export type SiteSettings = z.infer<typeof siteSchema>;

/** All of the site's content, validated and reshaped into the app's own types. */
export interface SiteContent {
  site: SiteSettings;
  /** Every source, oldest first (content/sources/). */
  sources: Source[];
  sourceById: ReadonlyMap<string, Source>;
  /** The original feature: the source whose cleaned text is the site's sections. */
  article: Source;
  /** When the content last changed: the newest source's or update's date. */
  lastChanged: string;
  sections: Record<Locale, Section[]>;
  updates: Record<Locale, Update[]>;
  glossary: GlossaryTerm[];
  corrections: Correction[];
  figures: FigureData;
  charts: Chart[];
  timeline: TimelineEvent[];
  enterprises: EnterpriseDirectory;
  invest: InvestPage;
  press: PressKit;
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
  const sources = loadSources(root, errors);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const articles = sources.filter((source) => source.cleanedInSections);
  if (sources.length > 0 && articles.length !== 1) {
    errors.add(
      contentFile(root, 'sources').display,
      'cleanedText',
      `exactly one source must have "cleanedText": "sections" (the feature the sections are); found ${articles.map((source) => source.id).join(', ') || 'none'}`,
    );
  }
  const figuresFile = contentFile(root, 'figures.json');
  const figureFile = readJson(figuresFile, figuresSchema, errors);
  const allFigures = figureFile ? resolveFigures(figureFile.figures, figuresFile.display, sourceById, errors) : [];
  const byId = figureFile ? indexFigures(allFigures, figuresFile.display, errors) : new Map();
  const changelogFile = contentFile(root, 'figures-changelog.json');
  const changelog = readJson(changelogFile, figureChangelogSchema, errors);
  if (changelog) checkChangelog(changelog.entries, changelogFile.display, byId, errors);

  const sections = loadSections(root, byId, errors);
  const sourceSections = sections[sourceLocale];
  const sectionSlugs = new Set(sourceSections.map((section) => section.slug));
  if (figureFile) checkFigureSources(allFigures, figuresFile.display, sourceById, sourceSections, errors);
  const indicatorsFile = contentFile(root, 'indicators.json');
  const rawIndicators = readJson(indicatorsFile, indicatorsSchema, errors);
  const indicators = rawIndicators && figureFile ? resolveIndicators(rawIndicators.indicators, indicatorsFile.display, allFigures, figuresFile.display, sectionSlugs, errors) : [];
  const updates = loadUpdates(root, { figures: byId, sections: sectionSlugs, sources: new Set(sourceById.keys()), errors });
  const chartsFile = contentFile(root, 'charts.json');
  const rawCharts = readJson(chartsFile, chartsSchema, errors);
  const charts = rawCharts
    ? resolveCharts(rawCharts.charts, chartsFile.display, byId, sectionSlugs, errors)
    : [];

  const glossaryFile = contentFile(root, 'glossary.json');
  const glossary = readJson(glossaryFile, glossarySchema, errors);
  if (glossary) {
    checkGlossaryIds(glossary.terms, glossaryFile.display, errors);
    checkGlossaryUsage(glossary.terms, sections, errors);
  }

  for (const source of sources) checkCorrections(source, contentFile(root, 'sources', source.id, 'corrections.json').display, sourceSections, errors);
  const corrections: Correction[] = sources.flatMap((source) => source.corrections);

  const structured = <T, R>(name: string, schema: z.ZodType<T>, resolve: (raw: T, context: Parameters<typeof resolveTimeline>[1]) => R): R | undefined => {
    const file = contentFile(root, name);
    const raw = readJson(file, schema, errors);
    if (!raw || !glossary) return undefined;
    return resolve(raw, { file: file.display, errors, figures: byId, sources: sourceById, sourceSections, glossary: glossary.terms, captions: catalogue.captions });
  };
  const catalogue = readCatalogueIndex(root);
  for (const [image, source] of catalogue.sources) {
    if (!sourceById.has(source)) errors.add(contentFile(root, 'images', 'catalogue.json').display, `images[id=${image}].source`, `unknown source "${source}" (content/sources/)`);
  }
  if (site) checkSiteChoices(site, siteFile.display, byId, catalogue.ids, errors);
  const timeline = structured('timeline.json', timelineSchema, resolveTimeline);
  const enterprises = structured('enterprises.json', enterprisesSchema, resolveEnterprises);
  const invest = structured('invest.json', investSchema, resolveInvest);
  const press = structured('press.json', pressSchema, resolvePress);

  errors.throwIfAny();
  // Unreachable when a file failed: throwIfAny reported it.
  const article = articles[0];
  if (!site || !article || !glossary || !figureFile || !rawIndicators || !changelog || !timeline || !enterprises || !invest || !press) {
    throw new Error('content failed to load');
  }
  const figures: FigureData = {
    figures: allFigures,
    byId,
    indicators,
    indicatorById: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    facts: allFigures.filter((figure) => !figure.indicator),
    changelog: changelog.entries,
  };
  const dates = [...sources.map((source) => source.published), ...Object.values(updates).flatMap((list) => list.map((update) => update.date))];
  return {
    site,
    sources,
    sourceById,
    article,
    lastChanged: lastChanged(dates),
    sections,
    updates,
    glossary: glossary.terms,
    corrections,
    figures,
    charts,
    timeline,
    enterprises,
    invest,
    press,
  };
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

/** The source a figure or a fact names (its id is checked when the content loads). */
export function getSource(id: string): Source {
  const source = getContent().sourceById.get(id);
  if (!source) throw new Error(`unknown source "${id}"`);
  return source;
}

export function getFigure(id: string): Figure | undefined {
  return getContent().figures.byId.get(id);
}

export function getSection(locale: Locale, slug: string): Section | undefined {
  return getSections(locale).find((section) => section.slug === slug);
}

/** What content/site.json chooses must exist: its pictures in the catalogue, its figure in the figures. */
function checkSiteChoices(site: SiteSettings, file: string, figures: ReadonlyMap<string, Figure>, pictureIds: ReadonlySet<string> | undefined, errors: ErrorCollector): void {
  if (!figures.has(site.organisation.foundingFigure)) {
    errors.add(file, 'organisation.foundingFigure', `unknown figure id "${site.organisation.foundingFigure}" (content/figures.json)`);
  }
  // Without a readable catalogue the image step reports it, naming its file and field.
  if (!pictureIds) return;
  const pictures: Array<[string, string]> = [['pictures.hero', site.pictures.hero], ...Object.entries(site.pictures.share).map(([page, id]): [string, string] => [`pictures.share.${page}`, id])];
  for (const [field, id] of pictures) {
    if (!pictureIds.has(id)) errors.add(file, field, `unknown picture "${id}" (content/images/catalogue.json)`);
  }
}
