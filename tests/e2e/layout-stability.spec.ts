import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { OUT } from './site';

/**
 * A page painted before its HTML has all arrived must not shift when the rest comes. The server
 * here sends a page's HTML in two parts with a pause between them, cut inside the breadcrumb's
 * current item (as a slow network may cut it), and the browser records every layout shift.
 */

const PAUSE_MS = 700;
const CUT_AFTER = 'aria-current="page"';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

let server: http.Server;
let origin = '';

test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(OUT, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(OUT) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (path.extname(file) !== '.html') {
      response.end(fs.readFileSync(file));
      return;
    }
    let html = fs.readFileSync(file, 'utf8');
    // The control: the page as it was when its first paint waited only for <main> to begin.
    const target = url.searchParams.get('expect');
    if (target) html = html.replace(/<link rel="expect" href="#[^"]+"/, `<link rel="expect" href="#${target}"`);
    // Cut just inside the current item, so the first part ends with it empty.
    const cut = html.indexOf('>', html.indexOf(CUT_AFTER)) + 1;
    if (cut === 0) throw new Error(`${file}: no "${CUT_AFTER}" to cut at`);
    response.write(html.slice(0, cut));
    setTimeout(() => response.end(html.slice(cut)), PAUSE_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The layout shifts of a load, as CLS counts them (not those right after input). */
async function shiftsDuringLoad(page: Page, pathname: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(origin + pathname, { waitUntil: 'load' });
  // Two frames after load: any shift the second part caused has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
}

test.describe('a page whose HTML arrives in two parts', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  for (const pathname of ['/en/gallery/3d-printing-cluster/', '/zh/gallery/3d-printing-cluster/', '/en/figures/invention-patents-per-10k-target-2021/']) {
    test(`${pathname} does not shift`, async ({ page }) => {
      expect(await shiftsDuringLoad(page, pathname)).toBe(0);
    });
  }

  test('the control shifts: painting once <main> has begun, the breadcrumb reflows (the check can fail)', async ({ page }) => {
    expect(await shiftsDuringLoad(page, '/en/gallery/3d-printing-cluster/?expect=main')).toBeGreaterThan(0);
  });
});
