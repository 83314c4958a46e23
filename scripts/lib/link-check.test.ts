import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from './link-check';

const temporary: string[] = [];
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  temporary.push(dir);
  for (const [name, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), html);
  }
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkLinks', () => {
  it('accepts links that resolve as a static host serves them, with their anchors', () => {
    const dir = site({
      'index.html':
        '<a href="/zh/">zh</a><a href="/zh/a/#part">a</a><img src="/img/x.png" srcset="/img/x.png 1x, /img/x.png 2x"><a href="https://example.org/zh/a/">abs</a><a href="https://other.org/">ext</a>',
      'zh/index.html': '<a href="a/">relative</a><a href="#top" id="top">top</a>',
      'zh/a/index.html': '<h2 id="part">Part</h2>',
      'img/x.png': 'png',
    });
    const result = checkLinks(dir, 'https://example.org');
    expect(result.problems).toEqual([]);
    expect(result.links).toBe(8);
  });

  it('reports a missing page, a missing file and a missing anchor', () => {
    const dir = site({
      'index.html': '<a href="/zh/nowhere/">x</a><img src="/img/gone.png"><a href="/zh/#missing">y</a>',
      'zh/index.html': '<p id="here">here</p>',
    });
    expect(checkLinks(dir, 'https://example.org').problems).toEqual([
      { page: '/', url: '/zh/nowhere/', problem: 'leads nowhere (404)' },
      { page: '/', url: '/img/gone.png', problem: 'leads nowhere (404)' },
      { page: '/', url: '/zh/#missing', problem: 'has no element with id "missing"' },
    ]);
  });
});
