import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages } from '../../i18n/languages';
import { pseudoText } from '../../i18n/pseudo';
import { builtPages } from '../../scripts/lib/built-pages';
import { copyProject } from '../../scripts/lib/project-copy';
import { createStaticServer } from '../../scripts/serve';

/**
 * The site extended as the README says, in a copy built once:
 * - a language is one row in i18n/languages.ts (and its text): here a third one, a pseudo-locale
 *   whose text is generated from the English (accented and lengthened, as Android's en-XA); every
 *   page must render in it, switch language and pass axe. Anything still hard-coded to two
 *   languages breaks here.
 * - a kind of page is one route file, one entry in lib/pages.ts and its messages: here a page
 *   "/probe/"; it must have its title and description, breadcrumbs, a place in the footer, the
 *   sitemap, a share image and the language switch, in every language, with nothing else changed.
 */

const PSEUDO = {
  code: 'en-xa',
  tag: 'en-XA',
  row: `  { code: 'en-xa', tag: 'en-XA', openGraph: 'en_XA', name: 'Ëñĝļîšĥ (þšééûðöö)', collation: 'en', conventions: 'en', fallback: 'en', pseudo: true, acceptLanguage: [] },\n`,
};
const TABLE_END = '] as const satisfies readonly LanguageDefinition[];';

/** The three files a new kind of page takes (README, "Adding a page"). */
const PROBE = {
  route: `import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('probe');

export default async function ProbePage({ params }: PageProps<'probe'>) {
  const page = await openPage('probe', params);
  return (
    <PageShell page={page} header={{}}>
      <Container className="py-12">
        <p data-probe>{page.text.description}</p>
      </Container>
    </PageShell>
  );
}
`,
  entry: `  probe: definePage({
    pattern: '/probe/',
    namespace: 'ProbePage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { footer: 'about' },
    priority: 0.3,
  }),
`,
  messages: {
    zh: { title: '探针页面标题', label: '探针', description: '一个由测试加入的页面。' },
    en: { title: 'Probe page title', label: 'Probe', description: 'A page added by a test.' },
  },
};
const REGISTRY_END = '};\n\nexport type PageKey';

test.describe.configure({ mode: 'serial' });

let root = '';
let server: Server | undefined;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = copyProject('pseudo-locale', { imageCache: true });
  const table = path.join(root, 'i18n', 'languages.ts');
  const text = fs.readFileSync(table, 'utf8');
  expect(text, 'the table of languages ends where the test adds its row').toContain(TABLE_END);
  fs.writeFileSync(table, text.replace(TABLE_END, `${PSEUDO.row}${TABLE_END}`));

  fs.mkdirSync(path.join(root, 'app', '[locale]', 'probe'));
  fs.writeFileSync(path.join(root, 'app', '[locale]', 'probe', 'page.tsx'), PROBE.route);
  const registry = path.join(root, 'lib', 'pages.ts');
  const entries = fs.readFileSync(registry, 'utf8');
  expect(entries, 'the registry ends where the test adds its entry').toContain(REGISTRY_END);
  fs.writeFileSync(registry, entries.replace(REGISTRY_END, `${PROBE.entry}${REGISTRY_END}`));
  for (const locale of ['zh', 'en'] as const) {
    const file = path.join(root, 'messages', `${locale}.json`);
    const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...messages, ProbePage: PROBE.messages[locale] }, null, 2));
  }
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(build.status, `${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`).toBe(0);
  server = createStaticServer(path.join(root, 'out'));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const pages = () => builtPages(path.join(root, 'out'), PSEUDO.code);

test('the third language has every page the others have', () => {
  const english = builtPages(path.join(root, 'out'), 'en');
  expect(pages()).toEqual(english);
  expect(builtPages(path.join(root, 'out'), 'zh')).toEqual(english);
});

