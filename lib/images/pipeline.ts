import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';

/**
 * Turns one source image into what the pages serve: AVIF and WebP at several widths (never
 * enlarged), a full-resolution JPEG for the press, a tiny blurred placeholder, and its size.
 * Orientation is applied and all metadata (EXIF, GPS, XMP, ICC) is dropped: sharp writes none
 * unless asked to. Results are cached by the source's content hash, so an unchanged image is
 * never encoded twice.
 */

/** Bump when the output of the pipeline changes for the same input. */
export const PIPELINE_VERSION = 2;

export const SETTINGS = {
  // The largest width is also the width a vector source is drawn at: rasterising the blurred
  // illustrations costs far more than encoding them, and grows faster than the pixel count
  // (2400 px: 16-19 s for today's six; 2000 px: 5.4 s; scripts/image-settings.ts measures it).
  widths: [400, 800, 1200, 1600, 2000],
  // AVIF effort 2: about 9x faster than effort 4 on these machines for ~15% more bytes.
  avif: { quality: 55, effort: 2 },
  // WebP effort 2 (the fallback for browsers without AVIF): 4% more bytes than effort 4, half the time.
  webp: { quality: 76, effort: 2 },
  // Plain libjpeg for the press download: mozjpeg would save 15% of its bytes for 1.5 s more per build.
  jpeg: { quality: 88 },
  placeholderWidth: 24,
  // Illustrations are drawn on a dark sky; a transparent pixel becomes this.
  background: '#0b1a36',
} as const;

export interface Variant {
  /** URL path, e.g. /img/xiang-river-zone.1a2b3c4d5e.800.avif */
  src: string;
  width: number;
  height: number;
  bytes: number;
}

export interface ImageOutput {
  hash: string;
  width: number;
  height: number;
  /** A data: URL of a tiny WebP, shown blurred while the image loads. */
  placeholder: string;
  avif: Variant[];
  webp: Variant[];
  /** Full resolution JPEG, for download. */
  full: Variant;
}

export interface PipelineOptions {
  /** Where the served files go (public/img). */
  outDir: string;
  /** URL path of outDir (/img). */
  urlBase: string;
  /** Where encoded files are kept between builds (.cache/images/files). */
  cacheDir: string;
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256')
    .update(`${PIPELINE_VERSION}:${JSON.stringify(SETTINGS)}:`)
    .update(bytes)
    .digest('hex')
    .slice(0, 12);
}

/** The widths to encode: the standard ones below the image's own width, plus its own width (capped). */
export function targetWidths(intrinsic: number): number[] {
  const largest = Math.min(intrinsic, SETTINGS.widths.at(-1) ?? intrinsic);
  return [...new Set([...SETTINGS.widths.filter((width) => width < largest), largest])];
}

interface CachedMeta extends Omit<ImageOutput, 'avif' | 'webp' | 'full'> {
  files: Array<{ name: string; format: 'avif' | 'webp' | 'full'; width: number; height: number; bytes: number }>;
}

function toOutput(meta: CachedMeta, urlBase: string): ImageOutput {
  const variants = (format: 'avif' | 'webp' | 'full') =>
    meta.files
      .filter((file) => file.format === format)
      .map((file) => ({ src: `${urlBase}/${file.name}`, width: file.width, height: file.height, bytes: file.bytes }));
  const full = variants('full')[0];
  if (!full) throw new Error(`image cache for ${meta.hash} has no full-resolution file`);
  return {
    hash: meta.hash,
    width: meta.width,
    height: meta.height,
    placeholder: meta.placeholder,
    avif: variants('avif'),
    webp: variants('webp'),
    full,
  };
}

function publish(meta: CachedMeta, cacheEntry: string, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of meta.files) {
    const target = path.join(outDir, file.name);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(cacheEntry, file.name), target);
  }
}

/** The density (dpi) at which a vector source is drawn at the largest served width. */
async function vectorDensity(bytes: Buffer): Promise<number> {
  const { width } = await sharp(bytes).metadata();
  const largest = SETTINGS.widths.at(-1);
  if (!width || !largest) return 72;
  return (72 * largest) / width;
}

/** Encodes (or takes from the cache) one image; `encoded` tells whether any work was done. */
export async function processImage(
  id: string,
  sourceFile: string,
  options: PipelineOptions,
): Promise<{ output: ImageOutput; encoded: boolean; files: string[] }> {
  const bytes = fs.readFileSync(sourceFile);
  const hash = contentHash(bytes);
  const cacheEntry = path.join(options.cacheDir, `${id}.${hash}`);
  const metaFile = path.join(cacheEntry, 'meta.json');

  if (fs.existsSync(metaFile)) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as CachedMeta;
    if (meta.files.every((file) => fs.existsSync(path.join(cacheEntry, file.name)))) {
      publish(meta, cacheEntry, options.outDir);
      return { output: toOutput(meta, options.urlBase), encoded: false, files: meta.files.map((file) => file.name) };
    }
  }

  const isSvg = path.extname(sourceFile).toLowerCase() === '.svg';
  // rotate() with no angle applies the EXIF orientation; the decoded pixels carry no metadata on.
  const density = isSvg ? await vectorDensity(bytes) : undefined;
  let decoder = sharp(bytes, { limitInputPixels: 120_000_000, density }).rotate();
  if (isSvg) decoder = decoder.flatten({ background: SETTINGS.background });
  const { data, info } = await decoder.toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const from = () => sharp(data, raw);

  fs.rmSync(cacheEntry, { recursive: true, force: true });
  fs.mkdirSync(cacheEntry, { recursive: true });
  const files: CachedMeta['files'] = [];
  const write = async (name: string, format: 'avif' | 'webp' | 'full', pipeline: Sharp) => {
    const { data: encoded, info: written } = await pipeline.toBuffer({ resolveWithObject: true });
    fs.writeFileSync(path.join(cacheEntry, name), encoded);
    files.push({ name, format, width: written.width, height: written.height, bytes: encoded.length });
  };

  for (const width of targetWidths(info.width)) {
    const resized = () => (width === info.width ? from() : from().resize({ width }));
    await write(`${id}.${hash}.${width}.avif`, 'avif', resized().avif(SETTINGS.avif));
    await write(`${id}.${hash}.${width}.webp`, 'webp', resized().webp(SETTINGS.webp));
  }
  await write(`${id}.${hash}.jpg`, 'full', from().jpeg(SETTINGS.jpeg));
  const tiny = await from().resize({ width: SETTINGS.placeholderWidth }).webp({ quality: 40 }).toBuffer();

  const meta: CachedMeta = {
    hash,
    width: info.width,
    height: info.height,
    placeholder: `data:image/webp;base64,${tiny.toString('base64')}`,
    files,
  };
  fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  publish(meta, cacheEntry, options.outDir);
  return { output: toOutput(meta, options.urlBase), encoded: true, files: files.map((file) => file.name) };
}
