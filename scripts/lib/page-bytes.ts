import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a built page makes the browser download before any interaction, in bytes (gzip). */
export interface PageBytes {
  html: number;
  /** Scripts the page loads (not the nomodule polyfill, which modern browsers skip). */
  javascript: number;
  scripts: number;
}

const gzipCache = new Map<string, number>();

function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export function pageBytes(outDir: string, htmlFile: string): PageBytes {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const sources = new Set(
    [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
      .filter((match) => !/nomodule/i.test(`${match[1]}${match[3]}`))
      .map((match) => match[2] ?? ''),
  );
  let javascript = 0;
  for (const source of sources) javascript += gzipSize(path.join(outDir, source.split('?')[0] ?? ''));
  return { html: gzipSize(htmlFile), javascript, scripts: sources.size };
}
