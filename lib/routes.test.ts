import { describe, expect, it } from 'vitest';
import { localizedPath, routes, samePath, switchLocalePath } from './routes';

const locales = ['zh', 'en'];

describe('switchLocalePath', () => {
  it('keeps the page when switching language', () => {
    expect(switchLocalePath('/zh/platforms/', locales, 'en')).toBe('/en/platforms/');
    expect(switchLocalePath('/en/platforms', locales, 'zh')).toBe('/zh/platforms/');
    expect(switchLocalePath('/zh/', locales, 'en')).toBe('/en/');
  });

  it('leads to the home page from outside the localized tree', () => {
    expect(switchLocalePath('/', locales, 'en')).toBe('/en/');
    expect(switchLocalePath('', locales, 'zh')).toBe('/zh/');
  });
});

describe('paths', () => {
  it('end with a slash, as the static export writes them', () => {
    expect(localizedPath('zh', routes.section('platforms'))).toBe('/zh/platforms/');
    expect(localizedPath('en', routes.home)).toBe('/en/');
  });

  it('compare with or without the trailing slash', () => {
    expect(samePath('/zh/platforms', '/zh/platforms/')).toBe(true);
    expect(samePath('/zh/platforms/', '/zh/resources/')).toBe(false);
  });
});
