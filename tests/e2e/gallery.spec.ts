import { expect, test } from '@playwright/test';
import { layoutShiftTotal, recordLayoutShifts } from './site';

test.describe('gallery', () => {
  test('the lightbox works by keyboard: open, ←/→, Esc, focus returned', async ({ page }) => {
    await page.goto('/en/gallery/');
    const thumbnails = page.locator('#gallery a[data-lightbox]');
    await expect(thumbnails).toHaveCount(6);
    await expect(page.locator('#gallery[data-lightbox-ready]')).toHaveCount(1);
    await thumbnails.first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Picture viewer' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(dialog).toContainText('1 of 6');
    await expect(dialog).toContainText('Xiangtan High-tech Zone, standing on the bank of the Xiang River.');
    await page.keyboard.press('ArrowRight');
    await expect(dialog).toContainText('2 of 6');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(dialog).toContainText('6 of 6');
    // Focus stays inside the modal dialog.
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('dialog[open]')?.contains(document.activeElement) ?? false)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(thumbnails.first()).toBeFocused();
  });

  test('a swipe moves to the next picture on touch screens', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/zh/gallery/');
    await expect(page.locator('#gallery[data-lightbox-ready]')).toHaveCount(1);
    await page.locator('#gallery a[data-lightbox]').nth(1).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('第2张，共6张');
    const box = await dialog.locator('img').boundingBox();
    if (!box) throw new Error('no image in the lightbox');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
    await page.mouse.up();
    await expect(dialog).toContainText('第3张，共6张');
    await context.close();
  });

  test('each picture has its own page, reachable without JavaScript, with a download and its credit', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/gallery/');
    await page.locator('#gallery a[data-lightbox]').nth(3).click();
    await expect(page).toHaveURL('/zh/gallery/wind-turbine-assembly/');
    await expect(page.locator('h1')).toHaveText('湘电风能风力发电机组装现场。');
    await expect(page.getByText('示意插画，非实景照片')).toBeVisible();
    const download = page.locator('a[download]');
    await expect(download).toContainText('下载原图');
    const response = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toBe('image/jpeg');
    await expect(page.getByText('使用时请注明：插画：本站绘制（示意图，非实景照片）')).toBeVisible();
    await context.close();
  });

  test('loads without layout shift', async ({ page }) => {
    await recordLayoutShifts(page);
    await page.goto('/en/gallery/');
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 300) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    // Below what Lighthouse reports as 0.000. (A browser that ignores render-blocking may paint a
    // half-parsed header; the header is built so that what arrives later never moves what is
    // painted, leaving shifts of ~0.00003.)
    expect(await layoutShiftTotal(page)).toBeLessThan(0.001);
  });

  test('a picture keeps the box its width and height reserved once its file has loaded', async ({ browser }) => {
    // At phone width the browser picks the 400 and 800 px files, whose rounded heights are not
    // exactly 3:2 (800 × 533): the box must not follow the file, or what comes after it moves.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto('/en/gallery/');
    const images = page.locator('#gallery img');
    for (const image of await images.all()) await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        images.evaluateAll((all) =>
          all.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
        ),
      )
      .toBe(true);
    const boxes = await images.evaluateAll((all) =>
      all.map((image) => {
        const element = image as HTMLImageElement;
        const { width, height } = element.getBoundingClientRect();
        return {
          file: element.currentSrc,
          natural: element.naturalWidth / element.naturalHeight,
          reserved: (width * Number(element.getAttribute('height'))) / Number(element.getAttribute('width')),
          height,
        };
      }),
    );
    expect(boxes.some((box) => Math.abs(box.natural - 1.5) > 0.0005)).toBe(true); // the case that matters is present
    for (const box of boxes) expect(Math.abs(box.height - box.reserved), box.file).toBeLessThan(0.01);
    await context.close();
  });

  test('pictures are served as AVIF and WebP with their size, lazy except the page’s main picture', async ({ page }) => {
    await page.goto('/zh/');
    const hero = page.locator('section[aria-labelledby="home-title"] img');
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).toHaveAttribute('loading', 'eager');
    await expect(hero).toHaveAttribute('width', '2000');
    await expect(page.locator('section[aria-labelledby="home-title"] source[type="image/avif"]')).toHaveAttribute(
      'srcset',
      /\.400\.avif 400w/,
    );
    await page.goto('/zh/gallery/');
    for (const image of await page.locator('#gallery img').all()) {
      await expect(image).toHaveAttribute('loading', 'lazy');
      await expect(image).toHaveAttribute('height', /\d+/);
    }
  });
});
