import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { languageOf, type Locale } from './languages';

/**
 * Pseudo-localisation, as Android (en-XA) and Windows (qps-ploc) do it: every Latin letter
 * accented and every vowel doubled, so a text that escaped translation (plain ASCII on a
 * pseudo-localised page) or a layout that cannot take longer words shows at once.
 *
 * It maps character by character, so a text's parts stay its parts: a quote of a paragraph is
 * still found in the pseudo-localised paragraph. Digits, punctuation and other scripts are kept.
 */
const ACCENTED: Record<string, string> = {
  a: 'åå', b: 'ƀ', c: 'ç', d: 'ð', e: 'éé', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'îî', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'öö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ûû', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'ÅÅ', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'ÉÉ', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'ÎÎ', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'ÖÖ', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'ÛÛ', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
}; // prettier-ignore

export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) out += ACCENTED[char] ?? char;
  return out;
}

/** A generated language's text from its fallback's (i18n/languages.ts): pseudo-localised for a pseudo-locale. */
export function generatedText(locale: Locale, fallbackText: string): string {
  return languageOf(locale).pseudo ? pseudoText(fallbackText) : fallbackText;
}

/**
 * Where a language's words come from: its own text, or (a language without text of its own)
 * its fallback's, rewritten by `transformText` once what is not words (figures, ids) is set apart.
 */
export function wordsOf(locale: Locale): { from: Locale; transformText?: (text: string) => string } {
  const { fallback } = languageOf(locale);
  return fallback ? { from: fallback as Locale, transformText: (text) => generatedText(locale, text) } : { from: locale };
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: pseudoText(element.value) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }]),
          ),
        };
      case TYPE.tag:
        return { ...element, children: pseudoElements(element.children) };
      default:
        // Arguments ({name}), #, numbers and dates: what the message is given, not its words.
        return element;
    }
  });
}

/** An ICU message pseudo-localised: its words only, never its arguments, plural keywords or tags. */
export function pseudoMessage(message: string): string {
  return printAST(pseudoElements(parse(message)));
}

export type MessageTree = { [key: string]: MessageTree | string | string[] };

/** Every message of a tree pseudo-localised, keys kept. */
export function pseudoMessages(tree: MessageTree): MessageTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoMessage(value) : Array.isArray(value) ? value.map(pseudoMessage) : pseudoMessages(value),
    ]),
  );
}
