import localFont from 'next/font/local';

/** Space Grotesk (SIL OFL), self-hosted from npm: nothing is downloaded at build time. */
export const displayFont = localFont({
  src: '../../node_modules/@fontsource-variable/space-grotesk/files/space-grotesk-latin-wght-normal.woff2',
  variable: '--font-grotesk',
  weight: '300 700',
  // optional: never swapped in after first paint, so text never shifts (CLS 0); it is preloaded.
  display: 'optional',
  fallback: ['ui-sans-serif', 'system-ui', 'Arial'],
});
