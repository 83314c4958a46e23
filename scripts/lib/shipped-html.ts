/**
 * The pages ship without the Next.js/React client runtime: React renders every page at build
 * time, and the few things that need a script (copy, search, lightbox, …) are small DOM modules
 * bundled into one file (components/browser.ts). Next.js has no switch for this in the App
 * Router, so the build takes its output and removes what only the runtime needs: the chunk
 * scripts, their preloads, and the inline RSC payload it would hydrate from (as large as the
 * page itself). What is left must be the page, the site's own inline scripts and data blocks:
 * anything else of the runtime's that a new Next.js version adds stops the build.
 */

const RUNTIME_SCRIPT_TAG = /<script\b[^>]*\ssrc="\/_next\/static\/[^"]*\.js"[^>]*>\s*<\/script>/g;
const RUNTIME_PRELOAD = /<link\b(?=[^>]*\srel="(?:preload|modulepreload)")(?=[^>]*\shref="\/_next\/static\/[^"]*\.js")[^>]*>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
/** Inline scripts that feed the runtime: the RSC payload and the bundler's chunk list. */
const RUNTIME_INLINE = /^\s*\(?\s*(?:self\.__next_f\b|\(?globalThis\["TURBOPACK"\])/;
/** Marks of the runtime that must not survive: if one does, this module needs updating. */
const RUNTIME_MARKS = [/__next_f/, /TURBOPACK/, /\/_next\/static\/(?!site\/)[^"'\s]*\.js\b/, /\$R[CSX]\(/];

/** Where the site's own module is written (by scripts/postbuild.ts). */
export const SITE_SCRIPTS = '/_next/static/site/';

export class RuntimeLeftError extends Error {}

/**
 * Removes the client runtime from one page Next.js exported and adds the site's own module
 * script. A page Next.js did not make (public/index.html, the language chooser) is left as is.
 */
export function withoutClientRuntime(html: string, browserScript: string): string {
  if (!html.includes('/_next/static/') || html.includes(`<script type="module" src="${SITE_SCRIPTS}`)) return html;
  let page = html.replace(RUNTIME_SCRIPT_TAG, '').replace(RUNTIME_PRELOAD, '');
  page = page.replace(INLINE_SCRIPT, (tag, body: string) => (RUNTIME_INLINE.test(body) ? '' : tag));
  for (const mark of RUNTIME_MARKS) {
    const found = mark.exec(page);
    if (found) {
      const near = page.slice(Math.max(0, found.index - 60), found.index + 60);
      throw new RuntimeLeftError(`the client runtime is still in the page (${mark.source} near "${near}")`);
    }
  }
  if (!page.includes('</head>')) throw new RuntimeLeftError('the page has no </head>');
  return page.replace('</head>', `<script type="module" src="${browserScript}"></script></head>`);
}

/** Files of the export only the client runtime reads: its chunks and the RSC payloads. */
export function isRuntimeOnlyFile(relativePath: string): boolean {
  const file = relativePath.split(/[\\/]/).join('/');
  if (/^_next\/static\/chunks\/.*\.js$/.test(file)) return true;
  const name = file.split('/').at(-1) ?? '';
  return name.endsWith('.txt') && (name === 'index.txt' || name.startsWith('__next.'));
}
