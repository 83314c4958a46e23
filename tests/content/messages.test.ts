import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { authoredLocales, defaultLocale, languageOf } from '@/i18n/languages';
import { formatMessage } from '@/i18n/message-format';
import { compareMessages, flattenMessages, readMessageFile } from '@/i18n/messages';

/** The interface's own words: the same keys and arguments in every language written by hand, and formatted alike everywhere. */

describe("the site's messages", () => {
  it('have the same keys and arguments in every authored language', () => {
    const reference = { locale: defaultLocale, messages: readMessageFile(defaultLocale) };
    for (const locale of authoredLocales.filter((code) => code !== defaultLocale)) {
      expect(compareMessages(reference, { locale, messages: readMessageFile(locale) })).toEqual([]);
    }
  });

  /** Each argument of a message and whether it is counted (plural: a number) or named (a string). */
  function argumentKinds(elements: MessageFormatElement[], kinds = new Map<string, 'count' | 'text'>()): Map<string, 'count' | 'text'> | undefined {
    for (const element of elements) {
      if (element.type === TYPE.tag) return undefined; // rich text is formatted on the server only
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.plural) kinds.set(element.value, 'count');
      else if (!kinds.has(element.value)) kinds.set(element.value, 'text');
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) if (!argumentKinds(option.value, kinds)) return undefined;
      }
      if (element.type !== TYPE.argument && element.type !== TYPE.plural && element.type !== TYPE.select) return undefined;
    }
    return kinds;
  }

  it('are formatted in the browser exactly as next-intl formats them on the server', () => {
    let compared = 0;
    for (const locale of authoredLocales) {
      const tag = languageOf(locale).tag;
      for (const [key, value] of flattenMessages(readMessageFile(locale))) {
        for (const message of Array.isArray(value) ? value : [value]) {
          const kinds = argumentKinds(parse(message));
          if (!kinds) continue;
          for (const count of [0, 1, 2, 5, 21, 1000]) {
            const values = Object.fromEntries([...kinds].map(([name, kind]) => [name, kind === 'count' ? count : `«${name}»`]));
            const expected = String(new IntlMessageFormat(message, tag).format(values));
            expect(formatMessage(message, values, tag), `messages/${locale}.json › ${key}`).toBe(expected);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
