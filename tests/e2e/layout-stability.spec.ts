import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createStaticServer } from '../../scripts/serve';
import { layoutShiftTotal, OUT, recordLayoutShifts } from './site';

/**
 * A page must not paint before its HTML has all arrived and then shift when the rest comes. The
 * server here sends a page's HTML in two parts, cut inside the breadcrumb's current item (as a slow
 * network may cut it), and holds the second part until the test releases it.
 */

const MAIN = 'id="main"';
const CURRENT_ITEM = 'aria-current="page"';

let server: http.Server;
let origin = '';
const heldParts = new Map<string, () => void>();

/**
 * The page's HTML cut just inside the breadcrumb's current item (the first current item in
 * <main>; the header's menu has its own before it), the first part ending with the item empty.
 */
function cutInsideBreadcrumb(html: string, file: string): [string, string] {
  const main = html.indexOf(MAIN);
  const current = main === -1 ? -1 : html.indexOf(CURRENT_ITEM, main);
  if (current === -1) throw new Error(`${file}: no current item in <main> to cut at`);
  const cut = html.indexOf('>', current) + 1;
  return [html.slice(0, cut), html.slice(cut)];
}

test.beforeAll(async () => {
  const files = createStaticServer(OUT);
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Pages (`/…/`) come in two parts; everything else as the static host serves it.
    if (!url.pathname.endsWith('/')) {
      files.emit('request', request, response);
      return;
    }
    try {
      const file = path.join(OUT, url.pathname, 'index.html');
      if (path.relative(OUT, file).startsWith('..')) throw new Error(`${url.pathname}: outside out/`);
      let html = fs.readFileSync(file, 'utf8');
      // The control: the page as it was when its first paint waited only for <main>.
      const target = url.searchParams.get('expect');
      if (target) html = html.replace(/<link rel="expect" href="#[^"]+"/, `<link rel="expect" href="#${target}"`);
      const [first, rest] = cutInsideBreadcrumb(html, file);
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(first);
      heldParts.set(url.pathname + url.search, () => response.end(rest));
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Polls in page time, not animation frames: a render-blocked page draws no frames. */
const poll = { polling: 50 } as const;
const hasPainted = (page: Page) => page.evaluate(() => performance.getEntriesByType('paint').length > 0);

/**
 * Opens the page with its first part only, runs `meanwhile`, sends the rest, and returns the
 * layout shifts of the whole load, once the page has painted.
 */
async function loadInTwoParts(page: Page, pathname: string, meanwhile: () => Promise<void>): Promise<number> {
  await recordLayoutShifts(page);
  await page.goto(origin + pathname, { waitUntil: 'commit' });
  // The stylesheets of the first part have loaded: from now on only render-blocking holds a paint.
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null),
    null,
    poll,
  );
  await meanwhile();
  const release = heldParts.get(pathname);
  if (!release) throw new Error(`${pathname}: the server holds no second part`);
  release();
  await page.waitForLoadState('load');
  await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, poll);
  return layoutShiftTotal(page);
}

test.describe('a page whose HTML arrives in two parts', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  for (const pathname of [
    '/en/gallery/3d-printing-cluster/',
    '/zh/gallery/3d-printing-cluster/',
    '/en/figures/invention-patents-per-10k-target-2021/',
  ]) {
    test(`${pathname} paints only once it has all arrived, then does not shift`, async ({ page }) => {
      const shifts = await loadInTwoParts(page, pathname, async () => {
        // Long enough for a paint: the control below paints within a frame or two of this point.
        await page.waitForTimeout(500);
        expect(await hasPainted(page)).toBe(false);
      });
      expect(shifts).toBe(0);
    });
  }

  test('the control, painting as soon as <main> has begun, paints half-way and shifts (so the check can fail)', async ({ page }) => {
    const shifts = await loadInTwoParts(page, '/en/gallery/3d-printing-cluster/?expect=main', async () => {
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, poll);
    });
    expect(shifts).toBeGreaterThan(0);
  });
});
