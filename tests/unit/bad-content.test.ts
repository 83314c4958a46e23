import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy';

/**
 * The build on broken input: each case breaks one thing in a copy of the project, runs
 * `npm run build`, and expects it to stop with a message naming the file and the field (or the
 * page), and to leave the previous out/ exactly as it was: some cases stop at the content check,
 * others only once `next build` has written its export.
 */

const PROJECT = path.resolve(import.meta.dirname, '../..');
/** What a case may break; restored from the project before each case. */
const RESTORED = ['app', 'components', 'content', 'messages'];
let root = '';

beforeAll(() => {
  root = copyProject('bad-content', { imageCache: true });
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** A digest of every file's path and bytes under a folder. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      hash.update(path.relative(dir, full));
      if (entry.isDirectory()) visit(full);
      else hash.update(fs.readFileSync(full));
    }
  };
  visit(dir);
  return hash.digest('hex');
}

/** A previous build's out/: a few files a failed build must not touch, remove or add to. */
function previousOut(): string {
  const out = path.join(root, 'out');
  fs.rmSync(out, { recursive: true, force: true });
  const files: Record<string, string> = {
    'index.html': 'previous build',
    'zh/index.html': '<h1>上一次构建</h1>',
    'en/platforms/index.html': '<h1>previous</h1>',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), text);
  }
  return treeDigest(out);
}

/** The project's sources, one thing broken, then the build. */
function buildWith(
  breakIt: (file: (relative: string) => string) => void,
  { script = 'build', siteUrl }: { script?: string; siteUrl?: string } = {},
): { code: number | null; output: string; outUntouched: boolean } {
  for (const name of RESTORED) {
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
    fs.cpSync(path.join(PROJECT, name), path.join(root, name), { recursive: true });
  }
  const before = previousOut();
  breakIt((relative) => path.join(root, relative));
  const env = { ...process.env };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  const result = spawnSync('npm', ['run', script, '--silent'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}`, outUntouched: treeDigest(path.join(root, 'out')) === before };
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
    (file) => editJson(file('content/sources/feature-2021-03/corrections.json'), (data) => (data.corrections[1].section = 'history')),
    /content\/sources\/feature-2021-03\/corrections\.json › corrections\[1\]\.section: unknown section "history"/,
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

/** Breaks that pass every content check and fail only once `next build` is rendering or has written its export. */
const afterNextBuildStarted: typeof cases = [
  [
    'a page that fails to render',
    (file) => {
      fs.mkdirSync(file('app/[locale]/broken'), { recursive: true });
      fs.writeFileSync(
        file('app/[locale]/broken/page.tsx'),
        "export default function Broken(): never {\n  throw new Error('this page cannot be rendered');\n}\n",
      );
    },
    /this page cannot be rendered/,
  ],
  [
    'a page the runtime-free step does not understand (something new of the runtime)',
    (file) =>
      edit(file('components/layout/skip-link.tsx'), (text) =>
        text.replace("{t('label')}", '{t(\'label\')}<link rel="prefetch" href="/_next/static/chunks/new-runtime.js" />'),
      ),
    /index\.html: the client runtime is still in the page/,
  ],
];

describe('the build refuses broken content', () => {
  it.each(cases)(
    '%s',
    (_name, breakIt, message) => {
      const { code, output, outUntouched } = buildWith(breakIt);
      expect(code).not.toBe(0);
      expect(output).toMatch(message);
      expect(outUntouched, 'the previous out/ must be left exactly as it was').toBe(true);
    },
    180_000,
  );
});

describe('the build refuses what fails after `next build` has started, and out/ stays as it was', () => {
  it.each(afterNextBuildStarted)(
    '%s',
    (_name, breakIt, message) => {
      const { code, output, outUntouched } = buildWith(breakIt);
      expect(code).not.toBe(0);
      expect(output).toMatch(message);
      expect(output, 'it got as far as rendering pages').toMatch(/Generating static pages/);
      expect(outUntouched, 'the previous out/ must be left exactly as it was').toBe(true);
    },
    600_000,
  );

  it('(the control: the same copy, unbroken, builds and replaces out/)', () => {
    const { code, output, outUntouched } = buildWith(() => {});
    expect(code, output.slice(-3000)).toBe(0);
    expect(outUntouched).toBe(false);
    expect(fs.readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toContain('<html lang="zh-CN">');
  }, 600_000);
});

describe('the release build refuses to publish a preview', () => {
  it.each([
    [undefined, /content\/site\.json › siteUrl: "http:\/\/localhost:3000" must start with https:\/\/ for a release/],
    ['https://127.0.0.1:8443', /SITE_URL: "https:\/\/127\.0\.0\.1:8443" names this machine \(127\.0\.0\.1\)/],
    ['www.example.gov.cn', /SITE_URL: "www\.example\.gov\.cn" is not an absolute URL/],
  ])(
    'SITE_URL=%s: stops at the check, naming where the address came from, and lists the empty release settings',
    (siteUrl, message) => {
      const result = buildWith(() => {}, { script: 'build:release', siteUrl });
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(message);
      expect(result.output).toMatch(/release: content\/site\.json › filing\.icp is empty/);
      expect(result.output).toMatch(/release: content\/site\.json › dataLicence\.name is empty/);
      expect(result.outUntouched).toBe(true);
    },
    180_000,
  );
});
