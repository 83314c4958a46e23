import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ErrorCollector } from './errors';

/** A path inside the content folder, as staff see it: "content/sections/zh/overview.md". */
export interface ContentFile {
  /** Absolute path on disk. */
  absolute: string;
  /** Path shown in messages, relative to the project root. */
  display: string;
}

export function contentFile(root: string, ...segments: string[]): ContentFile {
  const absolute = path.join(root, ...segments);
  // Named from the content folder down, as staff know it: content/sections/zh/overview.md
  const display = path.posix.join(path.basename(root), ...segments);
  return { absolute, display };
}

/** "terms[3].en" from zod's ["terms", 3, "en"]. */
export function formatFieldPath(fieldPath: readonly PropertyKey[]): string {
  let out = '';
  for (const key of fieldPath) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** Parses `data` with `schema`, reporting each issue with its field; undefined when invalid. */
export function validate<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: ContentFile,
  errors: ErrorCollector,
  fieldPrefix = '',
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = formatFieldPath(issue.path);
    errors.add(file.display, fieldPrefix ? `${fieldPrefix}${field === '(file)' ? '' : '.' + field}` : field, issue.message);
  }
  return undefined;
}

export function readText(file: ContentFile, errors: ErrorCollector): string | undefined {
  try {
    return fs.readFileSync(file.absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.add(file.display, '(file)', code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})`);
    return undefined;
  }
}

export function readJson<T>(file: ContentFile, schema: z.ZodType<T>, errors: ErrorCollector): T | undefined {
  const text = readText(file, errors);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    errors.add(file.display, '(file)', `is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  return validate(schema, data, file, errors);
}

export interface FrontmatterDocument {
  data: unknown;
  body: string;
  /** Line number (1-based) in the file where the body starts. */
  bodyStartLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits YAML frontmatter from a Markdown body; reports a missing or malformed block. */
export function splitFrontmatter(text: string, file: ContentFile, errors: ErrorCollector): FrontmatterDocument | undefined {
  const source = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    errors.add(file.display, 'frontmatter', 'missing: the file must start with a --- YAML block ---');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    errors.add(file.display, 'frontmatter', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const header = match[0];
  return {
    data,
    body: source.slice(header.length),
    bodyStartLine: header.split('\n').length,
  };
}

export function listFiles(dir: string, extension: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort();
  } catch {
    return [];
  }
}
