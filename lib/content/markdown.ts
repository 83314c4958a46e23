import type { Root as HastRoot } from 'hast';
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sourceLocale, type Locale } from '@/i18n/languages';
import { formatFigureValue } from '../format';
import { KEBAB_CASE, withoutSpaces } from '../patterns';
import type { ErrorCollector } from './errors';
import type { Figure } from './figures';

/**
 * The narrative Markdown dialect: paragraphs, `## Heading {#stable-id}`, figures referred to by
 * id inside sentences (`:fig[rd-spend-2020]`), and two block directives:
 * `:::pullquote{cite="…"}` and `:::keyfigures` (a list of figure ids).
 * Anything else is refused, so the pages only ever render what the design provides for, and
 * a number in the prose is always the number in the data.
 */

export interface SectionHeading {
  id: string;
  text: string;
}

export interface PullQuote {
  text: string;
  cite?: string;
}

export interface NarrativeDocument {
  /** The rendered tree (HTML as data), for the Prose component. */
  tree: HastRoot;
  headings: SectionHeading[];
  /** Each :::keyfigures block, in order; the tree refers to them by index. */
  keyFigureBlocks: Figure[][];
  keyFigures: Figure[];
  pullQuotes: PullQuote[];
  /** Ids of the figures the running text refers to, in order. */
  figureRefs: string[];
  /** The running text (paragraphs and headings, not quotes or key figures), for checks and search. */
  text: string;
}

const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const ZH_ARTIFACTS: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`[${CJK}][ \\t\\u3000]+[${CJK}]`), 'spaces between Chinese characters (an extraction artifact)'],
  [new RegExp(`[${CJK}][ \\t]+[0-9A-Za-z]|[0-9A-Za-z%][ \\t]+[${CJK}]`), 'a space between Chinese and a digit or Latin letter'],
  [/([，。；：！？、“”])\1/, 'doubled punctuation (an extraction artifact)'],
  [new RegExp(`[${CJK}]\\(|\\)[${CJK}]`), 'half-width brackets in Chinese text (use （ ）)'],
  [/[▲？]{2,}|▲/, 'a stray layout marker'],
  [/\n/, 'a line break inside a paragraph (keep each Chinese paragraph on one line)'],
];

/** Compares texts regardless of spacing, line breaks and letter case (a quote may start a sentence). */
function comparable(text: string): string {
  return withoutSpaces(text).toLowerCase();
}

const parser = unified().use(remarkParse).use(remarkDirective);

export interface NarrativeOptions {
  file: string;
  locale: Locale;
  lineOffset: number;
  errors: ErrorCollector;
  figures: ReadonlyMap<string, Figure>;
  /** An empty body is fine (an update that carries sections' text has none of its own). */
  allowEmpty?: boolean;
  /** Rewrites every piece of running text (not figures, ids or directives): a generated language's words from its fallback's. */
  transformText?: (text: string) => string;
}

interface Context extends NarrativeOptions {
  figureRefs: string[];
}

/** Body problems are located by line; a frontmatter field names itself. */
function report(context: Context, node: { position?: { start: { line: number } } }, problem: string, field?: string): void {
  const line = (node.position?.start.line ?? 1) + context.lineOffset;
  context.errors.add(context.file, field ?? `body (line ${line})`, problem);
}

function describe(node: RootContent | PhrasingContent): string {
  switch (node.type) {
    case 'heading':
      return `a level-${node.depth} heading`;
    case 'containerDirective':
    case 'leafDirective':
    case 'textDirective':
      return `the directive "${node.name}"`;
    default:
      return `"${node.type}"`;
  }
}

function lookUpFigure(id: string, node: RootContent | PhrasingContent, context: Context, field?: string): Figure | undefined {
  const figure = context.figures.get(id);
  if (!figure) report(context, node, `unknown figure id "${id}" (content/figures.json)`, field);
  return figure;
}

