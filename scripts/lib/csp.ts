import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for a static page: scripts only from the site itself plus the exact
 * inline scripts the page carries (by SHA-256 hash), no plugins, no framing (sent as a header:
 * frame-ancestors cannot be set by <meta>).
 */

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
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

/** Puts the policy in a <meta> at the very top of <head>, before any script it governs. */
export function withPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}">`;
  const head = /<head[^>]*>/.exec(html);
  if (!head) throw new Error('withPolicy: the page has no <head>');
  const charset = /<meta charset="[^"]*"\s*\/?>/.exec(html);
  const at = charset && charset.index > head.index ? charset.index + charset[0].length : head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
