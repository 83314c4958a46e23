import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { processImage, targetWidths } from './pipeline';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/images/gps-photo.jpg');
const temporary: string[] = [];

function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-test-'));
  temporary.push(dir);
  return { outDir: path.join(dir, 'public'), urlBase: '/img', cacheDir: path.join(dir, 'cache') };
}

afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('processImage', () => {
  it('takes a JPEG carrying GPS EXIF, XMP and an ICC profile, and writes files with no metadata at all', async () => {
    const input = await sharp(FIXTURE).metadata();
    expect(input.exif?.includes(Buffer.from([0x25, 0x88])) || input.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(true);
    expect(input.icc).toBeDefined();
    expect(input.xmp).toBeDefined();

    const options = workspace();
    const { output } = await processImage('photo', FIXTURE, options);
    const files = [...output.avif, ...output.webp, output.full];
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const variant of files) {
      const meta = await sharp(path.join(options.outDir, path.basename(variant.src))).metadata();
      expect(meta.exif, variant.src).toBeUndefined();
      expect(meta.xmp, variant.src).toBeUndefined();
      expect(meta.icc, variant.src).toBeUndefined();
      expect(meta.orientation ?? 1, variant.src).toBe(1);
    }
  });

  it('applies the EXIF orientation before dropping it (a 64×40 photo tagged "rotate 90°" comes out 40×64)', async () => {
    const { output } = await processImage('photo', FIXTURE, workspace());
    expect([output.width, output.height]).toEqual([40, 64]);
    expect([output.full.width, output.full.height]).toEqual([40, 64]);
  });

  it('never enlarges: a 40 px wide image is served at 40 px only', async () => {
    const { output } = await processImage('photo', FIXTURE, workspace());
    expect(output.avif.map((variant) => variant.width)).toEqual([40]);
    expect(output.webp.map((variant) => variant.width)).toEqual([40]);
    expect(targetWidths(1000)).toEqual([400, 800, 1000]);
    expect(targetWidths(5000)).toEqual([400, 800, 1200, 1600, 2000]);
  });

  it('draws a vector source at the largest served width, whatever its own size, on the sky colour', async () => {
    const options = workspace();
    const file = path.join(path.dirname(options.cacheDir), 'wide.svg');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      '<svg xmlns="http://www.w3.org/2000/svg" width="4800" height="3200"><rect width="2400" height="3200" fill="#fff"/></svg>',
    );
    const { output } = await processImage('wide', file, options);
    expect([output.width, output.height]).toEqual([2000, 1333]);
    expect(output.avif.map((variant) => variant.width)).toEqual([400, 800, 1200, 1600, 2000]);
    const full = sharp(path.join(options.outDir, path.basename(output.full.src)));
    const pixel = async (left: number) => [...(await full.clone().extract({ left, top: 600, width: 1, height: 1 }).raw().toBuffer())];
    // Left half white, right half transparent in the source: flattened onto the sky, #0b1a36.
    for (const channel of await pixel(100)) expect(channel).toBeGreaterThan(245);
    const sky = await pixel(1900);
    [0x0b, 0x1a, 0x36].forEach((expected, index) => expect(Math.abs((sky[index] ?? 0) - expected)).toBeLessThan(6));
  });

  it('makes a tiny placeholder and names files by content hash', async () => {
    const { output } = await processImage('photo', FIXTURE, workspace());
    expect(output.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(output.placeholder.length).toBeLessThan(1000);
    expect(output.full.src).toBe(`/img/photo.${output.hash}.jpg`);
    expect(output.avif[0]?.src).toBe(`/img/photo.${output.hash}.40.avif`);
  });

  it('does not encode an unchanged image again (cache hit), and republishes what was deleted', async () => {
    const options = workspace();
    const first = await processImage('photo', FIXTURE, options);
    expect(first.encoded).toBe(true);
    fs.rmSync(options.outDir, { recursive: true });
    const started = performance.now();
    const second = await processImage('photo', FIXTURE, options);
    expect(second.encoded).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
    expect(second.output).toEqual(first.output);
    expect(fs.existsSync(path.join(options.outDir, path.basename(first.output.full.src)))).toBe(true);
  });

  it('encodes again when the source changes', async () => {
    const options = workspace();
    const copy = path.join(path.dirname(options.outDir), 'photo.jpg');
    fs.copyFileSync(FIXTURE, copy);
    const first = await processImage('photo', copy, options);
    await sharp(FIXTURE).rotate().negate().jpeg().toFile(`${copy}.new`);
    fs.renameSync(`${copy}.new`, copy);
    const second = await processImage('photo', copy, options);
    expect(second.encoded).toBe(true);
    expect(second.output.hash).not.toBe(first.output.hash);
  });
});
