import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type messages from '@/messages/zh.json';
import { defaultLocale, languageOf, type Locale } from './languages';
import { pseudoMessages, type MessageTree } from './pseudo';

/** The interface's words, typed from the default language's file (every language has the same keys). */
export type Messages = typeof messages;

const MESSAGES_DIR = path.join(process.cwd(), 'messages');

/** messages/<code>.json as written. */
export function readMessageFile(code: string, dir = MESSAGES_DIR): MessageTree {
  const file = path.join(dir, `${code}.json`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`messages/${code}.json › (file): cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text) as MessageTree;
  } catch (error) {
    throw new Error(`messages/${code}.json › (file): is not valid JSON: ${(error as Error).message}`);
  }
}

/** Every message by its dotted key ("HomePage.title"); a list of strings stays a list. */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(name, value);
    else for (const [child, text] of flattenMessages(value, name)) out.set(child, text);
  }
  return out;
}

/** The arguments a message is given: "{count, plural, one {# entry} other {# entries}} in {place}" → count, place. */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        visit(element.children);
        continue;
      }
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(message));
  return [...names].sort();
}

/**
 * Every problem of one language's messages against the reference language's: a key missing on
 * either side, an empty text, a list of another length, or other arguments. A missing
 * translation must stop the build.
 */
export function compareMessages(
  reference: { locale: string; messages: MessageTree },
  other: { locale: string; messages: MessageTree },
): string[] {
  const problems: string[] = [];
  const a = flattenMessages(reference.messages);
  const b = flattenMessages(other.messages);
  const where = (locale: string, key: string) => `messages/${locale}.json › ${key}`;
  for (const [key, value] of a) {
    const translated = b.get(key);
    if (translated === undefined) {
      problems.push(`${where(other.locale, key)}: missing (present in messages/${reference.locale}.json)`);
      continue;
    }
    if (Array.isArray(value) !== Array.isArray(translated) || (Array.isArray(value) && value.length !== translated.length)) {
      problems.push(`${where(other.locale, key)}: has a different shape from messages/${reference.locale}.json`);
      continue;
    }
    const texts = Array.isArray(translated) ? translated : [translated];
    if (texts.some((text) => text.trim() === '')) problems.push(`${where(other.locale, key)}: is empty`);
    if (typeof value === 'string' && typeof translated === 'string') {
      try {
        const expected = messageArguments(value).join(', ');
        const actual = messageArguments(translated).join(', ');
        if (expected !== actual)
          problems.push(`${where(other.locale, key)}: uses {${actual}} but messages/${reference.locale}.json uses {${expected}}`);
      } catch (error) {
        problems.push(`${where(other.locale, key)}: is not a valid ICU message (${(error as Error).message})`);
      }
    }
  }
  for (const key of b.keys()) {
    if (!a.has(key)) problems.push(`${where(reference.locale, key)}: missing (present in messages/${other.locale}.json)`);
  }
  return problems;
}

const cache = new Map<Locale, Messages>();

/**
 * A language's messages: its own file, checked against the default language's (whose file is
 * their type), or, for a language without text of its own (i18n/languages.ts: fallback), its
 * fallback's messages, pseudo-localised if it is a pseudo-locale.
 */
export function loadMessages(locale: Locale): Messages {
  const known = cache.get(locale);
  if (known) return known;
  const language = languageOf(locale);
  let tree: MessageTree;
  if (language.fallback) {
    const source = loadMessages(language.fallback as Locale) as unknown as MessageTree;
    tree = language.pseudo ? pseudoMessages(source) : source;
  } else {
    tree = readMessageFile(locale);
    if (locale !== defaultLocale) {
      const problems = compareMessages({ locale: defaultLocale, messages: readMessageFile(defaultLocale) }, { locale, messages: tree });
      if (problems.length > 0) throw new Error(`The messages are incomplete:\n  ${problems.join('\n  ')}`);
    }
  }
  // The default language's file is the type; every other language was just compared with it.
  const checked = tree as unknown as Messages;
  cache.set(locale, checked);
  return checked;
}
