/**
 * `tsx scripts/finish-export.ts <dir>`, run by the Next.js adapter (scripts/next-adapter.mjs) once
 * `next build` has exported the site to <dir>: makes every page runtime-free with its own
 * Content-Security-Policy (scripts/lib/static-export.ts), indexes the pages for search
 * (Pagefind), checks that nothing of the client runtime is left anywhere, writes gzip and brotli
 * copies of text files beside them (for hosts that serve precompressed files: nginx gzip_static /
 * brotli_static, see deploy/), and only then replaces out/ with it. Failing at any step leaves
 * the previous out/ whole.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesUnder, finishExport, runtimeRemnants } from './lib/static-export';

const OUT = 'out';
const CACHE = path.join('.cache', 'compress');
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt', '.csv', '.wasm', '.webmanifest']);
const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * Hashed assets (/_next/static/) never change under their name and are cached by browsers for a
 * year: they get brotli's best quality, once, and are kept in .cache/compress/ by content hash
 * (a rebuild reuses them). HTML and the rest change with every build, so they get quality 7:
 * measured on this site, a thirteenth of quality 9's time for 0.6 % more bytes. The window is
 * sized to the file: brotli's default 4 MB window made most of the time go to allocating and
 * clearing memory for files of a few kilobytes.
 */
async function compress(file: string, body: Buffer, used: Set<string>): Promise<{ gzip: Buffer; brotli: Buffer }> {
  const immutable = file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
  const encode = async () => ({
    gzip: await compressGzip(body, { level: 9 }),
    brotli: await compressBrotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: immutable ? 11 : 7,
        [constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(16, Math.ceil(Math.log2(body.length + 1)))),
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  });
  if (!immutable) return encode();
  const key = createHash('sha256').update(body).digest('hex');
  used.add(key);
  const cached = path.join(CACHE, key);
  if (fs.existsSync(`${cached}.br`) && fs.existsSync(`${cached}.gz`)) {
    return { gzip: fs.readFileSync(`${cached}.gz`), brotli: fs.readFileSync(`${cached}.br`) };
  }
  const result = await encode();
  fs.writeFileSync(`${cached}.gz`, result.gzip);
  fs.writeFileSync(`${cached}.br`, result.brotli);
  return result;
}

async function precompress(dir: string): Promise<{ files: number; saved: number }> {
  fs.mkdirSync(CACHE, { recursive: true });
  const used = new Set<string>();
  const queue = filesUnder(dir).filter((file) => COMPRESSIBLE.has(path.extname(file)));
  let files = 0;
  let saved = 0;
  // zlib's async calls run on libuv's thread pool: one lane per core.
  const lanes = Array.from({ length: Math.max(1, os.availableParallelism()) }, async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const body = fs.readFileSync(file);
      if (body.length < 256) continue;
      const result = await compress(file, body, used);
      if (result.gzip.length < body.length) fs.writeFileSync(`${file}.gz`, result.gzip);
      if (result.brotli.length < body.length) fs.writeFileSync(`${file}.br`, result.brotli);
      files++;
      saved += body.length - result.brotli.length;
    }
  });
  await Promise.all(lanes);
  // Keep the cache to what this build uses.
  for (const name of fs.readdirSync(CACHE)) if (!used.has(name.replace(/\.(br|gz)$/, ''))) fs.rmSync(path.join(CACHE, name));
  return { files, saved };
}

/** out/ becomes the staged export; the previous one is removed only once the new one is in place. */
function replaceOut(staged: string): void {
  const previous = path.join('.cache', 'out-previous');
  fs.rmSync(previous, { recursive: true, force: true });
  const hadOut = fs.existsSync(OUT);
  if (hadOut) fs.renameSync(OUT, previous);
  try {
    fs.renameSync(staged, OUT);
  } catch (error) {
    if (hadOut) fs.renameSync(previous, OUT);
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}

async function main(dir: string | undefined): Promise<void> {
  if (!dir || !fs.existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir ?? '(no folder given)'}/index.html is missing: \`next build\` wrote no export`);
  const timings: string[] = [];
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  const done = await step('runtime-free', () => finishExport(dir));
  await step('pagefind', () => {
    const result = spawnSync('npx', ['--no-install', 'pagefind', '--site', dir, '--quiet'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error('Pagefind could not index the pages');
  });
  const remnants = runtimeRemnants(dir);
  if (remnants.length > 0) throw new Error(`the export still holds the client runtime:\n  ${remnants.join('\n  ')}`);
  const { files, saved } = await step('precompress', () => precompress(dir));
  await step('publish', () => replaceOut(dir));
  console.log(
    `finish-export: ${done.pages} pages without the client runtime (${done.removed} runtime files removed), with ${done.module} and a Content-Security-Policy; none left anywhere; ${files} files precompressed (brotli saves ${(saved / 1024 / 1024).toFixed(1)} MB); out/ replaced`,
  );
  console.log(`export times: ${timings.join(' · ')}`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`finish-export: ${(error as Error).message}\nout/ is left as it was.`);
  process.exit(1);
});
