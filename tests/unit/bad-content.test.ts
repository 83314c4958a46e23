import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The build on broken content: each case breaks one thing in a copy of the project, runs
 * `npm run build`, and expects it to stop with a message naming the file and the field, and to
 * leave the previous out/ untouched.
 */

const PROJECT = path.resolve(import.meta.dirname, '../..');
const COPY = [
  'app',
  'components',
  'content',
  'i18n',
  'lib',
  'messages',
  'public',
  'scripts',
  'package.json',
  'tsconfig.json',
  'next.config.ts',
  'postcss.config.mjs',
  'global.d.ts',
];
let root = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-content-'));
  for (const name of COPY) fs.cpSync(path.join(PROJECT, name), path.join(root, name), { recursive: true });
  fs.symlinkSync(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'));
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh content/ and messages/ from the project, one thing broken, then the build. */
function buildWith(breakIt: (file: (relative: string) => string) => void): { code: number | null; output: string } {
  for (const name of ['content', 'messages']) {
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
    fs.cpSync(path.join(PROJECT, name), path.join(root, name), { recursive: true });
  }
  fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'out'));
  fs.writeFileSync(path.join(root, 'out', 'index.html'), 'previous build');
  breakIt((relative) => path.join(root, relative));
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(fs.readFileSync(path.join(root, 'out', 'index.html'), 'utf8'), 'the previous out/ must be left as it was').toBe('previous build');
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, change: (text: string) => string): void {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test edits of arbitrary JSON
function editJson(file: string, change: (data: any) => void): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(data);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}

const cases: Array<[string, (file: (relative: string) => string) => void, RegExp]> = [
  [
    'malformed JSON',
    (file) => edit(file('content/figures.json'), (text) => text.replace('"figures": [', '"figures": [,')),
    /content\/figures\.json › \(file\): is not valid JSON/,
  ],
  [
    'malformed frontmatter',
    (file) => edit(file('content/sections/zh/platforms.md'), (text) => text.replace('order: 3', 'order: [3')),
    /content\/sections\/zh\/platforms\.md › frontmatter: is not valid YAML/,
  ],
  [
    'a section missing in one language',
    (file) => fs.rmSync(file('content/sections/en/culture.md')),
    /content\/sections\/en\/culture\.md › \(file\): is missing/,
  ],
  [
    'a missing interface translation',
    (file) => editJson(file('messages/en.json'), (data) => delete data.HomePage.heroCta),
    /messages\/en\.json › HomePage\.heroCta: missing/,
  ],
  [
    'a missing translation in data',
    (file) => editJson(file('content/glossary.json'), (data) => (data.terms[0].en = '')),
    /content\/glossary\.json › terms\[0\]\.en: must not be empty/,
  ],
  [
    'an unknown figure id in the text',
    (file) => edit(file('content/sections/en/platforms.md'), (text) => text.replace(':fig[granted-patents-2020]', ':fig[patents-2020]')),
    /content\/sections\/en\/platforms\.md › body \(line \d+\): unknown figure id "patents-2020"/,
  ],
  [
    'a duplicate figure id',
    (file) => editJson(file('content/figures.json'), (data) => (data.figures[1].id = data.figures[0].id)),
    /content\/figures\.json › figures\[1\]\.id: "founding-year" is used by another figure/,
  ],
  [
    'an unknown unit',
    (file) => editJson(file('content/figures.json'), (data) => (data.figures[0].unit = 'decade')),
    /content\/figures\.json › figures\[0\]\.unit: unknown unit/,
  ],
  [
    'a bad date',
    (file) => edit(file('content/updates/en/feature-2021-03.md'), (text) => text.replace('date: 2021-03', 'date: 2021-13')),
    /content\/updates\/en\/feature-2021-03\.md › frontmatter\.date: must be an ISO date/,
  ],
  [
    'an unknown section reference',
    (file) => editJson(file('content/corrections.json'), (data) => (data.corrections[1].section = 'history')),
    /content\/corrections\.json › corrections\[1\]\.section: unknown section "history"/,
  ],
  [
    'anchors that differ between languages',
    (file) => edit(file('content/sections/en/resources.md'), (text) => text.replace('{#funding}', '{#money}')),
    /content\/sections\/en\/resources\.md › headings: ids/,
  ],
  [
    'extraction damage left in the Chinese',
    (file) => edit(file('content/sections/zh/culture.md'), (text) => text.replace('湖南永霏', '湖 南 永霏')),
    /content\/sections\/zh\/culture\.md › body \(line \d+\): spaces between Chinese characters/,
  ],
  [
    'a missing image file',
    (file) => fs.rmSync(file('content/images/soaring.svg')),
    /content\/images\/catalogue\.json › images\[\d+\]\.id: no file for "soaring"/,
  ],
  [
    'an image without a catalogue entry',
    (file) => fs.copyFileSync(file('content/images/soaring.svg'), file('content/images/eagle.svg')),
    /content\/images\/eagle\.svg › \(file\): has no entry in content\/images\/catalogue\.json/,
  ],
];

describe('the build refuses broken content', () => {
  it.each(cases)(
    '%s',
    (_name, breakIt, message) => {
      const { code, output } = buildWith(breakIt);
      expect(code).not.toBe(0);
      expect(output).toMatch(message);
    },
    180_000,
  );
});
