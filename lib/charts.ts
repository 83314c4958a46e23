import type { Locale } from '@/i18n/languages';
import { chartFigures, type Chart, type Figure, type LocalizedText } from './content';
import { formatFigureValue, formatLabelledValue, formatPeriod, formatUnitCaption } from './format';

/**
 * Charts as SVG text, drawn at build time: no chart library reaches the browser. The same
 * function draws the chart inline in a page (title and source are HTML around it) and as a
 * standalone file for download (title, units and source drawn in).
 *
 * The canvas is narrow (480 units) with large type, so the chart stays readable when a phone
 * shrinks it to 280 px.
 */

export const CHART_WIDTH = 480;
const PAD = 20;
const INK = '#12264d';
const TEXT = '#141a2b';
const MUTED = '#4a5265';
const TARGET = '#b93a1b';
const GRID = '#d9d4c8';

export interface ChartTexts {
  title: string;
  /** e.g. "单位：家" / "Values as stated in the source". */
  units: string;
  /** e.g. "来源：……（2021年3月）". */
  source: string;
  /** Words the drawing needs: "目标" / "target". */
  target: string;
  actual: string;
}

export interface ChartRow {
  label: string;
  value: string;
  period: string;
  status: 'actual' | 'target';
  figureId: string;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough advance width in em: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : /[A-Z0-9]/.test(char) ? 0.62 : 0.52;
  return em * size;
}

/**
 * Breaks a label into lines that fit `width` (at spaces in English, anywhere in Chinese).
 * `balance` evens out the lines, so no lone character is left on the last one.
 */
export function wrapText(text: string, size: number, width: number, balance = false): string[] {
  const lines = greedyWrap(text, size, width);
  if (!balance || lines.length < 2) return lines;
  let low = 0;
  let high = width;
  while (high - low > 2) {
    const middle = (low + high) / 2;
    if (greedyWrap(text, size, middle).length > lines.length) low = middle;
    else high = middle;
  }
  return greedyWrap(text, size, high);
}

