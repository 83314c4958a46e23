import { expect, test } from '@playwright/test';
import { sectionSlugs } from './site';

test.describe('language switch', () => {
  test('keeps the reader on the same page and section anchor', async ({ page }) => {
    await page.goto('/zh/platforms/');
    const firstHeading = page.locator('.prose-article h2').first();
    const anchor = await firstHeading.getAttribute('id');
    expect(anchor).toBeTruthy();
    await page.goto('about:blank');
    await page.goto(`/zh/platforms/#${anchor}`);
    const english = page.locator('header').getByRole('link', { name: 'English' });
    // The link follows the anchor once scripts run (without them it leads to the page top).
    await expect(english).toHaveAttribute('href', `/en/platforms/#${anchor}`);
    await english.click();
    await expect(page).toHaveURL(`/en/platforms/#${anchor}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(`#${anchor}`)).toBeVisible();

    const chinese = page.locator('header').getByRole('link', { name: '中文' });
    await expect(chinese).toHaveAttribute('href', `/zh/platforms/#${anchor}`);
    await chinese.click();
    await expect(page).toHaveURL(`/zh/platforms/#${anchor}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('points at the same page in the other language in the HTML itself (no JavaScript needed)', async ({ page }) => {
    for (const slug of sectionSlugs()) {
      await page.goto(`/en/${slug}/`);
      await expect(page.locator('header a[hreflang="zh-CN"]').first()).toHaveAttribute('href', `/zh/${slug}/`);
    }
  });
});

test.describe('root /', () => {
  test('sends an English browser to /en/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await context.close();
  });

  test('sends a Chinese browser to /zh/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
    await context.close();
  });

  test('sends any other browser to Chinese', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
    await context.close();
  });

  test('without JavaScript, redirects to Chinese and links both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get('/');
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/zh/">');
    expect(html).toContain('href="/zh/"');
    expect(html).toContain('href="/en/"');
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
    await context.close();
  });
});

test.describe('404', () => {
  test('unknown URLs answer 404 with a way back in both languages', async ({ page }) => {
    const response = await page.goto('/zh/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '页面未找到' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the English home page' }).click();
    await expect(page).toHaveURL('/en/');
  });

  test('a folder without its slash is redirected, as static hosts do', async ({ request }) => {
    const response = await request.get('/zh/platforms', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/zh/platforms/');
  });
});

test.describe('phone navigation', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the menu opens, leads to a section, and closes', async ({ page }) => {
    await page.goto('/zh/');
    const menu = page.locator('header details').filter({ has: page.locator('summary', { hasText: '菜单' }) });
    await menu.locator('summary').click();
    const link = menu.getByRole('link', { name: '科创平台' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL('/zh/platforms/');
    await expect(page.locator('h1')).toHaveText('这里，有众多的科创平台');
    await expect(menu).not.toHaveAttribute('open', '');
    await menu.locator('summary').click();
    await expect(menu.getByRole('link', { name: '科创平台' })).toHaveAttribute('aria-current', 'page');
  });

  test('the skip link reaches the main content by keyboard', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe('desktop navigation', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a dropdown opens, marks the current page, and closes on Escape and outside clicks', async ({ page }) => {
    await page.goto('/en/resources/');
    await page.waitForLoadState('networkidle');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const group = nav.locator('details').first();
    await group.locator('summary').click();
    await expect(group.getByRole('link', { name: 'Resources' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Escape');
    await expect(group).not.toHaveAttribute('open', '');
    await expect(group.locator('summary')).toBeFocused();
    await group.locator('summary').click();
    await page.locator('main h1').click();
    await expect(group).not.toHaveAttribute('open', '');
    await group.locator('summary').click();
    await group.getByRole('link', { name: 'Platforms' }).click();
    await expect(page).toHaveURL('/en/platforms/');
  });
});

test.describe('enterprises directory', () => {
  test('filters by a facet, says how many show, and clears', async ({ page }) => {
    await page.goto('/en/enterprises/');
    const items = page.locator('#directory [data-entry]');
    const total = await items.count();
    const filter = page.getByRole('search', { name: 'Filters' });
    const status = filter.getByRole('status');
    await expect(status).toHaveText(`Showing ${total} entries`);
    const reset = filter.getByRole('button', { name: 'Clear filters' });
    await expect(reset).toBeHidden();

    const option = filter.locator('fieldset').first().getByRole('button').nth(1);
    const industry = await option.getAttribute('value');
    await option.click();
    await expect(option).toHaveAttribute('aria-pressed', 'true');
    await expect(filter.locator('fieldset').first().getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'false');
    const shown = page.locator('#directory [data-entry]:visible');
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    for (const entry of await shown.all()) expect((await entry.getAttribute('data-industry'))?.split(' ')).toContain(industry);
    await expect(status).toHaveText(count === 1 ? 'Showing 1 entry' : `Showing ${count} entries`);

    await reset.click();
    await expect(page.locator('#directory [data-entry]:visible')).toHaveCount(total);
    await expect(reset).toBeHidden();
  });

  test('without JavaScript every entry shows and the filter is hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/enterprises/');
    await expect(page.getByRole('search')).toBeHidden();
    expect(await page.locator('#directory [data-entry]:visible').count()).toBe(await page.locator('#directory [data-entry]').count());
    await context.close();
  });
});
