import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { formatFigureValue } from '@/lib/format';
import { loadContent } from '@/lib/content';

/**
 * One source of truth: where the prose states a figure, it must refer to it (:fig[id]) so the
 * number shown is the number in the data, never a copy typed out by hand.
 */

const content = loadContent();

/** Figures the prose may spell out: the same digits there mean something else. */
const ALLOWED_LITERALS: Record<string, string> = {
  // id: 'why the same digits appear as plain text' — none needed so far.
};

/** What a reader sees written in the file: the summary and the body, not ids or settings. */
function body(locale: string, slug: string): string {
  const text = fs.readFileSync(path.join(process.cwd(), 'content', 'sections', locale, `${slug}.md`), 'utf8');
  const [, frontmatter = '', markdown = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1] ?? '';
  return `${summary}\n${markdown}`
    .replace(/:::keyfigures[\s\S]*?:::/g, '')
    .replace(/\{#[^}]*\}/g, '')
    .replace(/:fig\[[^\]]*\]/g, '⟦⟧');
}

function literalPattern(value: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not part of a longer number or name: "3" must not match "3D", "13", "3,000" or "1+3".
  const before = '(?<![\\w.+-]|\\d,)';
  const after = /\d$/.test(value) ? '(?![\\w%+-]|[.,]\\d)' : '(?![A-Za-z])';
  return new RegExp(`${before}${escaped}${after}`);
}

describe('figures in the prose', () => {
  for (const figure of content.figures.figures) {
    const stated = figure.quote.includes(formatFigureValue(figure, 'zh', 'inline'));
    if (!stated) continue;
    it(`${figure.id} is referred to, not spelled out, in both languages`, () => {
      for (const locale of routing.locales) {
        const section = content.sections[locale].find((candidate) => candidate.slug === figure.section);
        expect(section?.figureRefs, `${locale}/${figure.section}.md never refers to :fig[${figure.id}]`).toContain(figure.id);
        if (ALLOWED_LITERALS[figure.id]) continue;
        const literal = literalPattern(formatFigureValue(figure, locale, 'inline'));
        const match = literal.exec(body(locale, figure.section));
        expect(match?.[0], `${locale}/${figure.section}.md spells out ${figure.id} instead of :fig[${figure.id}]`).toBeUndefined();
      }
    });
  }

  it('the test itself notices a spelled-out figure', () => {
    expect(literalPattern('18.8亿元').test('R&D经费投入18.8亿元，')).toBe(true);
    expect(literalPattern('3').test('3D打印')).toBe(false);
    expect(literalPattern('4').test('“1+4+6+N”')).toBe(false);
    expect(literalPattern('CNY 1 billion').test('invested ⟦⟧ and CNY 1 billion more')).toBe(true);
    expect(literalPattern('CNY 1.88 billion').test('reached CNY 1.88 billion, up')).toBe(true);
    expect(literalPattern('3').test('3,000 people')).toBe(false);
    expect(literalPattern('96%').test('up 96%.')).toBe(true);
  });
});
