import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './message-format';

/** What next-intl's formatter (intl-messageformat) makes of the same message. */
function reference(message: string, values: Record<string, string | number>, tag: string): string {
  return String(new IntlMessageFormat(message, tag).format(values));
}

const cases: Array<[string, Record<string, string | number>, string]> = [
  ['Hello, {name}!', { name: 'Ada' }, 'en'],
  ['{count, plural, one {# result} other {# results}}', { count: 1 }, 'en'],
  ['{count, plural, one {# result} other {# results}}', { count: 1234 }, 'en'],
  ['{count, plural, =0 {No results} one {# result} other {# results}}', { count: 0 }, 'en'],
  ['找到 {count, plural, other {# 条}}结果', { count: 12000 }, 'zh-CN'],
  ['{position} of {total}', { position: 3, total: 12 }, 'en'],
  ['{kind, select, photo {Photo} other {Illustration}}: {title}', { kind: 'photo', title: 'River' }, 'en'],
  ['{kind, select, photo {Photo} other {Illustration}}', { kind: 'map', title: 'x' }, 'en'],
  ["It''s '{literal}' and {n, plural, other {'#' is # here}}", { n: 2 }, 'en'],
  ['{n, plural, one {{who} has # entry} other {{who} has # entries}}', { n: 21, who: 'Zone' }, 'en'],
];

describe('formatMessage', () => {
  it.each(cases)('formats %j like intl-messageformat', (message, values, tag) => {
    expect(formatMessage(message, values, tag)).toBe(reference(message, values, tag));
  });

  it('chooses the plural category of the page language', () => {
    expect(formatMessage('{n, plural, one {one} other {other}}', { n: 1 }, 'en')).toBe('one');
    expect(formatMessage('{n, plural, one {one} other {other}}', { n: 1 }, 'zh')).toBe('other');
  });

  it('fails clearly on a missing value or a broken message', () => {
    expect(() => formatMessage('Hello, {name}', {}, 'en')).toThrow(/no value for \{name\}/);
    expect(() => formatMessage('Hello, {name', { name: 'x' }, 'en')).toThrow(/expected , or \}/);
    expect(() => formatMessage('{n, plural, one {x}}', { n: 5 }, 'en')).toThrow(/"other"/);
    expect(() => formatMessage('{n, number}', { n: 5 }, 'en')).toThrow(/unsupported argument type "number"/);
  });
});
