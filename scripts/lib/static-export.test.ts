import fs from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  finishExport,
  inlineScriptHashes,
  isRuntimeOnlyFile,
  pagePolicy,
  RuntimeLeftError,
  runtimeRemnants,
  withoutClientRuntime,
  withPolicy,
} from './static-export';

// The shape of a page as `next build` exports it (Next.js 16, Turbopack), shortened.
const exported = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1hf2iuc6ixjxx.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0a0e9vu1ikqwr.js"/>',
  '<script src="/_next/static/chunks/0a0e9vu1ikqwr.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  "<script>document.documentElement.classList.add('js')</script>",
  '<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>',
  '</head><body><main id="main"><h1>湘潭高新区</h1></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '</body></html>',
].join('');

describe('withoutClientRuntime', () => {
  const shipped = withoutClientRuntime(exported, '/_next/static/site/browser-abc.js');

  it('removes the runtime scripts, their preloads and the RSC payload', () => {
    expect(shipped).not.toMatch(/0a0e9vu1ikqwr|0cz1d0mv5g_q7|__next_f|TURBOPACK/);
  });

  it('keeps the page, its stylesheet, its own inline script and its data blocks', () => {
    expect(shipped).toContain('<h1>湘潭高新区</h1>');
    expect(shipped).toContain('/_next/static/chunks/1hf2iuc6ixjxx.css');
    expect(shipped).toContain("<script>document.documentElement.classList.add('js')</script>");
    expect(shipped).toContain('<script type="application/ld+json">');
  });

  it('adds the site script as a module at the end of <head>', () => {
    expect(shipped).toContain('<script type="module" src="/_next/static/site/browser-abc.js"></script></head>');
  });

  it('leaves a page it has done before as it is', () => {
    expect(withoutClientRuntime(shipped, '/_next/static/site/browser-def.js')).toBe(shipped);
  });

  it('leaves a page Next.js did not make as it is', () => {
    const chooser = '<!doctype html><html><head><script>location.replace("/zh/")</script></head><body></body></html>';
    expect(withoutClientRuntime(chooser, '/x.js')).toBe(chooser);
  });

  it('stops when something of the runtime it does not know survives', () => {
    const unknown = exported.replace('</body>', '<script>$RC("B:0","S:0")</script></body>');
    expect(() => withoutClientRuntime(unknown, '/x.js')).toThrow(RuntimeLeftError);
    const withModule = exported.replace('</head>', '<script type="module" src="/_next/static/chunks/new.js"></script></head>');
    expect(() =>
      withoutClientRuntime(
        withModule.replace(/<script type="module"[^>]*><\/script>/, '<link rel="prefetch" href="/_next/static/chunks/new.js">'),
        '/x.js',
      ),
    ).toThrow(RuntimeLeftError);
  });
});

describe('isRuntimeOnlyFile', () => {
  it('names the chunks, build manifests and RSC payloads, not the stylesheets, fonts, robots.txt or data', () => {
    expect(isRuntimeOnlyFile('_next/static/chunks/0a0e9vu1ikqwr.js')).toBe(true);
    expect(isRuntimeOnlyFile('zh/press/index.txt')).toBe(true);
    expect(isRuntimeOnlyFile('zh/press/__next.$d$locale.txt')).toBe(true);
    expect(isRuntimeOnlyFile('_next/static/chunks/1hf2iuc6ixjxx.css')).toBe(false);
    expect(isRuntimeOnlyFile('_next/static/media/space-grotesk.woff2')).toBe(false);
    expect(isRuntimeOnlyFile('robots.txt')).toBe(false);
    expect(isRuntimeOnlyFile('pagefind/pagefind.js')).toBe(false);
    expect(isRuntimeOnlyFile('_next/static/site/browser-abc.js')).toBe(false);
    expect(isRuntimeOnlyFile('_next/static/r-5LOXHFS2FpYjTK_aA8S/_buildManifest.js')).toBe(true);
    expect(isRuntimeOnlyFile('_next/static/r-5LOXHFS2FpYjTK_aA8S/_ssgManifest.js')).toBe(true);
  });
});

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/a.js"></script><script>one()</script><script type="application/ld+json">{"a":1}</script></head><body><script>self.x=1</script></body></html>`;

  it('hashes every executable inline script, and only those', () => {
    expect(inlineScriptHashes(html)).toEqual([hash('one()'), hash('self.x=1')]);
  });

  it('puts the policy right after the charset, before any script', () => {
    const out = withPolicy(html);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('one()')} ${hash('self.x=1')}`);
    expect(withPolicy(out)).toBe(out);
  });

  it('puts it after the charset as React writes it (<meta charSet="utf-8"/>), which must stay first', () => {
    // The head as the site's layout renders it: React's own markup, not a hand-written string.
    const page = `<!DOCTYPE html>${renderToStaticMarkup(
      h(
        'html',
        { lang: 'zh-CN' },
        h('head', null, h('meta', { charSet: 'utf-8' }), h('script', { dangerouslySetInnerHTML: { __html: 'one()' } })),
        h('body'),
      ),
    )}`;
    expect(page).toContain('<meta charSet="utf-8"/>');
    const out = withPolicy(page);
    expect(out.indexOf('charSet')).toBeLessThan(out.indexOf('Content-Security-Policy'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
  });

  it('allows nothing from elsewhere', () => {
    const policy = pagePolicy([]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval;');
    expect(policy).not.toMatch(/https?:/);
  });
});

describe('an export made runtime-free', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });
  const exportWith = (pages: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    folders.push(dir);
    for (const [file, text] of Object.entries(pages)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  };

  it('transforms every page, removes what only the runtime reads and leaves nothing of it', async () => {
    const dir = exportWith({
      'zh/index.html': exported,
      'zh/index.txt': '0:["$"]',
      '_next/static/chunks/0a0e9vu1ikqwr.js': 'self.TURBOPACK=1',
      '_next/static/b1/_buildManifest.js': 'self.__BUILD_MANIFEST={}',
      'robots.txt': 'User-agent: *',
    });
    expect(runtimeRemnants(dir).length).toBeGreaterThan(2);
    const done = await finishExport(dir);
    expect(done.pages).toBe(1);
    expect(done.removed).toBe(3);
    expect(runtimeRemnants(dir)).toEqual([]);
    const page = fs.readFileSync(path.join(dir, 'zh', 'index.html'), 'utf8');
    expect(page).toContain(`<script type="module" src="${done.module}"></script>`);
    expect(page).toContain('Content-Security-Policy');
    expect(fs.existsSync(path.join(dir, ...done.module.split('/').filter(Boolean)))).toBe(true);
    expect(fs.existsSync(path.join(dir, '_next', 'static', 'b1'))).toBe(false);
  });

  it('changes nothing when one page cannot be made runtime-free, and names it', async () => {
    const dir = exportWith({
      'en/index.html': exported,
      'zh/index.html': exported.replace('</body>', '<script>$RC("B:0")</script></body>'),
    });
    await expect(finishExport(dir)).rejects.toThrow(/zh\/index\.html: the client runtime is still in the page/);
    expect(fs.readFileSync(path.join(dir, 'en', 'index.html'), 'utf8')).toBe(exported);
  });
});
