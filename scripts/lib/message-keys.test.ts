import { describe, expect, it } from 'vitest';
import { flattenMessages, readMessageFile } from '@/i18n/messages';
import { messageKeyReport, SITE_KEY_VALUES, sourceFilesUnder } from './message-keys';

const report = (text: string, keys: string[], name = 'page.tsx') => messageKeyReport([{ name, text }], keys);

describe('messageKeyReport', () => {
  it('resolves the keys of a namespace translator, in whichever way it is called', () => {
    const source = [
      `export async function Page({ locale }) {`,
      `  const t = await getTranslations({ locale, namespace: 'Home' });`,
      `  const tNav = await getTranslations('Nav');`,
      `  const method = t.raw('method');`,
      `  const label = t.has('label') ? t('label') : t.rich('title', { b: (chunks) => chunks });`,
      `  return tNav('home') + t.markup('intro', {});`,
      `}`,
    ].join('\n');
    const keys = ['Home.title', 'Home.label', 'Home.intro', 'Home.method', 'Nav.home'];
    expect(report(source, keys)).toEqual({ unused: [], missing: [], dynamic: [] });
  });

  it('follows each translator through its own scope', () => {
    const source = [
      `async function A() { const t = await getTranslations('A'); return t('x'); }`,
      `async function B() { const t = await getTranslations('B'); return t('y'); }`,
    ].join('\n');
    expect(report(source, ['A.x', 'A.y', 'B.x', 'B.y']).unused).toEqual(['A.y', 'B.x']);
  });

  it('takes a translator without a namespace, and a `t` parameter, as reading whole keys', () => {
    const source = [
      `const title = translator(locale)('Figures.download', { name });`,
      `function eyebrow(section, t) { return t('Section.part'); }`,
      `const share = ({ t }) => ({ eyebrow: t('Gallery.count') });`,
    ].join('\n');
    expect(report(source, ['Figures.download', 'Section.part', 'Gallery.count', 'Gallery.title']).unused).toEqual(['Gallery.title']);
  });

  it('takes a template literal as every key under its prefix, and says so', () => {
    const source = `const t = await getTranslations({ locale, namespace: 'Glossary' });\nexport const label = (kind) => t(\`kinds.\${kind}\`);`;
    expect(report(source, ['Glossary.kinds.zone', 'Glossary.kinds.term', 'Glossary.intro'])).toEqual({
      unused: ['Glossary.intro'],
      missing: [],
      dynamic: ['page.tsx: Glossary.kinds.*'],
    });
  });

  it('resolves a variable key through the values it is listed with, and reports any other', () => {
    const source = `const t = await getTranslations('Size');\nsizes.map((size) => t(size));\nt(other);`;
    const keys = ['Size.small', 'Size.large'];
    expect(messageKeyReport([{ name: 'a.tsx', text: source }], keys, { size: ['small', 'large', 'huge'] })).toEqual({
      unused: [],
      missing: ['Size.huge (a.tsx)'],
      dynamic: ['a.tsx: t(other)'],
    });
  });

  it('reads a page registry entry as its namespace’s title, description and (optional) label', () => {
    const source = `export const pages = { press: definePage({ pattern: '/press/', namespace: 'PressPage' }) };`;
    expect(report(source, ['PressPage.title', 'PressPage.description', 'PressPage.lede'], 'pages.ts')).toEqual({
      unused: ['PressPage.lede'],
      missing: [],
      dynamic: [],
    });
    // getTranslations' own `namespace` is not a registry entry.
    expect(report(`getTranslations({ locale, namespace: 'PressPage' });`, ['PressPage.title']).unused).toEqual(['PressPage.title']);
    expect(report(source, ['PressPage.title'], 'pages.ts').missing).toEqual(['PressPage.description (pages.ts)']);
  });

  it('reads the messages tree from loadMessages(), directly, through a variable or a function', () => {
    const source = [
      `const title = loadMessages('zh').NotFound.title;`,
      `const text = loadMessages(locale).NotFound;`,
      `const chooser = (code) => loadMessages(code).Chooser;`,
      `export const words = [title, text.body, chooser('en').enter, loadMessages('en')['NotFound']['home']];`,
      `export const config = { messages: loadMessages(locale) };`,
    ].join('\n');
    const keys = ['NotFound.title', 'NotFound.body', 'NotFound.home', 'Chooser.enter', 'Chooser.description'];
    expect(report(source, keys)).toEqual({ unused: ['Chooser.description'], missing: [], dynamic: [] });
    expect(report(`const kinds = loadMessages(locale).Kinds;\nkinds[kind];`, ['Kinds.a', 'Kinds.b'])).toEqual({
      unused: [],
      missing: [],
      dynamic: ['page.tsx: Kinds.*'],
    });
  });

  it('finds an unused key and a missing one', () => {
    const source = `const t = await getTranslations({ locale, namespace: 'Home' });\nt('title');\nt('gone');\nt.has('maybe');`;
    expect(report(source, ['Home.title', 'Home.unused'])).toEqual({
      unused: ['Home.unused'],
      missing: ['Home.gone (page.tsx)'],
      dynamic: [],
    });
  });

  it('takes a key of a group (t.raw of a list or an object) as using what is under it', () => {
    const source = `const t = await getTranslations('Invest');\nt.raw('groups');`;
    expect(report(source, ['Invest.groups.funds', 'Invest.groups.talent', 'Invest.lede']).unused).toEqual(['Invest.lede']);
  });
});

describe("the site's messages", () => {
  it('are each used by the code, and every key the code uses is there', () => {
    const files = sourceFilesUnder(process.cwd(), ['app', 'components', 'lib', 'i18n', 'scripts']);
    const keys = [...flattenMessages(readMessageFile('zh')).keys()];
    const { unused, missing, dynamic } = messageKeyReport(files, keys, SITE_KEY_VALUES);
    expect(unused).toEqual([]);
    expect(missing).toEqual([]);
    // Every use not resolved to a whole key, so that a new one is seen (and its keys kept in mind).
    expect(dynamic).toEqual([
      'app/[locale]/corrections/page.tsx: CorrectionsPage.type.*',
      'app/[locale]/enterprises/page.tsx: EnterprisesPage.types.*',
      'app/[locale]/glossary/page.tsx: GlossaryPage.kinds.*',
      'app/[locale]/invest/page.tsx: InvestPage.groups.*',
      // namespaceText(): the page registry's keys, read through its `namespace` entries instead.
      "lib/pages.ts: t(key('description'))",
      "lib/pages.ts: t(key('label'))",
      "lib/pages.ts: t(key('title'))",
      "lib/pages.ts: t.has(key('label'))",
    ]);
  });
});
