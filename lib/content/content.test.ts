import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError, loadContent, type ContentError } from './index';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/content');
const temporary: string[] = [];

/** A fresh copy of the valid fixture, changed by `edit`, as a content root. */
function fixture(edit: (file: (relative: string) => string) => void = () => {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  temporary.push(dir);
  const root = path.join(dir, 'content');
  fs.cpSync(FIXTURE, root, { recursive: true });
  edit((relative) => path.join(root, relative));
  return root;
}

function rewrite(file: string, change: (text: string) => string): void {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

function problems(root: string): ContentError[] {
  try {
    loadContent(root);
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.errors];
    throw error;
  }
  throw new Error('expected the content to be rejected, but it loaded');
}

afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadContent with valid content', () => {
  it('reshapes sections, headings, pull-quotes and key figures into typed objects', () => {
    const content = loadContent(fixture());
    expect(content.sections.zh.map((section) => section.slug)).toEqual(['overview', 'outlook']);
    expect(content.sections.en.map((section) => section.slug)).toEqual(['overview', 'outlook']);
    const overview = content.sections.zh[0]!;
    expect(overview).toMatchObject({ title: '测试园区概览', kind: 'overview', order: 1, file: 'content/sections/zh/overview.md' });
    expect(overview.headings).toEqual([{ id: 'profile', text: '园区简介' }]);
    expect(overview.pullQuotes).toEqual([{ text: '拥有16块“金字招牌”', cite: '测试负责人' }]);
    expect(overview.keyFigures.map((figure) => figure.id)).toEqual(['founding-year', 'titles']);
    expect(overview.figureRefs).toEqual(['founding-year', 'titles', 'jinrong-investment', 'founding-year']);
    expect(overview.summary).toBe('测试园区成立于1992年。');
    expect(content.figures.byId.get('jinrong-investment')).toMatchObject({ value: 1000000000, unit: 'yuan' });
    expect(content.glossary.map((term) => term.id)).toEqual(['test-park', 'jinrong-park']);
    expect(content.corrections).toHaveLength(2);
  });

  it('renders headings with their stable id and directives as the site components', () => {
    const overview = loadContent(fixture()).sections.en[0]!;
    const elements = overview.tree.children.filter((node) => node.type === 'element');
    expect(elements.map((node) => node.tagName)).toEqual(['p', 'h2', 'p', 'pull-quote', 'key-figures']);
    const heading = elements[1]!;
    expect(heading.properties).toMatchObject({ id: 'profile' });
    expect(JSON.stringify(heading.children)).not.toContain('{#');
    expect(elements[3]!.properties).toMatchObject({ cite: 'a person in charge' });
    expect(elements[4]!.properties).toMatchObject({ block: 0 });
  });

  it('writes figures into the text as each language writes them, and keeps quotes apart', () => {
    const content = loadContent(fixture());
    expect(content.sections.zh[0]!.text).toBe('测试园区成立于1992年，拥有16块“金字招牌”。\n园区简介\n金荣园区项目总投资10亿元。');
    expect(content.sections.en[0]!.text).toBe(
      'Test Park was founded in 1992. It holds 16 “gold-standard” titles.\nProfile\nThe Jinrong Park project represents a total investment of CNY 1 billion.',
    );
    const paragraph = content.sections.en[0]!.tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
    expect(JSON.stringify(paragraph)).toContain('"tagName":"figure-ref","properties":{"figure":"founding-year"}');
  });
});

