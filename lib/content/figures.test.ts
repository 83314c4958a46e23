import { describe, expect, it } from 'vitest';
import { relatedFigures } from './figures';

interface Entry {
  id: string;
  section: string;
}

function figure(id: string, section: string): Entry {
  return { id, section };
}

const figures = [figure('a1', 'a'), figure('b1', 'b'), figure('a2', 'a'), figure('a3', 'a'), figure('b2', 'b'), figure('a4', 'a')];
const ids = (list: Entry[]) => list.map((each) => each.id);

describe('relatedFigures', () => {
  it('lists the others of the same part, those after the figure first, wrapping round', () => {
    const result = relatedFigures(figures, figures[3]!, 10);
    expect(ids(result.shown)).toEqual(['a4', 'a1', 'a2']);
    expect(result.total).toBe(3);
  });

  it('stops at the limit but counts every other figure of the part', () => {
    const result = relatedFigures(figures, figures[0]!, 2);
    expect(ids(result.shown)).toEqual(['a2', 'a3']);
    expect(result.total).toBe(3);
  });

  it('never lists the figure itself or another part, and is empty for a part of one', () => {
    expect(ids(relatedFigures(figures, figures[1]!, 10).shown)).toEqual(['b2']);
    const alone = [figure('c1', 'c'), ...figures];
    expect(relatedFigures(alone, alone[0]!, 10)).toEqual({ shown: [], total: 0 });
  });

  it('stays the same size however many figures the part holds', () => {
    const many = Array.from({ length: 5000 }, (_, index) => figure(`m${index}`, 'm'));
    const result = relatedFigures(many, many[4999]!, 8);
    expect(ids(result.shown)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(result.total).toBe(4999);
  });
});
