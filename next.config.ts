import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A static site: every page is written to a folder at build time; scripts/next-adapter.mjs
  // stages it, makes it runtime-free and puts it in out/.
  output: 'export',
  adapterPath: path.join(process.cwd(), 'scripts', 'next-adapter.mjs'),
  // /zh/ -> zh/index.html, which every static host serves without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Seconds one page may take to render. The figures page lists every figure: at the source's 74
  // it renders in well under a second, but at 100x the content (npm run scale) it takes longer
  // than the default 60 s, and a build must not fail for being large.
  staticPageGenerationTimeout: 900,
};

export default withNextIntl(nextConfig);
