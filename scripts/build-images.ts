/**
 * `npm run images` (runs before `next build`): validates content/images/catalogue.json against
 * the files beside it, encodes what changed, publishes the results to public/img/, and writes
 * the manifest the pages read. Unchanged images come from the cache in well under a second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentValidationError, loadContent } from '../lib/content';
import { ErrorCollector } from '../lib/content/errors';
import { readCatalogue } from '../lib/images/catalogue';
import { IMAGE_CACHE_DIR, MANIFEST_FILE, type ImageManifest, type SiteImage } from '../lib/images/manifest';
import { processImage } from '../lib/images/pipeline';

const CONTENT = path.join(process.cwd(), 'content');
const OUT_DIR = path.join(process.cwd(), 'public', 'img');

async function main(): Promise<number> {
  const started = performance.now();
  let sections: Set<string>;
  try {
    sections = new Set(loadContent(CONTENT).sections.zh.map((section) => section.slug));
  } catch (error) {
    if (error instanceof ContentValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const errors = new ErrorCollector();
  const catalogue = readCatalogue(CONTENT, sections, errors);
  if (errors.errors.length > 0) {
    console.error(`\nThe build stops: ${errors.errors.length} problem(s) with images.\n`);
    for (const error of errors.errors) console.error(`  ✗ ${error.message}`);
    console.error('');
    return 1;
  }

  const images: SiteImage[] = new Array(catalogue.length);
  const published = new Set<string>();
  const rows: string[] = new Array(catalogue.length);
  let encodedCount = 0;
  // SVG rasterising is single-threaded: one image per core keeps both cores busy.
  let next = 0;
  const worker = async () => {
    while (next < catalogue.length) {
      const index = next++;
      const image = catalogue[index];
      if (!image) continue;
      const start = performance.now();
      const { output, encoded, files } = await processImage(image.id, image.file, {
        outDir: OUT_DIR,
        urlBase: '/img',
        cacheDir: path.join(IMAGE_CACHE_DIR, 'files'),
      });
      if (encoded) encodedCount++;
      for (const file of files) published.add(file);
      const { file, ...rest } = image;
      images[index] = { ...rest, source: path.basename(file), output };
      rows[index] =
        `  ${image.id.padEnd(24)} ${image.kind.padEnd(13)} ${String(output.width).padStart(5)}×${String(output.height).padEnd(5)} ${encoded ? 'encoded' : 'cached '} ${(performance.now() - start).toFixed(0).padStart(6)} ms`;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(os.availableParallelism(), 4)) }, worker));

  // Remove what an earlier build published for images that changed or were deleted.
  for (const name of fs.existsSync(OUT_DIR) ? fs.readdirSync(OUT_DIR) : []) {
    if (!published.has(name)) fs.rmSync(path.join(OUT_DIR, name), { force: true });
  }

  const manifest: ImageManifest = { images };
  fs.mkdirSync(path.dirname(MANIFEST_FILE), { recursive: true });
  const temporary = `${MANIFEST_FILE}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(manifest, null, 2));
  fs.renameSync(temporary, MANIFEST_FILE);

  console.log(
    `images: ${images.length} (${encodedCount} encoded, ${images.length - encodedCount} from cache) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  for (const row of rows) console.log(row);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