/** `:fig[id]` becomes the figure's value as that language writes it inside a sentence. */
function resolveFigureReference(node: TextDirective, context: Context, field?: string): void {
  const id = toString(node).trim();
  const extra = Object.keys(node.attributes ?? {});
  if (extra.length > 0) report(context, node, `:fig takes no attributes (found ${extra.join(', ')})`, field);
  const figure = lookUpFigure(id, node, context, field);
  const text = figure ? formatFigureValue(figure, context.locale, 'inline') : id;
  if (figure) context.figureRefs.push(figure.id);
  node.children = [{ type: 'text', value: text }];
  // Rendered by the FigureReference component (see components/ui/prose.tsx).
  node.data = { hName: 'figure-ref', hProperties: { figure: id } };
}

/** Plain text and figure references inside a paragraph; anything else is refused. */
function checkPhrasing(children: PhrasingContent[], context: Context, field?: string): void {
  for (const child of children) {
    if (child.type === 'text') {
      if (context.transformText) child.value = context.transformText(child.value);
      continue;
    }
    if (child.type === 'textDirective' && child.name === 'fig') resolveFigureReference(child, context, field);
    else report(context, child, `${describe(child)} is not allowed in running text (only text and :fig[id])`, field);
  }
}

/** Extraction damage can only be in the source's own language: its text is the cleaned source. */
function checkText(text: string, node: RootContent, context: Context, field?: string): void {
  if (context.locale !== sourceLocale) return;
  for (const [pattern, problem] of ZH_ARTIFACTS) {
    const match = pattern.exec(text);
    if (match) report(context, node, `${problem}: "${match[0]}"`, field);
  }
}

function readHeading(node: Heading, context: Context, seen: Set<string>): SectionHeading | undefined {
  if (node.depth !== 2) {
    report(context, node, `${describe(node)} is not allowed: use "## " (the page title is the only h1)`);
    return undefined;
  }
  const last = node.children.at(-1);
  const match = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
  if (!last || last.type !== 'text' || !match) {
    checkPhrasing(node.children, context);
    report(context, node, 'heading has no id: end it with {#kebab-case-id}');
    return undefined;
  }
  const id = match[1] ?? '';
  if (!KEBAB_CASE.test(id)) report(context, node, `heading id "${id}" is not kebab-case`);
  if (seen.has(id)) report(context, node, `heading id "${id}" is used twice`);
  seen.add(id);
  // The id is taken off before the words are checked (and, for a generated language, rewritten).
  last.value = last.value.replace(HEADING_ID, '');
  checkPhrasing(node.children, context);
  const text = toString(node).trim();
  if (!text) report(context, node, 'heading is empty');
  node.data = { ...node.data, hProperties: { id } };
  return { id, text };
}

function readPullQuote(node: ContainerDirective, context: Context): PullQuote | undefined {
  const extra = Object.keys(node.attributes ?? {}).filter((key) => key !== 'cite');
  if (extra.length > 0) report(context, node, `pullquote has unknown attribute(s): ${extra.join(', ')}`);
  const paragraphs = node.children.filter((child): child is Paragraph => child.type === 'paragraph');
  if (paragraphs.length !== node.children.length || paragraphs.length === 0) {
    report(context, node, 'pullquote must contain only paragraphs of text');
    return undefined;
  }
  for (const paragraph of paragraphs) checkPhrasing(paragraph.children, context);
  const cite = node.attributes?.cite?.trim() || undefined;
  const quote: PullQuote = { text: paragraphs.map((p) => toString(p)).join('\n'), ...(cite ? { cite } : {}) };
  // Rendered by the PullQuote component (see components/ui/prose.tsx).
  node.data = { hName: 'pull-quote', hProperties: cite ? { cite } : {} };
  node.children = paragraphs;
  return quote;
}

