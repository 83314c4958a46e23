import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/**
 * What Next.js cannot do for this site's static export, in one module: pages without the client
 * runtime, each with its own Content-Security-Policy, and the site's one browser module in its
 * place. React renders every page at build; the few things that need a script (copy, search,
 * lightbox, …) are small DOM modules bundled into one file (components/browser.ts). Next.js has
 * no switch for this in the App Router, so its export is taken as it is written and what only the
 * runtime needs is removed: the chunk scripts, their preloads, the inline RSC payload it would
 * hydrate from, and the files only client navigation reads. Anything else of the runtime's that
 * a new Next.js version adds stops the build. Run by Next.js's own hook (scripts/next-adapter.mjs:
 * onBuildComplete, through scripts/finish-export.ts), on the export before it is published.
 */

/** Where the site's own module is written. */
export const SITE_SCRIPTS = '/_next/static/site/';

const RUNTIME_SCRIPT_TAG = /<script\b[^>]*\ssrc="\/_next\/static\/[^"]*\.js"[^>]*>\s*<\/script>/g;
const RUNTIME_PRELOAD = /<link\b(?=[^>]*\srel="(?:preload|modulepreload)")(?=[^>]*\shref="\/_next\/static\/[^"]*\.js")[^>]*>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
/** Inline scripts that feed the runtime: the RSC payload and the bundler's chunk list. */
const RUNTIME_INLINE = /^\s*\(?\s*(?:self\.__next_f\b|\(?globalThis\["TURBOPACK"\])/;
/** Marks of the runtime that must not survive: if one does, this module needs updating. */
const RUNTIME_MARKS = [/__next_f/, /TURBOPACK/, /\/_next\/static\/(?!site\/|media\/)[^"'\s]*\.js\b/, /\$R[CSX]\(/];

export class RuntimeLeftError extends Error {}

/**
 * Removes the client runtime from one page Next.js exported and adds the site's own module
 * script. A page Next.js did not make (the language chooser at "/") is left as it is.
 */
export function withoutClientRuntime(html: string, browserScript: string): string {
  if (!html.includes('/_next/static/') || html.includes(`<script type="module" src="${SITE_SCRIPTS}`)) return html;
  let page = html.replace(RUNTIME_SCRIPT_TAG, '').replace(RUNTIME_PRELOAD, '');
  page = page.replace(INLINE_SCRIPT, (tag, _attributes: string, body: string) => (RUNTIME_INLINE.test(body) ? '' : tag));
  const left = runtimeMark(page);
  if (left) throw new RuntimeLeftError(`the client runtime is still in the page (${left})`);
  if (!page.includes('</head>')) throw new RuntimeLeftError('the page has no </head>');
  return page.replace('</head>', `<script type="module" src="${browserScript}"></script></head>`);
}

/** The first mark of the runtime in a text, with where it is; undefined when there is none. */
export function runtimeMark(text: string): string | undefined {
  for (const mark of RUNTIME_MARKS) {
    const found = mark.exec(text);
    if (found) return `${mark.source} near "${text.slice(Math.max(0, found.index - 60), found.index + 60)}"`;
  }
  return undefined;
}

/** Files of the export only the client runtime reads: its chunks, its build manifests and the RSC payloads. */
export function isRuntimeOnlyFile(relativePath: string): boolean {
  const file = relativePath.split(/[\\/]/).join('/');
  if (/^_next\/static\/chunks\/.*\.js$/.test(file)) return true;
  // _next/static/<build id>/_buildManifest.js, _ssgManifest.js, _clientMiddlewareManifest.js
  if (/^_next\/static\/[^/]+\/_[A-Za-z]+Manifest\.js$/.test(file)) return true;
  const name = file.split('/').at(-1) ?? '';
  return name.endsWith('.txt') && (name === 'index.txt' || name.startsWith('__next.'));
}

// ── Content-Security-Policy ────────────────────────────────────────────────────────────────

const NOT_JAVASCRIPT = /\stype="(?!text\/javascript|module)[^"]*"/;

/** SHA-256 hashes ('sha256-…') of the page's executable inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const [, attributes = '', body = ''] = match;
    if (NOT_JAVASCRIPT.test(attributes)) continue; // JSON-LD and other data blocks do not run
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * Scripts only from the site itself plus the exact inline scripts the page carries (by hash), no
 * plugins, no framing (frame-ancestors cannot be set by <meta>: deploy/security-headers.conf sends it).
 */
export function pagePolicy(hashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // wasm-unsafe-eval: the search index (Pagefind) runs WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // Inline style attributes carry image placeholders and the print origin.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Puts the policy in a <meta> right after the character encoding (which must come first, within
 * the first 1024 bytes) and before any script it governs. React writes `<meta charSet="utf-8"/>`.
 */
export function withPolicy(html: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}">`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('withPolicy: the page has no <head>');
  const charset = /<meta\s+charset="[^"]*"\s*\/?>/i.exec(html);
  const at = charset && charset.index > head.index ? charset.index + charset[0].length : head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

// ── The export as a whole ──────────────────────────────────────────────────────────────────

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** How the browser module is bundled, for the build and for `npm run dev` alike. */
export const BROWSER_MODULE_BUILD = {
  entryPoints: ['components/browser.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2022', 'chrome100', 'safari15', 'firefox100'],
  legalComments: 'none',
} satisfies BuildOptions;

/**
 * One ES module for every page, named by its content (cached for a year like the rest of
 * /_next/static/). It must stay free of React and Next.js: they are what the pages no longer load.
 */
export async function bundleBrowserModule(): Promise<{ name: string; code: Uint8Array }> {
  const result = await build({ ...BROWSER_MODULE_BUILD, write: false, metafile: true });
  const framework = Object.keys(result.metafile.inputs).filter((input) =>
    /node_modules\/(react|react-dom|next|next-intl|use-intl)\//.test(input),
  );
  if (framework.length > 0) throw new Error(`the browser module pulls in the framework: ${framework.join(', ')}`);
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild wrote no browser module');
  return { name: `${SITE_SCRIPTS}browser-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`, code };
}

/**
 * Makes an export runtime-free: every page is transformed in memory first, and the folder is
 * changed only when all of them succeeded. Returns what it did, for the build's log.
 */
export async function finishExport(dir: string): Promise<{ pages: number; removed: number; module: string }> {
  const browserModule = await bundleBrowserModule();
  const files = filesUnder(dir);
  const pages = new Map<string, string>();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    try {
      pages.set(file, withPolicy(withoutClientRuntime(fs.readFileSync(file, 'utf8'), browserModule.name)));
    } catch (error) {
      throw new Error(`${path.relative(dir, file)}: ${(error as Error).message}`, { cause: error });
    }
  }
  for (const [file, html] of pages) fs.writeFileSync(file, html);
  const runtimeOnly = files.filter((file) => isRuntimeOnlyFile(path.relative(dir, file)));
  for (const file of runtimeOnly) fs.rmSync(file);
  removeEmptyFolders(path.join(dir, '_next'));
  const target = path.join(dir, ...browserModule.name.split('/').filter(Boolean));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, browserModule.code);
  return { pages: pages.size, removed: runtimeOnly.length, module: browserModule.name };
}

function removeEmptyFolders(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** Every file of an export where something of the client runtime is left (a file, or a mark in a text file). */
export function runtimeRemnants(dir: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (/\.(br|gz)$/.test(relative)) continue;
    if (isRuntimeOnlyFile(relative)) {
      problems.push(`${relative}: a file only the client runtime reads`);
      continue;
    }
    // The search engine's own files, and the site's module, are not Next.js's.
    if (relative.startsWith('pagefind/') || relative.startsWith(SITE_SCRIPTS.slice(1))) continue;
    if (!/\.(html|js|json|txt|xml|css|svg)$/.test(relative)) continue;
    const mark = runtimeMark(fs.readFileSync(file, 'utf8'));
    if (mark) problems.push(`${relative}: ${mark}`);
  }
  return problems;
}
