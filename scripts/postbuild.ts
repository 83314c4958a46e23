/**
 * After `next build` and Pagefind: bundles the site's browser module (components/browser.ts),
 * takes the Next.js client runtime out of every page and puts that module in its place
 * (scripts/lib/shipped-html.ts), gives every page its Content-Security-Policy (hashes of its own inline
 * scripts), and writes gzip and brotli copies of text files beside them, for hosts that serve
 * precompressed files (nginx gzip_static / brotli_static; see deploy/).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { build } from 'esbuild';
import { withPolicy } from './lib/csp';
import { isRuntimeOnlyFile, SITE_SCRIPTS, withoutClientRuntime } from './lib/shipped-html';

const OUT = path.resolve(process.argv[2] ?? 'out');
const CACHE = path.resolve('.cache', 'compress');
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt', '.csv', '.wasm', '.webmanifest']);
const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * Hashed assets (/_next/static/) never change under their name and are cached by browsers for a
 * year: they get brotli's best quality, once, and are kept in .cache/compress/ by content hash
 * (a rebuild reuses them). HTML and the rest change with every build (the build id is in every
 * page), so they get quality 7: measured on this site, a thirteenth of quality 9's time for 0.6 %
 * more bytes. The window is sized to the file: brotli's default 4 MB window made most of the time
 * go to allocating and clearing memory for files of a few kilobytes.
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

/**
 * One ES module for every page, named by its content (cached for a year like the rest of
 * /_next/static/). It must stay free of React and Next.js: they are what the pages no longer load.
 */
async function bundleBrowserScript(): Promise<string> {
  const result = await build({
    entryPoints: ['components/browser.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['es2022', 'chrome100', 'safari15', 'firefox100'],
    legalComments: 'none',
    write: false,
    metafile: true,
  });
  const framework = Object.keys(result.metafile.inputs).filter((input) => /node_modules\/(react|react-dom|next|next-intl)\//.test(input));
  if (framework.length > 0) throw new Error(`postbuild: the browser module pulls in the framework: ${framework.join(', ')}`);
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('postbuild: esbuild wrote no browser module');
  const name = `browser-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
  const directory = path.join(OUT, ...SITE_SCRIPTS.split('/').filter(Boolean));
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, name), code);
  return `${SITE_SCRIPTS}${name}`;
}

async function main() {
  const started = performance.now();
  const browserScript = await bundleBrowserScript();
  let removed = 0;
  for (const file of walk(OUT)) {
    if (!isRuntimeOnlyFile(path.relative(OUT, file))) continue;
    fs.rmSync(file);
    removed++;
  }
  const files = walk(OUT);
  let pages = 0;
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, withPolicy(withoutClientRuntime(html, browserScript)));
    } catch (error) {
      throw new Error(`postbuild: ${path.relative(OUT, file)}: ${(error as Error).message}`);
    }
    pages++;
  }

  fs.mkdirSync(CACHE, { recursive: true });
  const used = new Set<string>();
  const queue = files.filter((file) => COMPRESSIBLE.has(path.extname(file)));
  let compressed = 0;
  let saved = 0;
  // zlib's async calls run on libuv's thread pool: one lane per core.
  const lanes = Array.from({ length: Math.max(1, os.availableParallelism()) }, async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const body = fs.readFileSync(file);
      if (body.length < 256) continue;
      const result = await compress(file, body, used);
      if (result.gzip.length < body.length) fs.writeFileSync(`${file}.gz`, result.gzip);
      if (result.brotli.length < body.length) fs.writeFileSync(`${file}.br`, result.brotli);
      compressed++;
      saved += body.length - result.brotli.length;
    }
  });
  await Promise.all(lanes);
  // Keep the cache to what this build uses.
  for (const name of fs.readdirSync(CACHE)) if (!used.has(name.replace(/\.(br|gz)$/, ''))) fs.rmSync(path.join(CACHE, name));

  console.log(
    `postbuild: ${pages} pages without the client runtime (${removed} runtime files removed), with ${browserScript} and a Content-Security-Policy; ${compressed} files precompressed (brotli saves ${(saved / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
