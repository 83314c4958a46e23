/**
 * Checks that every language's UI messages have exactly the same keys, and that each
 * message uses the same {placeholders}: a missing translation must fail the build.
 */

type MessageTree = { [key: string]: MessageTree | string | string[] };

function flatten(tree: MessageTree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) out.set(childPath, childValue);
  }
  return out;
}

/** The top-level argument names of an ICU message: "{count, plural, …} {name}" → count, name. */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let index = 0; index < message.length; index++) {
    const char = message[index];
    if (char === '{') {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z_][\w]*)\s*[,}]/.exec(message.slice(index));
        if (match?.[1]) names.add(match[1]);
      }
      depth++;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return [...names].sort();
}

export function compareMessages(
  reference: { locale: string; messages: MessageTree },
  other: { locale: string; messages: MessageTree },
): string[] {
  const problems: string[] = [];
  const a = flatten(reference.messages);
  const b = flatten(other.messages);
  for (const [key, value] of a) {
    const translated = b.get(key);
    if (translated === undefined) {
      problems.push(`messages/${other.locale}.json › ${key}: missing (present in messages/${reference.locale}.json)`);
      continue;
    }
    if (
      Array.isArray(value) !== Array.isArray(translated) ||
      (Array.isArray(value) && Array.isArray(translated) && value.length !== translated.length)
    ) {
      problems.push(`messages/${other.locale}.json › ${key}: has a different shape from messages/${reference.locale}.json`);
      continue;
    }
    const texts = Array.isArray(translated) ? translated : [translated];
    if (texts.some((text) => text.trim() === '')) problems.push(`messages/${other.locale}.json › ${key}: is empty`);
    if (!Array.isArray(value) && !Array.isArray(translated)) {
      const expected = icuArguments(value).join(', ');
      const actual = icuArguments(translated).join(', ');
      if (expected !== actual) {
        problems.push(`messages/${other.locale}.json › ${key}: uses {${actual}} but messages/${reference.locale}.json uses {${expected}}`);
      }
    }
  }
  for (const key of b.keys()) {
    if (!a.has(key)) problems.push(`messages/${reference.locale}.json › ${key}: missing (present in messages/${other.locale}.json)`);
  }
  return problems;
}
