import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { citeFigure, fullCitation, type CitationWording } from './cite';

/** A wording written for the test (the site's own is in messages/; its citations are checked in tests/e2e/figures.spec.ts). */
const wording = (() => {
  const t = createTranslator({
    locale: 'en',
    messages: {
      short: '{zone} | {label} | {period} | {value} | {source} | {published}',
      target: '{period} (goal)',
      full: '{short} / {site} / {url} / seen {accessed}.',
    },
  });
  return {
    short: (values) => t('short', values),
    target: (values) => t('target', values),
    full: (values) => t('full', values),
  } satisfies CitationWording;
})();

const input = {
  zoneName: 'Zone',
  label: 'R&D spending',
  value: 'CNY 1.88 billion',
  period: '2020',
  status: 'actual' as const,
  source: { description: 'a feature', published: 'March 2021' },
  siteName: 'the site',
  url: 'https://example.org/en/figures/rd-spend-2020/',
};

describe('citeFigure', () => {
  it('puts every part of the figure and its source into the wording', () => {
    const citation = citeFigure(input, wording);
    expect(citation.short).toBe('Zone | R&D spending | 2020 | CNY 1.88 billion | a feature | March 2021');
    expect(fullCitation(citation, '26 November 2026')).toBe(`${citation.short} / the site / ${input.url} / seen 26 November 2026.`);
  });

  it('marks a target as a target, in the period', () => {
    expect(citeFigure({ ...input, status: 'target', period: '2021' }, wording).short).toContain('| 2021 (goal) |');
  });

  it('splits the full form where the access date goes, so the page can show the reader’s date', () => {
    const { full } = citeFigure(input, wording);
    expect(full.before.endsWith('seen ')).toBe(true);
    expect(full.after).toBe('.');
  });
});
