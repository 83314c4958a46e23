import fs from 'node:fs';
import path from 'node:path';
import type { CatalogueImage } from './catalogue';
import type { ImageOutput } from './pipeline';

/** An image as the pages use it: what the catalogue says of it and what the pipeline made. */
export interface SiteImage extends Omit<CatalogueImage, 'file'> {
  /** File name of the source in content/images/. */
  source: string;
  output: ImageOutput;
}

export interface ImageManifest {
  images: SiteImage[];
}

export const IMAGE_CACHE_DIR = path.join(process.cwd(), '.cache', 'images');
export const MANIFEST_FILE = path.join(IMAGE_CACHE_DIR, 'manifest.json');

let cached: ImageManifest | undefined;

/** The manifest written by `npm run images` (scripts/build-images.ts), read once per build. */
export function readManifest(file = MANIFEST_FILE): ImageManifest {
  if (file === MANIFEST_FILE && cached) return cached;
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run images\` (part of \`npm run build\`) first`);
  }
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest;
  if (file === MANIFEST_FILE) cached = manifest;
  return manifest;
}

export function getImages(): SiteImage[] {
  return readManifest().images;
}

export function getImage(id: string): SiteImage {
  const image = readManifest().images.find((candidate) => candidate.id === id);
  if (!image) throw new Error(`image "${id}" is not in content/images/catalogue.json`);
  return image;
}

export function imagesOfSection(section: string): SiteImage[] {
  return readManifest().images.filter((image) => image.section === section);
}
