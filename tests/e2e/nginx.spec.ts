import { expect, test, type APIRequestContext } from '@playwright/test';
import { nginxPort } from '../../playwright.config';
import { LOCALES, representativePagesOf } from './site';

/** deploy/nginx.conf, run by real nginx on loopback (scripts/nginx-server.ts) against out/. */
const base = `http://127.0.0.1:${nginxPort}`;

async function head(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  return request.get(base + path, { headers, maxRedirects: 0 });
}

const SECURITY_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
];

test.describe('nginx', () => {
  test('negotiates the language at / from Accept-Language, Chinese otherwise', async ({ request }) => {
    for (const [accept, target] of [
      ['en-GB,en;q=0.9', '/en/'],
      ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
      ['fr-FR, en;q=0.8', '/en/'],
      ['fr, zh;q=0.9, en;q=0.8', '/zh/'],
      ['de', '/zh/'],
      ['', '/zh/'],
    ] as const) {
      const response = await head(request, '/', accept ? { 'Accept-Language': accept } : {});
      expect(response.status(), accept).toBe(302);
      expect(response.headers()['location'], accept).toBe(target);
      expect(response.headers()['vary']).toContain('Accept-Language');
    }
  });

  test('redirects a folder to its slash, serves pages, and answers unknown URLs with the 404 page', async ({ request }) => {
    const redirect = await head(request, '/en/platforms');
    expect(redirect.status()).toBe(301);
    expect(redirect.headers()['location']).toBe('/en/platforms/');
    const page = await head(request, '/en/platforms/');
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('<html lang="en"');
    const missing = await head(request, '/zh/no-such-page/');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toContain('text/html');
    expect(await missing.text()).toContain('Page not found');
  });

  test('sends every kind of file with its MIME type', async ({ request }) => {
    const html = await (await head(request, '/zh/')).text();
    const find = (pattern: RegExp) => pattern.exec(html)?.[1] ?? '';
    const cases: Array<[string, string]> = [
      ['/zh/', 'text/html; charset=utf-8'],
      [find(/href="(\/_next\/static\/[^"]+\.css)"/), 'text/css'],
      [find(/src="(\/_next\/static\/[^"]+\.js)"/), 'application/javascript'],
      [find(/srcSet="(\/img\/[^" ]+\.avif)/i), 'image/avif'],
      [find(/srcSet="(\/img\/[^" ]+\.webp)/i), 'image/webp'],
      ['/icon.svg', 'image/svg+xml'],
      ['/data/figures.csv', 'text/csv; charset=utf-8'],
      ['/data/figures.json', 'application/json'],
      ['/sitemap.xml', 'text/xml'],
      ['/zh/feed.xml', 'text/xml'],
      ['/robots.txt', 'text/plain'],
      ['/og/zh/home.jpg', 'image/jpeg'],
      ['/zh/figures/charts/high-tech-enterprises.png', 'image/png'],
      ['/pagefind/pagefind.js', 'application/javascript'],
    ];
    for (const [path, type] of cases) {
      expect(path, type).not.toBe('');
      const response = await head(request, path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toContain(type);
    }
  });

  test('caches hashed files for a year and revalidates everything else', async ({ request }) => {
    const html = await (await head(request, '/en/')).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    const image = /srcSet="(\/img\/[^" ]+\.avif)/i.exec(html)?.[1] ?? '';
    for (const path of [script, image]) {
      expect((await head(request, path)).headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/en/', '/en/figures/', '/data/figures.csv', '/pagefind/pagefind.js', '/sitemap.xml']) {
      expect((await head(request, path)).headers()['cache-control'], path).toBe('no-cache');
    }
    const page = await head(request, '/en/figures/');
    expect(page.headers()['etag'] ?? page.headers()['last-modified']).toBeTruthy();
  });

  test('serves the brotli and gzip files made at build', async ({ request }) => {
    const html = await (await head(request, '/zh/')).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    for (const path of ['/zh/', '/zh/figures/', script, '/data/figures.json']) {
      const brotli = await head(request, path, { 'Accept-Encoding': 'br' });
      expect(brotli.headers()['content-encoding'], path).toBe('br');
      expect(brotli.headers()['vary'], path).toContain('Accept-Encoding');
      const gzip = await head(request, path, { 'Accept-Encoding': 'gzip' });
      expect(gzip.headers()['content-encoding'], path).toBe('gzip');
      const plain = await head(request, path, { 'Accept-Encoding': 'identity' });
      expect(plain.headers()['content-encoding'], path).toBeUndefined();
    }
  });

  test('sends the security headers with pages, redirects and errors', async ({ request }) => {
    for (const path of ['/zh/', '/', '/en/platforms', '/zh/no-such-page/', '/data/figures.csv']) {
      const response = await head(request, path, { 'Accept-Language': 'en' });
      for (const name of SECURITY_HEADERS) expect(response.headers()[name], `${path} ${name}`).toBeTruthy();
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers()['server']).toBe('nginx');
    }
  });

  for (const locale of LOCALES) {
    test(`every kind of ${locale} page loads through nginx with no CSP violation or console error`, async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
          problems.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      for (const path of representativePagesOf(locale)) {
        const response = await page.goto(`${base}/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        await page.waitForLoadState('networkidle');
      }
      // Search runs WebAssembly from /pagefind/: allowed by the page's policy.
      await page.goto(`${base}/${locale}/search/?q=${locale === 'zh' ? '专利' : 'patent'}`);
      await expect(page.locator('main ol li').first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});
