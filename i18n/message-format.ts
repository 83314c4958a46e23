/**
 * ICU messages in the browser, where next-intl does not run: a page carries a message's raw text
 * (e.g. "{count, plural, one {# result} other {# results}}") and the browser module fills it in
 * with Intl.PluralRules of the page's language. The subset the site's messages use: {argument},
 * {n, plural, =0 {…} one {…} other {…}} with #, {key, select, … other {…}}, and ICU's apostrophe
 * quoting. Tested against intl-messageformat (the library next-intl formats with) on every message.
 */

type Values = Readonly<Record<string, string | number>>;

interface Cursor {
  text: string;
  at: number;
}

function fail(cursor: Cursor, problem: string): never {
  throw new Error(`formatMessage: ${problem} at ${cursor.at} in "${cursor.text}"`);
}

/** Text up to the closing brace of the current level (or the end, at the top), formatted. */
function readMessage(cursor: Cursor, values: Values, tag: string, count: number | undefined, nested: boolean): string {
  let out = '';
  const { text } = cursor;
  while (cursor.at < text.length) {
    const char = text[cursor.at];
    if (char === "'") {
      const next = text[cursor.at + 1];
      if (next === "'") {
        out += "'";
        cursor.at += 2;
      } else if (next === '{' || next === '}' || (next === '#' && count !== undefined)) {
        const end = text.indexOf("'", cursor.at + 1);
        out += text.slice(cursor.at + 1, end === -1 ? text.length : end).replace(/''/g, "'");
        cursor.at = end === -1 ? text.length : end + 1;
      } else {
        out += char;
        cursor.at++;
      }
    } else if (char === '{') {
      cursor.at++;
      out += readArgument(cursor, values, tag);
    } else if (char === '}') {
      if (!nested) fail(cursor, 'unmatched }');
      cursor.at++;
      return out;
    } else if (char === '#' && count !== undefined) {
      out += new Intl.NumberFormat(tag).format(count);
      cursor.at++;
    } else {
      out += char;
      cursor.at++;
    }
  }
  if (nested) fail(cursor, 'missing }');
  return out;
}

function readWord(cursor: Cursor): string {
  const match = /^\s*([^\s,{}]+)\s*/.exec(cursor.text.slice(cursor.at));
  if (!match?.[1]) fail(cursor, 'expected a name');
  cursor.at += match[0].length;
  return match[1];
}

function readArgument(cursor: Cursor, values: Values, tag: string): string {
  const name = readWord(cursor);
  const value = values[name];
  if (value === undefined) fail(cursor, `no value for {${name}}`);
  if (cursor.text[cursor.at] === '}') {
    cursor.at++;
    return typeof value === 'number' ? new Intl.NumberFormat(tag).format(value) : value;
  }
  if (cursor.text[cursor.at] !== ',') fail(cursor, 'expected , or }');
  cursor.at++;
  const kind = readWord(cursor);
  if (kind !== 'plural' && kind !== 'select') fail(cursor, `unsupported argument type "${kind}"`);
  if (cursor.text[cursor.at] !== ',') fail(cursor, 'expected ,');
  cursor.at++;
  const options = new Map<string, number>();
  let chosen: string | undefined;
  // Skip every option's message, noting where each begins; format only the one chosen.
  while (cursor.text[cursor.at] !== '}') {
    const key = readWord(cursor);
    if (cursor.text[cursor.at] !== '{') fail(cursor, `expected { after "${key}"`);
    options.set(key, cursor.at + 1);
    skipBlock(cursor);
    cursor.at += /^\s*/.exec(cursor.text.slice(cursor.at))?.[0].length ?? 0;
    if (cursor.at >= cursor.text.length) fail(cursor, 'missing }');
  }
  cursor.at++;
  const end = cursor.at;
  if (kind === 'plural') {
    const count = Number(value);
    chosen = options.has(`=${count}`) ? `=${count}` : new Intl.PluralRules(tag).select(count);
    if (!options.has(chosen)) chosen = 'other';
    const start = options.get(chosen);
    if (start === undefined) fail(cursor, 'a plural needs an "other" option');
    const inner: Cursor = { text: cursor.text, at: start };
    const result = readMessage(inner, values, tag, count, true);
    cursor.at = end;
    return result;
  }
  chosen = options.has(String(value)) ? String(value) : 'other';
  const start = options.get(chosen);
  if (start === undefined) fail(cursor, 'a select needs an "other" option');
  const result = readMessage({ text: cursor.text, at: start }, values, tag, undefined, true);
  cursor.at = end;
  return result;
}

/** Moves past one {…} block, braces balanced, quoted text skipped. */
function skipBlock(cursor: Cursor): void {
  let depth = 0;
  const { text } = cursor;
  while (cursor.at < text.length) {
    const char = text[cursor.at];
    if (char === "'" && (text[cursor.at + 1] === '{' || text[cursor.at + 1] === '}' || text[cursor.at + 1] === '#')) {
      const end = text.indexOf("'", cursor.at + 1);
      cursor.at = end === -1 ? text.length : end + 1;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      cursor.at++;
      return;
    }
    cursor.at++;
  }
  fail(cursor, 'missing }');
}

/** An ICU message filled in, as the page's language writes it (`tag`: <html lang>). */
export function formatMessage(message: string, values: Values, tag: string): string {
  return readMessage({ text: message, at: 0 }, values, tag, undefined, false);
}
