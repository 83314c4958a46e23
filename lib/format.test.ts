import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatPartNumber } from './format';

describe('formatIsoDate', () => {
  it.each([
    ['2021', 'zh', '2021年'],
    ['2021-03', 'zh', '2021年3月'],
    ['2021-01-04', 'zh', '2021年1月4日'],
    ['2021', 'en', '2021'],
    ['2021-03', 'en', 'March 2021'],
    ['2021-01-04', 'en', '4 January 2021'],
    ['2020-12-31', 'en', '31 December 2020'],
  ] as const)('%s in %s → %s', (iso, locale, expected) => {
    expect(formatIsoDate(iso, locale)).toBe(expected);
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatIsoDate('March 2021', 'en')).toThrow(/not YYYY/);
    expect(() => formatIsoDate('2021-13', 'zh')).toThrow(/no month 13/);
  });
});

describe('formatPartNumber', () => {
  it('pads to two digits', () => {
    expect(formatPartNumber(1)).toBe('01');
    expect(formatPartNumber(12)).toBe('12');
  });
});
