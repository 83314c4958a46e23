import fs from 'node:fs';
import path from 'node:path';

/**
 * Checks a built static site (out/): every internal href, src and srcset target exists as a
 * static host would serve it, and every #anchor exists on its page. Absolute URLs on the site's
 * own origin count as internal.
 */

export interface LinkProblem {
  page: string;
  url: string;
  problem: string;
}

const ATTRIBUTE = /\s(href|src|srcset|content)="([^"]*)"/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The file a static host serves for a path, or undefined. */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  const target = path.join(root, decodeURIComponent(urlPath));
  if (!target.startsWith(root)) return undefined;
  if (urlPath.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return fs.existsSync(index) ? index : undefined;
  }
  if (fs.existsSync(target) && fs.statSync(target).isFile()) return target;
  const index = path.join(target, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    const html = fs.readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decodeEntities(match[1] ?? '')));
    cache.set(file, ids);
  }
  return ids;
}

export function checkLinks(root: string, siteOrigin: string): { pages: number; links: number; problems: LinkProblem[] } {
  const base = path.resolve(root);
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Set<string>>();
  let links = 0;
  const files = htmlFiles(base);
  for (const file of files) {
    const pagePath = `/${path.relative(base, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const html = fs.readFileSync(file, 'utf8');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const [, attribute, raw = ''] = match;
      if (attribute === 'content' && !/^(https?:)?\//.test(raw)) continue;
      const values = attribute === 'srcset' ? raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [raw];
      for (const value of values.map(decodeEntities)) {
        if (!value || /^(mailto|tel|data|javascript):/.test(value)) continue;
        let url: URL;
        try {
          url = new URL(value, `${siteOrigin}${pagePath}`);
        } catch {
          problems.push({ page: pagePath, url: value, problem: 'is not a valid URL' });
          continue;
        }
        if (url.origin !== new URL(siteOrigin).origin) continue;
        links++;
        const target = resolveStatic(base, url.pathname);
        if (!target) {
          problems.push({ page: pagePath, url: value, problem: 'leads nowhere (404)' });
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsOf(target, idCache).has(anchor)) {
          problems.push({ page: pagePath, url: value, problem: `has no element with id "${anchor}"` });
        }
      }
    }
  }
  return { pages: files.length, links, problems };
}
