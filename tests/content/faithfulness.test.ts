import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutSpaces } from '@/lib/patterns';
import { sectionFullText } from '@/lib/content/glossary';
import { loadContent } from '@/lib/content';

/**
 * The site's text against its source: nothing of the source left out of the Chinese, and
 * every number of the Chinese kept, with the same value, in the English.
 */

const content = loadContent();
const raw = fs.readFileSync(path.join(process.cwd(), content.article.textFile), 'utf8');

/** The article body: the PDF put the doubled section headings and the captions after it. */
function articleBody(): string {
  const end = raw.indexOf('这里这里，，有众多的科创平台');
  expect(end).toBeGreaterThan(0);
  let body = withoutSpaces(raw.slice(0, end));
  for (const correction of content.corrections) {
    if (correction.type !== 'query') body = body.split(withoutSpaces(correction.original)).join(withoutSpaces(correction.corrected));
  }
  // Doubled headings are listed as corrections above; the remaining routine clean-up:
  return body.replace(/\(/g, '（').replace(/\)/g, '）');
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；！？])|……/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 1);
}

describe('the Chinese text', () => {
  it('contains every sentence of the source, in its order', () => {
    const site = withoutSpaces(content.sections.zh.map((section) => `${section.title}${section.text}`).join(''));
    const missing: string[] = [];
    let cursor = 0;
    for (const sentence of sentences(articleBody())) {
      const at = site.indexOf(sentence, cursor);
      if (at === -1) missing.push(sentence);
      else cursor = at + sentence.length;
    }
    expect(missing).toEqual([]);
  });
});

const MULTIPLIER: Record<string, number> = { 亿: 100_000_000, 万: 10_000, billion: 1_000_000_000, million: 1_000_000 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Multiplies without float noise: 18.8 × 10^8 → 1880000000. */
function scale(digits: string, unit: string | undefined): number {
  const factor = unit ? (MULTIPLIER[unit] ?? 1) : 1;
  const [whole = '0', fraction = ''] = digits.replace(/,/g, '').split('.');
  return (Number(whole + fraction) * factor) / 10 ** fraction.length;
}

export function chineseNumbers(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(亿|万)?/g)].map((match) => scale(match[1] ?? '', match[2]));
}

export function englishNumbers(text: string): number[] {
  const numbers = [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*(billion|million))?/gi)].map((match) =>
    scale(match[1] ?? '', match[2]?.toLowerCase()),
  );
  const months = [...text.toLowerCase().matchAll(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'))].map(
    (match) => MONTHS.indexOf(match[1] ?? '') + 1,
  );
  return [...numbers, ...months];
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe('the English text', () => {
  it('parses numbers the way the test expects', () => {
    expect(chineseNumbers('投入18.8亿元，占全市的56%，80万平方米，663.9万元，2021年1月4日')).toEqual([1_880_000_000, 56, 800_000, 6_639_000, 2021, 1, 4]);
    expect(sorted(englishNumbers('CNY 1.88 billion, 56%, 800,000 m², CNY 6.639 million, 4 January 2021'))).toEqual(
      sorted([1_880_000_000, 56, 800_000, 6_639_000, 2021, 1, 4]),
    );
  });

  for (const zh of content.sections.zh) {
    it(`keeps every number of "${zh.slug}" with its value`, () => {
      const en = content.sections.en.find((section) => section.slug === zh.slug);
      expect(en).toBeDefined();
      expect(sorted(englishNumbers(sectionFullText(en!)))).toEqual(sorted(chineseNumbers(sectionFullText(zh))));
    });
  }
});
