import fs from 'node:fs';
import type { z } from 'zod';
import { parseCsv } from '../csv';
import { withoutSpaces } from '../patterns';
import type { ErrorCollector } from './errors';
import { contentFile, readJson, readText, type ContentFile } from './read';
import { correctionsSchema, sourceSchema, type LocalizedText, type sourceKinds, type tableQuoteSchema } from './schema';
import type { Section } from './sections';

export type SourceKind = (typeof sourceKinds)[number];
export type TableQuote = z.infer<typeof tableQuoteSchema>;

export interface SourceTable {
  id: string;
  title: LocalizedText;
  /** Path shown in messages: content/sources/<id>/<file>. */
  file: string;
  /** The header row; the first column names the rows. */
  columns: string[];
  rows: string[][];
}

/** A document the site's facts come from, with its verbatim text and what corrects it. */
export interface Source {
  id: string;
  kind: SourceKind;
  title: LocalizedText;
  /** Null when the copy supplied does not name the publisher. */
  publisher: LocalizedText | null;
  published: string;
  url: string;
  credit: LocalizedText;
  licence: LocalizedText;
  note: LocalizedText;
  /** The text as received. */
  text: string;
  /** Path of the verbatim text, for messages. */
  textFile: string;
  tables: SourceTable[];
  /** Its cleaned text is the site's Chinese sections (the original feature). */
  cleanedInSections: boolean;
  corrections: Correction[];
}

export type Correction = z.infer<typeof correctionsSchema>['corrections'][number] & { source: string };

/** Every folder of content/sources/, read and validated; sorted by publication date, then id. */
export function loadSources(root: string, errors: ErrorCollector): Source[] {
  const folder = contentFile(root, 'sources');
  let ids: string[];
  try {
    ids = fs
      .readdirSync(folder.absolute, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    errors.add(folder.display, '(folder)', 'is missing: each source is a folder here with its source.json and text');
    return [];
  }
  if (ids.length === 0) errors.add(folder.display, '(folder)', 'holds no source: each source is a folder here with its source.json and text');
  const sources = ids.flatMap((id) => {
    const source = loadSource(root, id, errors);
    return source ? [source] : [];
  });
  return sources.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

function loadSource(root: string, id: string, errors: ErrorCollector): Source | undefined {
  const file = contentFile(root, 'sources', id, 'source.json');
  const raw = readJson(file, sourceSchema, errors);
  if (!raw) return undefined;
  if (raw.id !== id) {
    errors.add(file.display, 'id', `"${raw.id}" must be the folder's name, "${id}"`);
    return undefined;
  }
  const textFile = contentFile(root, 'sources', id, raw.text);
  const text = readText(textFile, errors);
  if (text === undefined) return undefined;
  const tables = (raw.tables ?? []).flatMap((table, index) => {
    const tableFile = contentFile(root, 'sources', id, table.file);
    const loaded = readTable(tableFile, `tables[${index}]`, file, errors);
    return loaded ? [{ id: table.id, title: table.title, file: tableFile.display, ...loaded }] : [];
  });
  const correctionsFile = contentFile(root, 'sources', id, 'corrections.json');
  const corrections = fs.existsSync(correctionsFile.absolute) ? (readJson(correctionsFile, correctionsSchema, errors)?.corrections ?? []) : [];
  return {
    id,
    kind: raw.kind,
    title: raw.title,
    publisher: raw.publisher,
    published: raw.published,
    url: raw.url,
    credit: raw.credit,
    licence: raw.licence,
    note: raw.note,
    text,
    textFile: textFile.display,
    tables,
    cleanedInSections: raw.cleanedText === 'sections',
    corrections: corrections.map((correction) => ({ ...correction, source: id })),
  };
}

function readTable(file: ContentFile, field: string, sourceFile: ContentFile, errors: ErrorCollector): { columns: string[]; rows: string[][] } | undefined {
  const text = readText(file, errors);
  if (text === undefined) return undefined;
  const [columns, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!columns || columns.length < 2 || rows.length === 0) {
    errors.add(sourceFile.display, `${field}.file`, `${file.display} must hold a header row and at least one row of two or more columns`);
    return undefined;
  }
  return { columns, rows };
}

/** The cell a table quote points at, or why it cannot be found. */
export function tableCell(source: Source, quote: TableQuote): { cell: string; table: SourceTable } | { problem: string } {
  const table = source.tables.find((candidate) => candidate.id === quote.table);
  if (!table) return { problem: `unknown table "${quote.table}" in source "${source.id}" (known: ${source.tables.map((known) => known.id).join(', ') || 'none'})` };
  const column = table.columns.indexOf(quote.column);
  if (column < 1) return { problem: `no column "${quote.column}" in ${table.file} (columns: ${table.columns.slice(1).join(', ')})` };
  const row = table.rows.find((candidate) => candidate[0] === quote.row);
  if (!row) return { problem: `no row "${quote.row}" in ${table.file}` };
  const cell = row[column]?.trim() ?? '';
  if (!cell) return { problem: `the cell at row "${quote.row}", column "${quote.column}" of ${table.file} is empty` };
  return { cell, table };
}

/**
 * Where a quoted sentence must be found: for the original feature, the cleaned Chinese section it
 * belongs to; for any other source, its verbatim text. Undefined when it is there.
 */
export function sentenceProblem(source: Source, sentence: string, section: Section | undefined): string | undefined {
  if (source.cleanedInSections) {
    if (!section) return `names no section of source "${source.id}", whose cleaned text is the sections`;
    return withoutSpaces(section.text).includes(withoutSpaces(sentence)) ? undefined : `does not occur in ${section.file}: "${sentence}"`;
  }
  return withoutSpaces(source.text).includes(withoutSpaces(sentence)) ? undefined : `does not occur in ${source.textFile}: "${sentence}"`;
}

/** The newest date among sources and updates: when the site's content last changed. */
export function lastChanged(dates: readonly string[]): string {
  return [...dates].sort().at(-1) ?? '';
}