describe('loadContent rejects bad content, naming the file and the field', () => {
  it('malformed JSON', () => {
    const root = fixture((file) => rewrite(file('glossary.json'), (text) => text.replace('"terms": [', '"terms": [,')));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/glossary.json', field: '(file)' });
    expect(error?.problem).toMatch(/not valid JSON/);
  });

  it('malformed YAML frontmatter', () => {
    const root = fixture((file) => rewrite(file('sections/zh/outlook.md'), (text) => text.replace('order: 2', 'order: [2')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sections/zh/outlook.md', field: 'frontmatter' }));
  });

  it('a Markdown file without frontmatter', () => {
    const root = fixture((file) => fs.writeFileSync(file('sections/en/outlook.md'), 'Just text.\n'));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sections/en/outlook.md', field: 'frontmatter' }));
  });

  it('a missing frontmatter field', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace(/^summary: .*\n/m, '')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sections/en/overview.md', field: 'frontmatter.summary' }));
  });

  it('a wrongly typed frontmatter field', () => {
    const root = fixture((file) => rewrite(file('sections/zh/overview.md'), (text) => text.replace('kind: overview', 'kind: chapter')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sections/zh/overview.md', field: 'frontmatter.kind' }));
  });

  it('a section present in one language but not the other', () => {
    const root = fixture((file) => fs.rmSync(file('sections/en/outlook.md')));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/sections/en/outlook.md', field: '(file)' });
    expect(error?.problem).toMatch(/missing.*zh/);
  });

  it('a missing translation in a bilingual JSON field', () => {
    const root = fixture((file) => rewrite(file('glossary.json'), (text) => text.replace('"en": "Test Park", ', '')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/glossary.json', field: 'terms[0].en' }));
  });

  it('an unknown section referenced by a correction', () => {
    const root = fixture((file) => rewrite(file('sources/fixture-source/corrections.json'), (text) => text.replace('"section": "outlook"', '"section": "future"')));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/sources/fixture-source/corrections.json', field: 'corrections[0].section' });
    expect(error?.problem).toMatch(/unknown section "future"/);
  });

  it('a correction whose original is not in the raw source', () => {
    const root = fixture((file) => rewrite(file('sources/fixture-source/corrections.json'), (text) => text.replace('"original": "金融园区"', '"original": "金鱼园区"')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sources/fixture-source/corrections.json', field: 'corrections[1].original' }));
  });

  it('a correction whose corrected text is not what the page shows', () => {
    const root = fixture((file) => rewrite(file('sections/zh/overview.md'), (text) => text.replace('金荣园区项目', '某园区项目')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sources/fixture-source/corrections.json', field: 'corrections[1].corrected' }));
  });

  it('a heading without a stable id', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace('## Profile {#profile}', '## Profile')));
    const found = problems(root);
    expect(found).toContainEqual(expect.objectContaining({ file: 'content/sections/en/overview.md', field: 'body (line 10)' }));
  });

  it('headings whose ids differ between the languages', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace('{#profile}', '{#the-profile}')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sections/en/overview.md', field: 'headings' }));
  });

  it('an unknown directive', () => {
    const root = fixture((file) => rewrite(file('sections/zh/outlook.md'), (text) => `${text}\n:::sidebar\n旁注。\n:::\n`));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/sections/zh/outlook.md', field: 'body (line 10)' });
    expect(error?.problem).toMatch(/unknown directive ":::sidebar"/);
  });

  it('Markdown the design does not provide for (a link)', () => {
    const root = fixture((file) => rewrite(file('sections/en/outlook.md'), (text) => text.replace('keep growing', '[keep growing](https://example.org)')));
    expect(problems(root)[0]?.problem).toMatch(/"link" is not allowed/);
  });

  it('extraction artifacts left in the Chinese', () => {
    const root = fixture((file) => rewrite(file('sections/zh/outlook.md'), (text) => text.replace('测试园区将继续发展。', '测 试 园 区将继续发展。。')));
    const found = problems(root).map((error) => error.problem);
    expect(found).toContainEqual(expect.stringMatching(/spaces between Chinese characters/));
    expect(found).toContainEqual(expect.stringMatching(/doubled punctuation/));
  });

  it('a name the English does not translate as the glossary fixes it', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace('The Jinrong Park project', 'The Jinrong Industrial Park project')));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/sections/en/overview.md', field: 'glossary "jinrong-park"' });
  });

  it('a duplicate glossary id', () => {
    const root = fixture((file) => rewrite(file('glossary.json'), (text) => text.replace('"id": "jinrong-park"', '"id": "test-park"')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/glossary.json', field: 'terms[1].id' }));
  });

  it('a site URL that is not absolute', () => {
    const root = fixture((file) => rewrite(file('site.json'), (text) => text.replace('https://example.org', 'example.org')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/site.json', field: 'siteUrl' }));
  });

  it('a site URL that is not a web address', () => {
    const root = fixture((file) => rewrite(file('site.json'), (text) => text.replace('https://example.org', 'javascript:alert(1)//')));
    expect(problems(root)).toContainEqual(
      expect.objectContaining({ file: 'content/site.json', field: 'siteUrl', message: expect.stringMatching(/https:\/\//) }),
    );
  });

  it('every problem at once, not just the first', () => {
    const root = fixture((file) => {
      rewrite(file('site.json'), (text) => text.replace('"Test Park" }', '"" }'));
      rewrite(file('sections/en/outlook.md'), (text) => text.replace('order: 2', 'order: 1'));
    });
    const found = problems(root);
    expect(found).toContainEqual(expect.objectContaining({ file: 'content/site.json', field: 'name.en' }));
    expect(found).toContainEqual(expect.objectContaining({ file: 'content/sections/en/outlook.md', field: 'frontmatter.order' }));
  });
});

describe('figures', () => {
  const editFigures = (change: (text: string) => string) => fixture((file) => rewrite(file('figures.json'), change));

  it('a duplicate figure id', () => {
    const root = editFigures((text) => text.replace('"id": "titles"', '"id": "founding-year"'));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures.json', field: 'figures[1].id' }));
  });

  it('a figure label without its translation', () => {
    const root = editFigures((text) => text.replace('"en": "Gold-standard titles" ', '"en": "" '));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures.json', field: 'figures[1].label.en' }));
  });

  it('a note in one language only', () => {
    const root = editFigures((text) => text.replace('"note": { "zh": "测试。", "en": "A test." }', '"note": { "zh": "测试。", "en": "" }'));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures.json', field: 'figures[1].note' }));
  });

  it('a unit the formatter does not know', () => {
    const root = editFigures((text) => text.replace('"unit": "yuan"', '"unit": "dollars"'));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/figures.json', field: 'figures[2].unit' });
    expect(error?.problem).toMatch(/unknown unit/);
  });

  it('a count without its Chinese measure word', () => {
    const root = editFigures((text) => text.replace('"classifier": "块",', ''));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures.json', field: 'figures[1].classifier' }));
  });

  it('a period the site cannot read', () => {
    const root = editFigures((text) => text.replace('"period": "1992"', '"period": "the nineties"'));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures.json', field: 'figures[0].period' }));
  });

  it('a quote that is not in the section it names', () => {
    const root = editFigures((text) => text.replace('"quote": "金荣园区项目总投资10亿元。"', '"quote": "金荣园区项目总投资20亿元。"'));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures.json', field: 'figures[2].quote' }));
  });

  it('an unknown figure id in the prose', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace(':fig[jinrong-investment]', ':fig[jinrong-budget]')));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/sections/en/overview.md', field: 'body (line 12)' });
    expect(error?.problem).toMatch(/unknown figure id "jinrong-budget"/);
  });

  it('an unknown figure id in a summary and in a key-figures block', () => {
    const root = fixture((file) =>
      rewrite(file('sections/zh/overview.md'), (text) => text.replace('summary: 测试园区成立于:fig[founding-year]', 'summary: 测试园区成立于:fig[founded]').replace('- titles', '- title-count')),
    );
    const found = problems(root).map((error) => `${error.field}: ${error.problem}`);
    expect(found).toContainEqual('frontmatter.summary: unknown figure id "founded" (content/figures.json)');
    expect(found).toContainEqual(expect.stringMatching(/^body \(line 20\).*unknown figure id "title-count"/));
  });

  it('key figures that differ between the languages', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace('- titles\n', '')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/sections/en/overview.md', field: 'keyfigures' }));
  });

  it('a changelog entry about a figure that does not exist', () => {
    const root = fixture((file) =>
      fs.writeFileSync(file('figures-changelog.json'), JSON.stringify({ entries: [{ date: '2021-04-01', figure: 'nothing', change: { zh: '更正。', en: 'Corrected.' } }] })),
    );
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/figures-changelog.json', field: 'entries[0].figure' }));
  });
});

describe('pull-quotes', () => {
  it('must repeat a line of the section, never add one', () => {
    const root = fixture((file) => rewrite(file('sections/en/overview.md'), (text) => text.replace('It holds 16 “gold-standard” titles\n', 'It is the best park in the world\n')));
    const [error] = problems(root);
    expect(error).toMatchObject({ file: 'content/sections/en/overview.md', field: 'pullquote' });
  });
});

describe('timeline, enterprises, invest and press', () => {
  it('resolve figures, names and dates in both languages', () => {
    const content = loadContent(fixture());
    expect(content.timeline[0]).toMatchObject({ dateLabel: { zh: '1992年', en: '1992' }, text: { zh: '测试园区成立于1992年。', en: 'Test Park was founded in 1992.' } });
    expect(content.timeline[1]?.dateLabel).toEqual({ zh: '2021年初', en: 'Early 2021' });
    expect(content.enterprises.entries[0]).toMatchObject({ name: { zh: '金荣园区', en: 'Jinrong Park' }, industries: [{ id: 'manufacturing' }] });
    expect(content.invest.groups[0]?.items[0]?.text.en).toBe('The Jinrong Park project: CNY 1 billion.');
    expect(content.press.factSheet[0]?.figures.map((figure) => figure.id)).toEqual(['founding-year', 'titles']);
  });

  it('refuse an anchor the section does not have', () => {
    const root = fixture((file) => rewrite(file('timeline.json'), (text) => text.replace('"anchor": "profile"', '"anchor": "history"')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/timeline.json', field: 'events[1].anchor' }));
  });

  it('refuse a quote the Chinese page does not show', () => {
    const root = fixture((file) => rewrite(file('enterprises.json'), (text) => text.replace('"quote": "金荣园区项目总投资10亿元。"', '"quote": "金荣园区项目总投资30亿元。"')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/enterprises.json', field: 'entries[0].mentions[0].quote' }));
  });

  it('refuse an unknown figure, glossary term or industry', () => {
    const root = fixture((file) => {
      rewrite(file('press.json'), (text) => text.replace('"titles"]', '"title-count"]'));
      rewrite(file('enterprises.json'), (text) => text.replace('"glossary": "jinrong-park"', '"glossary": "jinrong"').replace('"industries": ["manufacturing"]', '"industries": ["mining"]'));
      rewrite(file('invest.json'), (text) => text.replace(':fig[jinrong-investment]。"', ':fig[jinrong-budget]。"'));
    });
    const found = problems(root).map((error) => `${error.file} › ${error.field}`);
    expect(found).toContainEqual('content/press.json › factSheet.sections[0].figures[1]');
    expect(found).toContainEqual('content/enterprises.json › entries[0].glossary');
    expect(found).toContainEqual('content/enterprises.json › entries[0].industries[0]');
    expect(found).toContainEqual('content/invest.json › groups[0].items[0].text.zh');
  });
});

describe('sources and indicators reject what they cannot stand behind, naming file and field', () => {
  const editJson = (file: string, change: (data: { figures: Array<Record<string, unknown>> } & Record<string, unknown>) => void) => {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    change(data);
    fs.writeFileSync(file, JSON.stringify(data));
  };
  /** A second source, a bulletin whose quotes are found in its own verbatim text. */
  const addBulletin = (file: (relative: string) => string) => {
    fs.mkdirSync(file('sources/bulletin'));
    fs.writeFileSync(
      file('sources/bulletin/source.json'),
      JSON.stringify({
        id: 'bulletin',
        kind: 'statistics-bulletin',
        title: { zh: '测试公报', en: 'Test bulletin' },
        publisher: { zh: '测试单位', en: 'Test office' },
        published: '2025-05',
        url: '',
        credit: { zh: '', en: '' },
        licence: { zh: '', en: '' },
        note: { zh: '', en: '' },
        text: 'text.txt',
        tables: [{ id: 'main', title: { zh: '表1', en: 'Table 1' }, file: 'main.csv' }],
      }),
    );
    fs.writeFileSync(file('sources/bulletin/text.txt'), '截至2024年底，拥有金字招牌18块。\n');
    fs.writeFileSync(file('sources/bulletin/main.csv'), '指标,2024年\n金字招牌（块）,18\n');
  };
  const laterTitles = (quote: unknown, extra: Record<string, unknown> = {}) => ({
    id: 'titles-2024',
    source: 'bulletin',
    indicator: 'golden-titles',
    section: 'overview',
    status: 'actual',
    value: 18,
    unit: 'count',
    classifier: '块',
    qualifier: 'exact',
    period: '../2024-12-31',
    label: { zh: '金字招牌', en: 'Gold-standard titles' },
    note: { zh: '', en: '' },
    quote,
    ...extra,
  });

  it('accept a later source whose sentence or table cell holds the figure', () => {
    const root = fixture((file) => {
      addBulletin(file);
      editJson(file('figures.json'), (data) => {
        data.figures.push(laterTitles('截至2024年底，拥有金字招牌18块。'));
        data.figures.push(laterTitles({ table: 'main', row: '金字招牌（块）', column: '2024年' }, { id: 'titles-2024-table', status: 'target' }));
      });
    });
    const content = loadContent(root);
    expect(content.figures.indicatorById.get('golden-titles')?.latest.id).toBe('titles-2024');
    expect(content.figures.byId.get('titles-2024-table')).toMatchObject({ quote: '18', cell: { tableTitle: { en: 'Table 1' } } });
  });

  it('an unknown source, a quote not in its source, and a table cell that is not there', () => {
    const root = fixture((file) => {
      addBulletin(file);
      editJson(file('figures.json'), (data) => {
        data.figures.push(laterTitles('截至2024年底，拥有金字招牌19块。'));
        data.figures.push(laterTitles({ table: 'main', row: '金字招牌（块）', column: '2023年' }, { id: 'titles-2023', period: '2023' }));
        data.figures[0]!.source = 'newspaper';
      });
    });
    const found = problems(root).map((error) => `${error.file} › ${error.field}: ${error.problem}`);
    expect(found).toContainEqual(expect.stringMatching(/^content\/figures\.json › figures\[0\]\.source: unknown source "newspaper"/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/figures\.json › figures\[3\]\.quote: does not occur in content\/sources\/bulletin\/text\.txt/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/figures\.json › figures\[4\]\.quote: no column "2023年" in content\/sources\/bulletin\/main\.csv/));
  });

  it('a figure without an indicator where one exists for its label, and two values for one indicator and period', () => {
    const root = fixture((file) => {
      addBulletin(file);
      editJson(file('figures.json'), (data) => {
        data.figures.push(laterTitles('截至2024年底，拥有金字招牌18块。', { indicator: undefined }));
        data.figures.push(laterTitles('截至2024年底，拥有金字招牌18块。', { id: 'titles-again', period: '../2021-03' }));
      });
    });
    const found = problems(root).map((error) => `${error.file} › ${error.field}: ${error.problem}`);
    expect(found).toContainEqual(expect.stringMatching(/^content\/figures\.json › figures\[3\]\.indicator: is missing: "titles-2024" measures what indicator "golden-titles" measures/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/figures\.json › figures\[4\]\.period: "titles-again" and "titles" both give the actual value of indicator "golden-titles" for \.\.\/2021-03/));
  });

  it('an update citing an unknown source', () => {
    const root = fixture((file) => rewrite(file('updates/en/first.md'), (text) => text.replace('sources: [fixture-source]', 'sources: [fixture-sauce]')));
    expect(problems(root)).toContainEqual(expect.objectContaining({ file: 'content/updates/en/first.md', field: 'frontmatter.sources[0]' }));
  });

  it('a chart that pairs a target with an actual of another indicator', () => {
    const root = fixture((file) => {
      editJson(file('figures.json'), (data) => {
        data.figures.push({ ...data.figures[2]!, id: 'jinrong-target', status: 'target', period: '2021' });
      });
      editJson(file('charts.json'), (data) => {
        (data.charts as unknown[]).push({ id: 'mixed', kind: 'pairs', section: 'overview', title: { zh: '混合', en: 'Mixed' }, pairs: [{ label: { zh: '甲', en: 'A' }, actual: 'titles', target: 'jinrong-target' }] });
      });
    });
    const found = problems(root).map((error) => `${error.file} › ${error.field}: ${error.problem}`);
    expect(found).toContainEqual(expect.stringMatching(/^content\/charts\.json › charts\[1\]\.pairs\[0\]: chart "mixed" pairs a target with an actual of a different indicator: titles \(actual, golden-titles\), jinrong-target \(target, no indicator\)/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/charts\.json › charts\[1\]\.pairs: chart "mixed" draws values of different units on one axis/));
  });
});
