/**
 * `npm run scale -- --sizes 1,10,100`: how the build grows with content. For each size it makes
 * a copy of the project with the content multiplied, builds it cold (empty caches) and again warm
 * (nothing changed), and reports wall time, peak memory and the largest page (HTML, gzip).
 * The synthetic content is valid content, shaped like years of statistics bulletins: each copy is
 * a source of its own whose text states every measure of the site for later periods (new values
 * of the same indicators, under new ids), an update reporting it, and generated photographs (JPEG)
 * with catalogue entries. --keep keeps the copies; --cold-only skips the warm rebuild (at 100×
 * each build takes the better part of an hour here).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { builtPages } from './lib/built-pages';
import { pageBytes } from './lib/page-bytes';
import { copyProject } from './lib/project-copy';
import { authoredLocales, locales, sourceLocale } from '../i18n/languages';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10' },
    'cold-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const SYNTHETIC = {
  source: { title: '合成动态', summary: '用于测量构建规模的合成内容。', body: '这是一条用于测量构建规模的合成动态。' },
  other: {
    title: 'Synthetic update',
    summary: 'Synthetic content for measuring how the build scales.',
    body: 'This is a synthetic update for measuring how the build scales.',
  },
};

/** Years a synthetic bulletin moves its periods on: more than any series of the source spans, so no two values share a period. */
const YEARS_PER_COPY = 5;

/** "2020" → "2025", "../2021-03" → "../2026-03", "2019/2020" → "2024/2025". */
function laterPeriod(period: string, years: number): string {
  return period.replace(/\d{4}/g, (year) => String(Number(year) + years));
}

async function multiply(root: string, factor: number): Promise<{ figures: number; updates: number; images: number }> {
  const figuresFile = path.join(root, 'content', 'figures.json');
  const data = JSON.parse(fs.readFileSync(figuresFile, 'utf8'));
  const measures = data.figures.filter((figure: { indicator?: string }) => figure.indicator);
  for (let copy = 1; copy < factor; copy++) {
    const source = `synthetic-bulletin-${copy}`;
    const lines: string[] = [];
    for (const figure of measures) {
      const id = `${figure.id}-x${copy}`;
      const quote = `合成数据${id}：${figure.value}。`;
      lines.push(quote);
      data.figures.push({ ...figure, id, source, period: laterPeriod(figure.period, copy * YEARS_PER_COPY), quote });
    }
    const folder = path.join(root, 'content', 'sources', source);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'text.txt'), `${lines.join('\n')}\n`);
    fs.writeFileSync(
      path.join(folder, 'source.json'),
      JSON.stringify({
        id: source,
        kind: 'statistics-bulletin',
        title: { zh: `合成统计公报${copy}`, en: `Synthetic statistics bulletin ${copy}` },
        publisher: { zh: '合成发布单位', en: 'Synthetic publisher' },
        published: `${2021 + copy * YEARS_PER_COPY}-05`,
        url: '',
        credit: { zh: '', en: '' },
        licence: { zh: '', en: '' },
        note: { zh: '', en: '' },
        text: 'text.txt',
      }),
    );
  }
  fs.writeFileSync(figuresFile, JSON.stringify(data));

  for (let copy = 1; copy < factor; copy++) {
    for (const locale of authoredLocales) {
      // The source language's own words (its checks refuse Latin-only prose there); English elsewhere.
      const words = locale === sourceLocale ? SYNTHETIC.source : SYNTHETIC.other;
      const text = [
        '---',
        `title: ${words.title} ${copy}`,
        `date: ${2021 + copy * YEARS_PER_COPY}-${String((copy % 12) + 1).padStart(2, '0')}-${String((copy % 28) + 1).padStart(2, '0')}`,
        `sources: [synthetic-bulletin-${copy}]`,
        `summary: ${words.summary}`,
        '---',
        words.body,
        '',
      ].join('\n');
      fs.writeFileSync(path.join(root, 'content', 'updates', locale, `synthetic-${copy}.md`), text);
    }
  }

  const catalogueFile = path.join(root, 'content', 'images', 'catalogue.json');
  const catalogue = JSON.parse(fs.readFileSync(catalogueFile, 'utf8'));
  const images = catalogue.images.length * (factor - 1);
  for (let index = 0; index < images; index++) {
    const id = `synthetic-${index}`;
    const width = 1600;
    const height = 1067;
    const pixels = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const offset = (y * width + x) * 3;
        pixels[offset] = (x * 255) / width;
        pixels[offset + 1] = (y * 255) / height;
        pixels[offset + 2] = ((index * 37 + x * y) % 256) & 0xff;
      }
    }
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .toFile(path.join(root, 'content', 'images', `${id}.jpg`));
    catalogue.images.push({
      id,
      section: 'overview',
      source: 'feature-2021-03',
      caption: { zh: `合成图片${index}。`, en: `Synthetic picture ${index}.` },
      focal: { x: 0.5, y: 0.5 },
      photo: { credit: { zh: '合成图片', en: 'Synthetic picture' } },
    });
  }
  fs.writeFileSync(catalogueFile, JSON.stringify(catalogue));
  return { figures: data.figures.length, updates: factor - 1 + 1, images: catalogue.images.length };
}