function greedyWrap(text: string, size: number, width: number): string[] {
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth(line + token, size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, attributes: string): string {
  return lines
    .map((line, index) => `<text x="${x}" y="${y + index * size * 1.3}" font-size="${size}" ${attributes}>${escape(line)}</text>`)
    .join('');
}

function numeric(figure: Figure): number {
  return typeof figure.value === 'number' ? figure.value : 0;
}

/** Fraction of the bar track a value fills; never 0 for a positive value, so it stays visible. */
function share(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(value / max, 0.012);
}

interface Drawing {
  body: string;
  height: number;
}

function drawColumns(figures: Figure[], locale: Locale, texts: ChartTexts): Drawing {
  const top = 34;
  const plot = 210;
  const labelArea = 46;
  const max = Math.max(...figures.map(numeric));
  const slot = (CHART_WIDTH - PAD * 2) / figures.length;
  const barWidth = Math.min(64, slot * 0.62);
  const base = top + plot;
  let body = `<line x1="${PAD}" y1="${base}" x2="${CHART_WIDTH - PAD}" y2="${base}" stroke="${GRID}" stroke-width="1.5"/>`;
  figures.forEach((figure, index) => {
    const height = plot * share(numeric(figure), max);
    const x = PAD + slot * index + (slot - barWidth) / 2;
    const y = base - height;
    const centre = x + barWidth / 2;
    const target = figure.status === 'target';
    body += target
      ? `<rect x="${x}" y="${y}" width="${barWidth}" height="${height}" fill="url(#hatch)" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/>`
      : `<rect x="${x}" y="${y}" width="${barWidth}" height="${height}" fill="${INK}"/>`;
    body += `<text x="${centre}" y="${y - 10}" text-anchor="middle" font-size="17" font-weight="700" fill="${target ? TARGET : TEXT}">${escape(formatFigureValue(figure, locale))}</text>`;
    body += `<text x="${centre}" y="${base + 24}" text-anchor="middle" font-size="15" fill="${TEXT}">${escape(formatPeriod(figure.period, locale))}</text>`;
    if (target)
      body += `<text x="${centre}" y="${base + 42}" text-anchor="middle" font-size="13" font-weight="700" fill="${TARGET}">${escape(texts.target)}</text>`;
  });
  return { body, height: base + labelArea };
}

function drawBars(bars: Array<{ figure: Figure; note?: Figure }>, locale: Locale): Drawing {
  const max = Math.max(...bars.map((bar) => numeric(bar.figure)));
  const track = CHART_WIDTH - PAD * 2;
  let y = 8;
  let body = '';
  for (const bar of bars) {
    const label = wrapText(`${bar.figure.label[locale]} · ${formatPeriod(bar.figure.period, locale)}`, 17, track);
    body += textLines(label, PAD, y + 17, 17, `fill="${TEXT}"`);
    y += label.length * 22.1 + 8;
    const width = track * share(numeric(bar.figure), max);
    body += `<rect x="${PAD}" y="${y}" width="${track}" height="34" fill="#ece8df"/>`;
    body += `<rect x="${PAD}" y="${y}" width="${width}" height="34" fill="${INK}"/>`;
    const value = formatFigureValue(bar.figure, locale);
    const inside = textWidth(value, 18) + 16 < width;
    body += `<text x="${inside ? PAD + width - 8 : PAD + width + 8}" y="${y + 24}" text-anchor="${inside ? 'end' : 'start'}" font-size="18" font-weight="700" fill="${inside ? '#ffffff' : TEXT}">${escape(value)}</text>`;
    y += 34;
    if (bar.note) {
      const note = formatLabelledValue(bar.note.label[locale], formatFigureValue(bar.note, locale), locale);
      const lines = wrapText(note, 15.5, track);
      body += textLines(lines, PAD, y + 22, 15.5, `fill="${MUTED}"`);
      y += lines.length * 20.2 + 8;
    }
    y += 22;
  }
  return { body, height: y };
}

function drawPairs(pairs: Array<{ label: LocalizedText; actual: Figure; target: Figure }>, locale: Locale, texts: ChartTexts): Drawing {
  const track = CHART_WIDTH - PAD * 2 - 96;
  let y = 8;
  let body = '';
  for (const pair of pairs) {
    const heading = wrapText(pair.label[locale], 16, CHART_WIDTH - PAD * 2);
    body += textLines(heading, PAD, y + 16, 16, `font-weight="700" fill="${TEXT}"`);
    y += heading.length * 20.8 + 8;
    const max = Math.max(numeric(pair.actual), numeric(pair.target));
    for (const figure of [pair.actual, pair.target]) {
      const target = figure.status === 'target';
      const period = formatPeriod(figure.period, locale);
      const tag = target ? `${period} ${texts.target}` : period;
      const tagLines = wrapText(tag, 12.5, 90);
      body += textLines(
        tagLines,
        PAD,
        y + 17 - (tagLines.length - 1) * 8,
        12.5,
        `fill="${target ? TARGET : MUTED}" font-weight="${target ? 700 : 400}"`,
      );
      const x = PAD + 96;
      const width = track * share(numeric(figure), max);
      body += target
        ? `<rect x="${x}" y="${y}" width="${width}" height="24" fill="url(#hatch)" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/>`
        : `<rect x="${x}" y="${y}" width="${width}" height="24" fill="${INK}"/>`;
      const value = formatFigureValue(figure, locale);
      const valueWidth = textWidth(value, 14.5);
      const after = x + width + 8 + valueWidth <= CHART_WIDTH - 4;
      body += after
        ? `<text x="${x + width + 8}" y="${y + 17}" font-size="14.5" font-weight="700" fill="${target ? TARGET : TEXT}">${escape(value)}</text>`
        : `<text x="${x + width - 8}" y="${y + 17}" text-anchor="end" font-size="14.5" font-weight="700" fill="#ffffff" stroke="${target ? TARGET : INK}" stroke-width="3" paint-order="stroke">${escape(value)}</text>`;
      y += 24 + 10;
    }
    y += 16;
  }
  return { body, height: y };
}

function draw(chart: Chart, locale: Locale, texts: ChartTexts): Drawing {
  switch (chart.kind) {
    case 'columns':
      return drawColumns(chart.figures, locale, texts);
    case 'bars':
      return drawBars(chart.bars, locale);
    case 'pairs':
      return drawPairs(chart.pairs, locale, texts);
  }
}

const FONT = `'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',system-ui,sans-serif`;
const HATCH = `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fde7df"/><line x1="0" y1="0" x2="0" y2="8" stroke="${TARGET}" stroke-width="2" stroke-opacity="0.45"/></pattern></defs>`;

/**
 * The chart as SVG text. `standalone` adds the title, units and source line and a white
 * background, for the downloadable file; inline, the page supplies those as HTML.
 */
export function chartSvg(chart: Chart, locale: Locale, texts: ChartTexts, options: { standalone: boolean; labelledBy?: string }): string {
  const drawing = draw(chart, locale, texts);
  if (!options.standalone) {
    const label = options.labelledBy ? ` aria-labelledby="${escape(options.labelledBy)}"` : ` aria-label="${escape(texts.title)}"`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${Math.ceil(drawing.height)}" role="img"${label} font-family="inherit">${HATCH}${drawing.body}</svg>`;
  }
  const title = wrapText(texts.title, 20, CHART_WIDTH - PAD * 2);
  const header = title.length * 26 + 52;
  const source = wrapText(texts.source, 11.5, CHART_WIDTH - PAD * 2);
  const height = Math.ceil(header + drawing.height + source.length * 15 + 24);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH * 2}" height="${height * 2}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT}">`,
    `<title>${escape(texts.title)}</title>`,
    HATCH,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>`,
    textLines(title, PAD, 34, 20, `font-weight="700" fill="${TEXT}"`),
    `<text x="${PAD}" y="${title.length * 26 + 30}" font-size="13" fill="${MUTED}">${escape(texts.units)}</text>`,
    `<g transform="translate(0 ${header})">${drawing.body}</g>`,
    textLines(source, PAD, header + drawing.height + 18, 11.5, `fill="${MUTED}"`),
    '</svg>',
  ].join('');
}

/** The units line of a chart; undefined when its figures mix units (each value then carries its own). */
export function chartUnits(chart: Chart, locale: Locale): string | undefined {
  const figures = chartFigures(chart).filter((figure) => !(chart.kind === 'bars' && chart.bars.some((bar) => bar.note === figure)));
  const first = figures[0];
  if (!first || figures.some((figure) => figure.unit !== first.unit || figure.classifier !== first.classifier)) return undefined;
  return formatUnitCaption(first, locale);
}

/** The chart's data as table rows: the accessible equivalent of the drawing. */
export function chartRows(chart: Chart, locale: Locale): ChartRow[] {
  return chartFigures(chart).map((figure) => ({
    label: figure.label[locale],
    value: formatFigureValue(figure, locale),
    period: formatPeriod(figure.period, locale),
    status: figure.status,
    figureId: figure.id,
  }));
}
