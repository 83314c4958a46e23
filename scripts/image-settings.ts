/**
 * `npx tsx scripts/image-settings.ts`: what each encoding setting costs on today's pictures, to
 * choose lib/images/pipeline.ts's SETTINGS by measurement. For every picture it rasterises the
 * source once, then times each format at each width and effort, one encode at a time (the build
 * runs two pictures at once, one per core), and prints seconds and bytes per setting, summed
 * over the pictures. Write a setting's files with --write <dir> to compare them by eye.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { readCatalogue } from '../lib/images/catalogue';
import { ErrorCollector } from '../lib/content/errors';
import { loadContent } from '../lib/content';
import { SETTINGS } from '../lib/images/pipeline';

const { values: options } = parseArgs({ options: { write: { type: 'string' } } });
const CONTENT = path.join(process.cwd(), 'content');

const WIDTHS = [400, 800, 1200, 1600, 2000, 2400];
const CANDIDATES: Array<{ name: string; encode: (image: Sharp) => Sharp; ext: string }> = [
  { name: 'avif q55 e2', ext: 'avif', encode: (image) => image.avif({ quality: 55, effort: 2 }) },
  { name: 'avif q55 e1', ext: 'avif', encode: (image) => image.avif({ quality: 55, effort: 1 }) },
  { name: 'avif q55 e0', ext: 'avif', encode: (image) => image.avif({ quality: 55, effort: 0 }) },
  { name: 'webp q76 e4', ext: 'webp', encode: (image) => image.webp({ quality: 76, effort: 4 }) },
  { name: 'webp q76 e2', ext: 'webp', encode: (image) => image.webp({ quality: 76, effort: 2 }) },
  { name: 'webp q76 e0', ext: 'webp', encode: (image) => image.webp({ quality: 76, effort: 0 }) },
  { name: 'jpeg q88 mozjpeg', ext: 'jpg', encode: (image) => image.jpeg({ quality: 88, mozjpeg: true }) },
  { name: 'jpeg q88', ext: 'jpg', encode: (image) => image.jpeg({ quality: 88 }) },
];

async function main(): Promise<void> {
  const sections = new Set(loadContent(CONTENT).sections.zh.map((section) => section.slug));
  const catalogue = readCatalogue(CONTENT, sections, new ErrorCollector());
  const totals = new Map<string, { seconds: number; bytes: number }>();
  const add = (key: string, seconds: number, bytes: number) => {
    const total = totals.get(key) ?? { seconds: 0, bytes: 0 };
    totals.set(key, { seconds: total.seconds + seconds, bytes: total.bytes + bytes });
  };
  for (const image of catalogue) {
    let started = performance.now();
    const { data, info } = await sharp(image.file)
      .flatten({ background: SETTINGS.background })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    add('rasterise (once)', (performance.now() - started) / 1000, 0);
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    for (const candidate of CANDIDATES) {
      for (const width of candidate.ext === 'jpg' ? [info.width] : WIDTHS.filter((w) => w <= info.width)) {
        started = performance.now();
        const resized = width === info.width ? sharp(data, raw) : sharp(data, raw).resize({ width });
        const encoded = await candidate.encode(resized).toBuffer();
        add(`${candidate.name} @${candidate.ext === 'jpg' ? 'full' : width}`, (performance.now() - started) / 1000, encoded.length);
        if (options.write) {
          fs.mkdirSync(options.write, { recursive: true });
          fs.writeFileSync(
            path.join(options.write, `${image.id}.${candidate.name.replace(/\s+/g, '-')}.${width}.${candidate.ext}`),
            encoded,
          );
        }
      }
    }
  }
  console.log(`${catalogue.length} pictures, summed\n${'setting'.padEnd(28)} ${'seconds'.padStart(8)} ${'KB'.padStart(8)}`);
  for (const [key, total] of totals)
    console.log(`${key.padEnd(28)} ${total.seconds.toFixed(2).padStart(8)} ${(total.bytes / 1024).toFixed(0).padStart(8)}`);
}

void main();
