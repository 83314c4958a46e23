import type { z } from 'zod';
import { locales, sourceLocale } from '@/i18n/languages';
import { formatFigureValue, formatPeriod } from '../format';
import { withoutSpaces } from '../patterns';
import type { ErrorCollector } from './errors';
import type { figureChangelogSchema, figuresSchema } from './schema';
import type { Section } from './sections';

type RawFigure = z.infer<typeof figuresSchema>['figures'][number];

/** One quantitative fact of the source, with everything needed to show and cite it. */
export type Figure = RawFigure;

export type FigureChangelogEntry = z.infer<typeof figureChangelogSchema>['entries'][number];

export interface FigureData {
  asOf: string;
  figures: Figure[];
  byId: ReadonlyMap<string, Figure>;
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

/** Each figure belongs to a section, and its quote is a sentence the Chinese page really shows. */
export function checkFigureSources(figures: readonly Figure[], file: string, sourceSections: readonly Section[], errors: ErrorCollector): void {
  const texts = new Map(sourceSections.map((section) => [section.slug, withoutSpaces(section.text)]));
  figures.forEach((figure, index) => {
    const text = texts.get(figure.section);
    if (text === undefined) {
      errors.add(file, `figures[${index}].section`, `unknown section "${figure.section}" (known: ${[...texts.keys()].join(', ')})`);
      return;
    }
    if (!text.includes(withoutSpaces(figure.quote))) {
      errors.add(file, `figures[${index}].quote`, `does not occur in content/sections/${sourceLocale}/${figure.section}.md: "${figure.quote}"`);
    }
  });
}

export function checkChangelog(entries: readonly FigureChangelogEntry[], file: string, byId: ReadonlyMap<string, Figure>, errors: ErrorCollector): void {
  entries.forEach((entry, index) => {
    if (!byId.has(entry.figure)) errors.add(file, `entries[${index}].figure`, `unknown figure id "${entry.figure}"`);
  });
}
