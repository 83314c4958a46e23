import type { z } from 'zod';
import { locales } from '@/i18n/languages';
import { formatFigureValue, formatPeriod } from '../format';
import type { ErrorCollector } from './errors';
import type { figureChangelogSchema, figuresSchema, LocalizedText } from './schema';
import type { Section } from './sections';
import type { Indicator } from './indicators';
import { sentenceProblem, tableCell, type Source, type TableQuote } from './sources';

type RawFigure = z.infer<typeof figuresSchema>['figures'][number];

/** One quantitative fact of a source, with everything needed to show and cite it. */
export type Figure = Omit<RawFigure, 'quote'> & {
  /** What the source says: its sentence, or the table cell's text. */
  quote: string;
  /** When the figure is a cell of a statistical table: where it is. */
  cell?: TableQuote & { tableTitle: LocalizedText };
};

export type FigureChangelogEntry = z.infer<typeof figureChangelogSchema>['entries'][number];

export interface FigureData {
  figures: Figure[];
  byId: ReadonlyMap<string, Figure>;
  /** What the figures measure, each with its series (content/indicators.json). */
  indicators: Indicator[];
  indicatorById: ReadonlyMap<string, Indicator>;
  /** One-off facts: figures that belong to no indicator (a founding year, an event date). */
  facts: Figure[];
  changelog: FigureChangelogEntry[];
}

/**
 * The figures to show beside `figure`: others from the same part of the source, the ones that
 * follow it in the source's order first (wrapping round to the start), at most `limit` of them.
 * Bounded so that a figure page stays the same size however many figures its part holds.
 */
export function relatedFigures<T extends Pick<Figure, 'id' | 'section'>>(figures: readonly T[], figure: T, limit: number): { shown: T[]; total: number } {
  const part = figures.filter((other) => other.section === figure.section);
  const position = part.findIndex((other) => other.id === figure.id);
  const others = [...part.slice(position + 1), ...part.slice(0, Math.max(position, 0))].filter((other) => other.id !== figure.id);
  return { shown: others.slice(0, limit), total: others.length };
}

/**
 * Each figure names a known source, and a table quote a cell that source's table really has;
 * the quote becomes the text the pages show.
 */
export function resolveFigures(raw: readonly RawFigure[], file: string, sources: ReadonlyMap<string, Source>, errors: ErrorCollector): Figure[] {
  return raw.map((figure, index) => {
    const source = sources.get(figure.source);
    if (!source) errors.add(file, `figures[${index}].source`, `unknown source "${figure.source}" (known: ${[...sources.keys()].join(', ')})`);
    if (typeof figure.quote === 'string') return { ...figure, quote: figure.quote };
    const found = source ? tableCell(source, figure.quote) : undefined;
    if (found && 'problem' in found) errors.add(file, `figures[${index}].quote`, found.problem);
    const { quote, ...rest } = figure;
    if (!found || 'problem' in found) return { ...rest, quote: '' };
    return { ...rest, quote: found.cell, cell: { ...quote, tableTitle: found.table.title } };
  });
}

/** Unique ids; every figure formats in both languages (the formatter knows its unit). */
export function indexFigures(figures: readonly Figure[], file: string, errors: ErrorCollector): Map<string, Figure> {
  const byId = new Map<string, Figure>();
  figures.forEach((figure, index) => {
    if (byId.has(figure.id)) errors.add(file, `figures[${index}].id`, `"${figure.id}" is used by another figure`);
    else byId.set(figure.id, figure);
    for (const locale of locales) {
      try {
        formatFigureValue(figure, locale);
        formatPeriod(figure.period, locale);
      } catch (error) {
        errors.add(file, `figures[${index}]`, (error as Error).message);
      }
    }
  });
  return byId;
}

/** Each figure belongs to a section, and its quoted sentence is what its source says (lib/content/sources.ts). */
export function checkFigureSources(
  figures: readonly Figure[],
  file: string,
  sources: ReadonlyMap<string, Source>,
  sourceSections: readonly Section[],
  errors: ErrorCollector,
): void {
  const sections = new Map(sourceSections.map((section) => [section.slug, section]));
  figures.forEach((figure, index) => {
    const section = sections.get(figure.section);
    if (!section) {
      errors.add(file, `figures[${index}].section`, `unknown section "${figure.section}" (known: ${[...sections.keys()].join(', ')})`);
      return;
    }
    const source = sources.get(figure.source);
    if (!source || figure.cell) return;
    const problem = sentenceProblem(source, figure.quote, section);
    if (problem) errors.add(file, `figures[${index}].quote`, problem);
  });
}

export function checkChangelog(entries: readonly FigureChangelogEntry[], file: string, byId: ReadonlyMap<string, Figure>, errors: ErrorCollector): void {
  entries.forEach((entry, index) => {
    if (!byId.has(entry.figure)) errors.add(file, `entries[${index}].figure`, `unknown figure id "${entry.figure}"`);
  });
}
