import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptLanguageTags, chooserScript, negotiateLocale, nginxLanguageMap } from './negotiation';

const headers: Array<[string, string]> = [
  ['en-GB,en;q=0.9', 'en'],
  ['en', 'en'],
  ['fr-FR, en-US;q=0.8', 'en'],
  ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
  ['zh-TW', 'zh'],
  ['de-DE,fr;q=0.5', 'zh'],
  ['', 'zh'],
  ['english', 'zh'],
  ['fr, zh, en', 'zh'],
];

describe('the language of "/"', () => {
  it.each(headers)('%j → %s', (header, expected) => {
    expect(negotiateLocale(acceptLanguageTags(header))).toBe(expected);
  });

  it('is the same in nginx’s map', () => {
    const map = nginxLanguageMap();
    const rules = [...map.matchAll(/^\s*"~\*(.*)" (\S+);$/gm)].map((match) => ({
      regex: new RegExp(match[1] ?? '', 'i'),
      locale: match[2],
    }));
    const fallback = /default (\S+);/.exec(map)?.[1];
    expect(rules.length).toBeGreaterThan(0);
    for (const [header, expected] of headers) {
      expect(rules.find((rule) => rule.regex.test(header))?.locale ?? fallback, header).toBe(expected);
    }
  });

  it('is the same in the root page’s script', () => {
    for (const [header, expected] of headers) {
      let target = '';
      const run = new Function('navigator', 'location', chooserScript());
      run({ languages: acceptLanguageTags(header), language: '' }, { hash: '#x', replace: (url: string) => (target = url) });
      expect(target, header).toBe(`/${expected}/#x`);
    }
  });

  it('deploy/languages.map is up to date with i18n/languages.ts (npm run deploy:languages)', () => {
    expect(fs.readFileSync(path.resolve(import.meta.dirname, '../deploy/languages.map'), 'utf8')).toBe(nginxLanguageMap());
  });
});
