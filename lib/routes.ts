/**
 * Paths of the site's pages without the locale prefix; i18n/navigation's Link adds it.
 * Always with a trailing slash, as the static export writes them.
 */
export const routes = {
  home: '/',
  section: (slug: string) => `/${slug}/`,
  corrections: '/corrections/',
  figures: '/figures/',
  figure: (id: string) => `/figures/${id}/`,
  chartFile: (id: string, extension: string) => `/figures/charts/${id}.${extension}`,
  timeline: '/timeline/',
  invest: '/invest/',
  enterprises: '/enterprises/',
  press: '/press/',
  factSheet: '/press/fact-sheet/',
  search: '/search/',
  updates: '/updates/',
  update: (slug: string) => `/updates/${slug}/`,
  feed: '/feed.xml',
  gallery: '/gallery/',
  image: (id: string) => `/gallery/${id}/`,
  figuresCsv: '/data/figures.csv',
  figuresJson: '/data/figures.json',
  glossary: '/glossary/',
} as const;

/** The same page in a given language: "/en" + "/platforms/". */
export function localizedPath(locale: string, path: string): string {
  return `/${locale}${path}`;
}

/**
 * The current page in another language: "/zh/platforms/" → "/en/platforms/".
 * Paths outside a locale (or empty) lead to the other language's home page.
 */
export function switchLocalePath(pathname: string, locales: readonly string[], target: string): string {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length > 0 && locales.includes(segments[0] ?? '')) segments.shift();
  const rest = segments.length > 0 ? `/${segments.join('/')}/` : '/';
  return localizedPath(target, rest);
}

/** "/zh/platforms" and "/zh/platforms/" name the same page. */
export function samePath(a: string, b: string): boolean {
  const trim = (path: string) => path.replace(/\/+$/, '') || '/';
  return trim(a) === trim(b);
}
