import { expect, test } from '@playwright/test';
import { releaseSiteUrlProblem } from '../../lib/site-url';
import { findLocalAddresses } from '../../scripts/lib/local-addresses';
import { builtSiteUrl, LOCALES, OUT } from './site';

/** npm test builds the site as a release (npm run test:build): what it publishes must name the public address only. */
test.describe('the release build', () => {
  test('is made for a public https address', () => {
    expect(releaseSiteUrlProblem(builtSiteUrl())).toBeUndefined();
  });

  test('names no address of this machine in any page or download', () => {
    expect(findLocalAddresses(OUT)).toEqual([]);
  });

  for (const locale of LOCALES) {
    test(`${locale}: canonical, share image, QR code and citations use the site URL`, async ({ page }) => {
      const site = builtSiteUrl();
      await page.goto(`/${locale}/press/`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/${locale}/press/`);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`^${site.replace(/[.]/g, '\\.')}/og/`));
      await expect(page.locator('#share-url')).toHaveText(`${site}/${locale}/press/`);
      await page.goto(`/${locale}/figures/founding-year/`);
      await expect(page.locator('#cite-full-founding-year')).toContainText(`${site}/${locale}/figures/founding-year/`);
    });
  }
});
