/**
 * `npm run scale -- --sizes 1,10,100`: how the build grows with content. For each size it makes
 * a copy of the project with the content multiplied (figures, updates, pictures), builds it cold
 * (empty caches) and again warm (nothing changed), and reports wall time and peak memory.
 * The synthetic content is valid content: copies of the real figures under new ids, short
 * updates, and generated photographs (JPEG) with catalogue entries. --keep keeps the copies;
 * --cold-only skips the warm rebuild (at 100× each build takes the better part of an hour here).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { builtPages } from './lib/built-pages';
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

async function multiply(root: string, factor: number): Promise<{ figures: number; updates: number; images: number }> {
  const figuresFile = path.join(root, 'content', 'figures.json');
  const data = JSON.parse(fs.readFileSync(figuresFile, 'utf8'));
  const originals = [...data.figures];
  for (let copy = 1; copy < factor; copy++) {
    for (const figure of originals) data.figures.push({ ...figure, id: `${figure.id}-x${copy}` });
  }
  fs.writeFileSync(figuresFile, JSON.stringify(data));

  for (let copy = 1; copy < factor; copy++) {
    for (const locale of authoredLocales) {
      // The source language's own words (its checks refuse Latin-only prose there); English elsewhere.
      const words = locale === sourceLocale ? SYNTHETIC.source : SYNTHETIC.other;
      const text = [
        '---',
        `title: ${words.title} ${copy}`,
        `date: 2021-${String((copy % 12) + 1).padStart(2, '0')}-${String((copy % 28) + 1).padStart(2, '0')}`,
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
      caption: { zh: `合成图片${index}。`, en: `Synthetic picture ${index}.` },
      focal: { x: 0.5, y: 0.5 },
      photo: { credit: { zh: '合成图片', en: 'Synthetic picture' } },
    });
  }
  fs.writeFileSync(catalogueFile, JSON.stringify(catalogue));
  return { figures: data.figures.length, updates: factor - 1 + 1, images: catalogue.images.length };
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
    rows.push(
      `| ${factor}× | ${counts.figures} | ${counts.updates} | ${counts.images} | ${pages} | ${cold.seconds.toFixed(0)} s | ${warm.seconds.toFixed(0)} s | ${cold.peakMb.toFixed(0)} MB | ${((cold.seconds / pages) * 1000).toFixed(0)} ms |${cold.ok && warm.ok ? '' : ' FAILED'}`,
    );
    console.log(rows.at(-1));
    console.log(steps.slice(-2).join('\n'));
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
  console.log('\n| content | figures | updates | pictures | pages | cold build | warm rebuild | peak memory | cold time per page |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log('\nTime per build step:');
  for (const line of steps) console.log(`  ${line}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