function readKeyFigures(node: ContainerDirective, block: number, context: Context): Figure[] {
  if (Object.keys(node.attributes ?? {}).length > 0) report(context, node, 'keyfigures takes no attributes');
  const list = node.children[0];
  if (node.children.length !== 1 || list?.type !== 'list' || (list as List).ordered) {
    report(context, node, 'keyfigures must contain exactly one bulleted list of figure ids');
    return [];
  }
  const figures: Figure[] = [];
  for (const item of list.children) {
    const paragraph = item.children[0];
    const only = paragraph?.type === 'paragraph' && paragraph.children.length === 1 ? paragraph.children[0] : undefined;
    if (item.children.length !== 1 || only?.type !== 'text' || !KEBAB_CASE.test(only.value.trim())) {
      report(context, item, 'each key figure must be a figure id from content/figures.json, e.g. "- rd-spend-2020"');
      continue;
    }
    const figure = lookUpFigure(only.value.trim(), item, context);
    if (figure) figures.push(figure);
  }
  // Rendered by the KeyFigureList component from `keyFigureBlocks[block]`.
  node.data = { hName: 'key-figures', hProperties: { block } };
  node.children = [];
  return figures;
}

/** Parses and checks one narrative body; problems go to `errors` with file and line. */
export function parseNarrative(body: string, options: NarrativeOptions): NarrativeDocument {
  const context: Context = { ...options, figureRefs: [] };
  const root = parser.parse(body) as Root;
  const headings: SectionHeading[] = [];
  const keyFigureBlocks: Figure[][] = [];
  const pullQuotes: PullQuote[] = [];
  const running: string[] = [];
  const seenIds = new Set<string>();

  for (const node of root.children) {
    switch (node.type) {
      case 'paragraph': {
        checkPhrasing(node.children, context);
        const text = toString(node);
        checkText(text, node, context);
        running.push(text);
        break;
      }
      case 'heading': {
        const heading = readHeading(node, context, seenIds);
        if (heading) {
          checkText(heading.text, node, context);
          headings.push(heading);
          running.push(heading.text);
        }
        break;
      }
      case 'containerDirective': {
        if (node.name === 'pullquote') {
          const quote = readPullQuote(node, context);
          if (quote) {
            checkText(quote.text, node, context);
            pullQuotes.push(quote);
          }
        } else if (node.name === 'keyfigures') {
          keyFigureBlocks.push(readKeyFigures(node, keyFigureBlocks.length, context));
        } else {
          report(context, node, `unknown directive ":::${node.name}" (known: pullquote, keyfigures)`);
        }
        break;
      }
      default:
        report(context, node, `${describe(node)} is not allowed here`);
    }
  }

  if (running.length === 0 && !options.allowEmpty) context.errors.add(context.file, 'body', 'is empty');
  // A pull-quote repeats the text for emphasis; it must never say something the text does not.
  const runningText = comparable(running.join(''));
  for (const quote of pullQuotes) {
    if (!runningText.includes(comparable(quote.text))) {
      context.errors.add(context.file, 'pullquote', `"${quote.text}" does not occur in the section's text: a pull-quote repeats a line of it`);
    }
  }

  const tree = toHast(root) as HastRoot;
  return {
    tree,
    headings,
    keyFigureBlocks,
    keyFigures: keyFigureBlocks.flat(),
    pullQuotes,
    figureRefs: context.figureRefs,
    text: running.join('\n'),
  };
}

/**
 * A one-line text that may refer to figures (a frontmatter summary): returns it as plain
 * text with each `:fig[id]` written out, and the ids it used.
 */
export function renderInlineText(text: string, options: NarrativeOptions & { field: string }): { text: string; figureRefs: string[] } {
  const context: Context = { ...options, figureRefs: [] };
  const root = parser.parse(text) as Root;
  const paragraph = root.children[0];
  if (root.children.length !== 1 || paragraph?.type !== 'paragraph') {
    options.errors.add(options.file, options.field, 'must be a single line of text');
    return { text, figureRefs: [] };
  }
  checkPhrasing(paragraph.children, context, options.field);
  const rendered = toString(paragraph);
  checkText(rendered, paragraph, context, options.field);
  return { text: rendered, figureRefs: context.figureRefs };
}
