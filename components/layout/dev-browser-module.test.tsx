import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DevBrowserModule } from './dev-browser-module';

describe('DevBrowserModule', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('loads the module esbuild serves in development, and reloads on its rebuilds', () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('SITE_DEV_MODULE', 'http://127.0.0.1:3001/browser.js');
    const html = renderToStaticMarkup(<DevBrowserModule />);
    expect(html).toContain('import("http://127.0.0.1:3001/browser.js")');
    expect(html).toContain('new EventSource("http://127.0.0.1:3001/esbuild")');
  });

  it('renders nothing in a build, even with the variable set', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_DEV_MODULE', 'http://127.0.0.1:3001/browser.js');
    expect(renderToStaticMarkup(<DevBrowserModule />)).toBe('');
  });

  it('renders nothing in next dev started without scripts/dev.ts', () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('SITE_DEV_MODULE', '');
    expect(renderToStaticMarkup(<DevBrowserModule />)).toBe('');
  });
});
