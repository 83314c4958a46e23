import { describe, expect, it } from 'vitest';
import { isRuntimeOnlyFile, RuntimeLeftError, withoutClientRuntime } from './shipped-html';

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
  it('names the chunks and RSC payloads, not the stylesheets, fonts, robots.txt or data', () => {
    expect(isRuntimeOnlyFile('_next/static/chunks/0a0e9vu1ikqwr.js')).toBe(true);
    expect(isRuntimeOnlyFile('zh/press/index.txt')).toBe(true);
    expect(isRuntimeOnlyFile('zh/press/__next.$d$locale.txt')).toBe(true);
    expect(isRuntimeOnlyFile('_next/static/chunks/1hf2iuc6ixjxx.css')).toBe(false);
    expect(isRuntimeOnlyFile('_next/static/media/space-grotesk.woff2')).toBe(false);
    expect(isRuntimeOnlyFile('robots.txt')).toBe(false);
    expect(isRuntimeOnlyFile('pagefind/pagefind.js')).toBe(false);
    expect(isRuntimeOnlyFile('_next/static/site/browser-abc.js')).toBe(false);
  });
});
