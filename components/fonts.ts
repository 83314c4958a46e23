import localFont from 'next/font/local';

/** Space Grotesk (SIL OFL), self-hosted from npm: nothing is downloaded at build time. */
export const displayFont = localFont({
  src: '../node_modules/@fontsource-variable/space-grotesk/files/space-grotesk-latin-wght-normal.woff2',
  variable: '--font-grotesk',
  weight: '300 700',
  display: 'swap',
  fallback: ['ui-sans-serif', 'system-ui', 'Arial'],
});
