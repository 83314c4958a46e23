/**
 * After `next build` and Pagefind: gives every page its Content-Security-Policy (hashes of its
 * own inline scripts) and writes gzip and brotli copies of text files beside them, for hosts
 * that serve precompressed files (nginx gzip_static / brotli_static; see deploy/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { withPolicy } from '../lib/csp';

const OUT = path.resolve(process.argv[2] ?? 'out');
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt', '.csv', '.wasm', '.webmanifest']);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const started = performance.now();
const files = walk(OUT);
let pages = 0;
for (const file of files.filter((name) => name.endsWith('.html'))) {
  fs.writeFileSync(file, withPolicy(fs.readFileSync(file, 'utf8')));
  pages++;
}
let compressed = 0;
let saved = 0;
for (const file of files) {
  if (!COMPRESSIBLE.has(path.extname(file)) || file.endsWith('.gz') || file.endsWith('.br')) continue;
  const body = fs.readFileSync(file);
  if (body.length < 256) continue;
  const gzip = gzipSync(body, { level: 9 });
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (gzip.length < body.length) fs.writeFileSync(`${file}.gz`, gzip);
  if (brotli.length < body.length) fs.writeFileSync(`${file}.br`, brotli);
  compressed++;
  saved += body.length - brotli.length;
}
console.log(
  `postbuild: Content-Security-Policy on ${pages} pages; ${compressed} files precompressed (brotli saves ${(saved / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
