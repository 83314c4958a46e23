/**
 * What a page costs a visitor: loads it in Chromium at a phone viewport (390×844, DPR 3, like an
 * iPhone), scrolls to the end so lazy pictures load, and sums the bytes by kind. JavaScript and
 * HTML are also given gzip-compressed, as a server would send them.
 *   npx tsx scripts/page-weight.ts /zh/ /en/gallery/      (the site must be served: npm start)
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/chromium';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/zh/', '/en/'];

async function main() {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  console.log('page                 | images KB | JS KB (gzip) | HTML KB (gzip) | CSS KB | fonts KB | total KB');
  for (const path of pages) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const bytes = { image: 0, script: 0, scriptGzip: 0, document: 0, documentGzip: 0, stylesheet: 0, font: 0, other: 0 };
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      const body = await response.body().catch(() => Buffer.alloc(0));
      if (type === 'image') bytes.image += body.length;
      else if (type === 'script') {
        bytes.script += body.length;
        bytes.scriptGzip += gzipSync(body).length;
      } else if (type === 'document') {
        bytes.document += body.length;
        bytes.documentGzip += gzipSync(body).length;
      } else if (type === 'stylesheet') bytes.stylesheet += body.length;
      else if (type === 'font') bytes.font += body.length;
      else bytes.other += body.length;
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const kb = (value: number) => (value / 1024).toFixed(1).padStart(6);
    const total = bytes.image + bytes.scriptGzip + bytes.documentGzip + bytes.stylesheet + bytes.font + bytes.other;
    console.log(
      `${path.padEnd(20)} | ${kb(bytes.image)}    | ${kb(bytes.scriptGzip)}       | ${kb(bytes.documentGzip)}         | ${kb(bytes.stylesheet)} | ${kb(bytes.font)}   | ${kb(total)}`,
    );
    await context.close();
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
