import { describe, expect, it } from 'vitest';
import { formatFigureValue, formatIsoDate, formatPartNumber, formatPeriod, groupThousands, shiftDecimal, type FigureValue } from './format';

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
    expect(() => formatIsoDate('March 2021', 'en')).toThrow(/not a real date written YYYY/);
    expect(() => formatIsoDate('2021-13', 'zh')).toThrow(/not a real date/);
  });
});

describe('formatPartNumber', () => {
  it('pads to two digits', () => {
    expect(formatPartNumber(1)).toBe('01');
    expect(formatPartNumber(12)).toBe('12');
  });
});

const figure = (value: number | string, unit: FigureValue['unit'], extra: Partial<FigureValue> = {}): FigureValue => ({
  value,
  unit,
  qualifier: 'exact',
  ...extra,
});

describe('shiftDecimal', () => {
  it.each([
    [1880000000, 8, '18.8'],
    [1880000000, 9, '1.88'],
    [6639000, 4, '663.9'],
    [6639000, 6, '6.639'],
    [342000000, 6, '342'],
    [3682000000, 9, '3.682'],
    [100, 4, '0.01'],
    [0, 8, '0'],
    [12.5, 1, '1.25'],
  ] as const)('%d ÷ 10^%d → %s', (value, places, expected) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });

  it('never produces float artifacts where float division would', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(shiftDecimal(30000000, 8)).toBe('0.3');
    expect(shiftDecimal(615900000, 8)).toBe('6.159');
    expect(6159000000 / 1e9).toBe(6.159);
    expect(shiftDecimal(6159000000, 9)).toBe('6.159');
  });

  it('refuses numbers it cannot write in plain digits', () => {
    expect(() => shiftDecimal(1e21, 8)).toThrow(/plain digits/);
    expect(() => shiftDecimal(Number.NaN, 8)).toThrow(/finite/);
  });
});

describe('groupThousands', () => {
  it('groups the whole part only', () => {
    expect(groupThousands('800000')).toBe('800,000');
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('999')).toBe('999');
  });
});

describe('formatFigureValue', () => {
  it.each([
    // [figure, zh, en]
    [figure(1880000000, 'yuan'), '18.8亿元', 'CNY 1.88 billion'],
    [figure(6159000000, 'yuan'), '61.59亿元', 'CNY 6.159 billion'],
    [figure(6639000, 'yuan'), '663.9万元', 'CNY 6.639 million'],
    [figure(342000000, 'yuan'), '3.42亿元', 'CNY 342 million'],
    [figure(1000000000, 'yuan'), '10亿元', 'CNY 1 billion'],
    [figure(5000, 'yuan'), '5000元', 'CNY 5,000'],
    [figure(800000, 'm2'), '80万平方米', '800,000 m²'],
    [figure(40000, 'm2'), '4万平方米', '40,000 m²'],
    [figure(500, 'm2'), '500平方米', '500 m²'],
    [figure(155, 'count', { classifier: '家' }), '155家', '155'],
    [figure(96, 'percent'), '96%', '96%'],
    [figure(154, 'percent'), '154%', '154%'],
    [figure(1992, 'year'), '1992年', '1992'],
    [figure('2021-01-04', 'date'), '2021年1月4日', '4 January 2021'],
    [figure('2020-09', 'date'), '2020年9月', 'September 2020'],
    [figure(5, 'rank', { qualifier: 'top' }), '前5位', 'top 5'],
    [figure(1, 'rank'), '第1位', 'No. 1'],
    [figure(2, 'places'), '2位', '2 places'],
    [figure(1, 'places'), '1位', '1 place'],
    [figure(3, 'months'), '3个月', '3 months'],
    [figure(30, 'per-10k-people', { classifier: '件' }), '每万人30件', '30 per 10,000 people'],
  ] as const)('%o → %s / %s', (value, zh, en) => {
    expect(formatFigureValue(value, 'zh')).toBe(zh);
    expect(formatFigureValue(value, 'en')).toBe(en);
  });

  it('adds the qualifier on its own, and leaves it to the sentence inline', () => {
    const area = figure(800000, 'm2', { qualifier: 'more-than' });
    expect(formatFigureValue(area, 'zh')).toBe('超80万平方米');
    expect(formatFigureValue(area, 'en')).toBe('more than 800,000 m²');
    expect(formatFigureValue(area, 'zh', 'inline')).toBe('80万平方米');
    expect(formatFigureValue(figure(100, 'count', { classifier: '个', qualifier: 'nearly' }), 'en')).toBe('nearly 100');
    expect(formatFigureValue(figure(800000000, 'yuan', { qualifier: 'at-least' }), 'zh')).toBe('不少于8亿元');
    expect(formatFigureValue(figure(100, 'count', { classifier: '名', qualifier: 'about' }), 'en')).toBe('about 100');
    expect(formatFigureValue(figure(30, 'per-10k-people', { classifier: '件' }), 'zh', 'inline')).toBe('30件');
  });

  it('refuses a text value for a numeric unit', () => {
    expect(() => formatFigureValue(figure('96', 'percent'), 'en')).toThrow(/needs a number/);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2020', '2020年', '2020'],
    ['2021-03', '2021年3月', 'March 2021'],
    ['2021-01-04', '2021年1月4日', '4 January 2021'],
    ['2017/2020', '2017—2020年', '2017–2020'],
    ['../2020-12-31', '截至2020年12月31日', 'as of 31 December 2020'],
    ['../2021-03', '截至2021年3月', 'as of March 2021'],
  ] as const)('%s → %s / %s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });

  it('refuses anything else', () => {
    expect(() => formatPeriod('last year', 'en')).toThrow(/not YYYY/);
  });
});