/** The largest page of a built site (HTML, gzip) and its path: the pages the budget holds to 40 KB. */
function largestPage(outDir: string): { path: string; kb: number } {
  let largest = { path: '', kb: 0 };
  for (const locale of locales) {
    for (const page of builtPages(outDir, locale)) {
      const kb = pageBytes(outDir, path.join(outDir, locale, page, 'index.html')).html / 1024;
      if (kb > largest.kb) largest = { path: `/${locale}${page}`, kb };
    }
  }
  return largest;
}

function build(root: string): { seconds: number; peakMb: number; ok: boolean; steps: string } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (result.status !== 0) console.error(result.stdout.slice(-2000), result.stderr.slice(-2000));
  const steps = /build times: (.*)/.exec(result.stdout)?.[1] ?? '';
  return { seconds, peakMb: peakKb / 1024, ok: result.status === 0, steps };
}

async function main() {
  const sizes = options.sizes.split(',').map(Number);
  const rows: string[] = [];
  const steps: string[] = [];
  for (const factor of sizes) {
    const root = copyProject(`scale-${factor}x`);
    const counts = await multiply(root, factor);
    const cold = build(root);
    const skipWarm = options['cold-only'];
    const warm = cold.ok && !skipWarm ? build(root) : { seconds: Number.NaN, peakMb: Number.NaN, ok: skipWarm, steps: '' };
    steps.push(`${factor}× cold: ${cold.steps}`, `${factor}× warm: ${warm.steps}`);
    // The site's pages in both languages, counted as the bench counts them (not the root redirect or the 404 page).
    const pages = cold.ok ? locales.reduce((sum, locale) => sum + builtPages(path.join(root, 'out'), locale).length, 0) : 0;
    const largest = cold.ok ? largestPage(path.join(root, 'out')) : { path: '-', kb: Number.NaN };
    rows.push(
      `| ${factor}× | ${counts.figures} | ${counts.updates} | ${counts.images} | ${pages} | ${cold.seconds.toFixed(0)} s | ${warm.seconds.toFixed(0)} s | ${cold.peakMb.toFixed(0)} MB | ${((cold.seconds / pages) * 1000).toFixed(0)} ms | ${largest.kb.toFixed(1)} KB ${largest.path} |${cold.ok && warm.ok ? '' : ' FAILED'}`,
    );
    console.log(rows.at(-1));
    console.log(steps.slice(-2).join('\n'));
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
  console.log(
    '\n| content | figures | updates | pictures | pages | cold build | warm rebuild | peak memory | cold time per page | largest page (gzip) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log('\nTime per build step:');
  for (const line of steps) console.log(`  ${line}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