test('the new kind of page exists in every language, with its own title, description and breadcrumbs', async ({ page }) => {
  const texts = { ...PROBE.messages, [PSEUDO.code]: undefined };
  for (const [locale, text] of Object.entries(texts)) {
    expect(builtPages(path.join(root, 'out'), locale)).toContain('/probe/');
    await page.goto(`${base}/${locale}/probe/`);
    await expect(page.locator('html')).toHaveAttribute('lang', languages.find((language) => language.code === locale)?.tag ?? PSEUDO.tag);
    if (text) {
      await expect(page).toHaveTitle(new RegExp(`^${text.title}`));
      await expect(page.locator('h1')).toHaveText(text.title);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', text.description);
      await expect(page.locator('[data-probe]')).toHaveText(text.description);
      await expect(page.locator('nav[aria-label] ol li [aria-current="page"]')).toHaveText(text.label);
    } else {
      // The generated language: the English words, accented.
      await expect(page.locator('h1')).toHaveText(pseudoText(PROBE.messages.en.title));
    }
    await expect(page.locator('nav[aria-label] ol li a').first()).toHaveAttribute('href', `/${locale}/`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/${locale}/probe\\.jpg$`));
    expect(fs.existsSync(path.join(root, 'out', 'og', locale, 'probe.jpg')), `out/og/${locale}/probe.jpg`).toBe(true);
  }
});

test('the new kind of page is linked from every page, listed in the sitemap and switches language', async ({ page, request }) => {
  for (const other of ['/zh/', '/en/platforms/', `/${PSEUDO.code}/figures/`]) {
    await page.goto(`${base}${other}`);
    const locale = other.split('/')[1] ?? '';
    await expect(page.locator(`footer a[href="/${locale}/probe/"]`), other).toHaveCount(1);
  }
  await page.goto(`${base}/en/`);
  await expect(page.locator('footer a[href="/en/probe/"]')).toHaveText(PROBE.messages.en.label);
  const sitemap = await (await request.get(`${base}/sitemap.xml`)).text();
  for (const locale of ['zh', 'en', PSEUDO.code]) expect(sitemap).toContain(`/${locale}/probe/</loc>`);
  await page.goto(`${base}/zh/probe/`);
  await expect(page.locator('header a[hreflang="en"]').first()).toHaveAttribute('href', '/en/probe/');
});

test('every page renders in it: its language, one h1, a title and a description, pseudo-localised', async ({ request }) => {
  for (const page of pages()) {
    const response = await request.get(`${base}/${PSEUDO.code}${page}`);
    expect(response.status(), page).toBe(200);
    const html = await response.text();
    expect(html, page).toContain(`<html lang="${PSEUDO.tag}"`);
    expect(html.match(/<h1[\s>]/g), page).toHaveLength(1);
    expect(/<meta name="description" content="[^"]*[åéîöû][^"]*"/.test(html), `${page}: a pseudo-localised description`).toBe(true);
    expect(html, page).toContain(`hrefLang="${PSEUDO.tag}"`);
  }
});

test('the frame speaks it: skip link, navigation, footer and breadcrumbs are all generated text', async ({ page }) => {
  /** The frame's words that are not generated text (every vowel is accented in it): a label not taken from messages or content. */
  const plainWords = async (locale: string) => {
    await page.goto(`${base}/${locale}/platforms/`);
    const words = await page.evaluate(() =>
      [
        ...document.querySelectorAll('a[href="#main"], header nav a, header nav summary, footer h2, footer nav a, nav[aria-label] ol li'),
      ].map((element) => element.textContent?.trim() ?? ''),
    );
    expect(words.length).toBeGreaterThan(20);
    return words.filter((text) => /[A-Za-z]{3,}/.test(text) && !/[åéîöûÅÉÎÖÛ]/.test(text));
  };
  expect(await plainWords(PSEUDO.code)).toEqual([]);
  // The control: the same check finds the English page's own words.
  expect((await plainWords('en')).length).toBeGreaterThan(20);
});

test('switches language, on the same page, and back', async ({ page }) => {
  await page.goto(`${base}/${PSEUDO.code}/platforms/`);
  const menu = page.locator('header details[data-dropdown]').first();
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${base}/en/platforms/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const back = page.locator('header details[data-dropdown]').first();
  await back.locator('summary').click();
  await back.locator(`a[hreflang="${PSEUDO.tag}"]`).click();
  await expect(page).toHaveURL(`${base}/${PSEUDO.code}/platforms/`);
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO.tag);
  await page.goto(`${base}/zh/`);
  await expect(page.locator(`header a[hreflang="${PSEUDO.tag}"]`).first()).toHaveAttribute('href', `/${PSEUDO.code}/`);
});

test('axe finds no violation on any kind of page in it', async ({ page }) => {
  test.setTimeout(300_000);
  // One page of each kind (a figure page per figure is one kind).
  const kinds = new Map<string, string>();
  for (const item of pages())
    kinds.set(item.split('/').filter(Boolean).slice(0, 1).join('/') + (item.split('/').length > 3 ? '/*' : ''), item);
  const problems: string[] = [];
  for (const item of kinds.values()) {
    await page.goto(`${base}/${PSEUDO.code}${item}`);
    const results = await new AxeBuilder({ page }).analyze();
    problems.push(
      ...results.violations.map(
        (violation) => `${item} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    );
  }
  expect(kinds.size).toBeGreaterThan(15);
  expect(problems).toEqual([]);
});
