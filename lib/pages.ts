import { createTranslator } from 'use-intl/core';
import { defaultLocale, locales, type Locale } from '@/i18n/languages';
import { loadMessages, type Messages } from '@/i18n/messages';
import { getContent, getSections, pillarNumber, type Figure, type Section, type Update } from './content';
import { formatFigureValue, formatIsoDate, formatPeriod, formatSourceList } from './format';
import { getImages, type SiteImage } from './images/manifest';
import type { ShareCard } from './og';

/**
 * Every kind of page the site has, in one registry: its path (the pattern of its folder under
 * app/[locale]/), every page of that kind, its title, description and short label, where it sits
 * (breadcrumbs), its share picture and card, its place in the navigation and the sitemap.
 * Routes, navigation, breadcrumbs, the sitemap, share images and metadata all read it. The order
 * of the entries is the order of the navigation. Adding a kind of page: README, "Adding a page".
 */

export type Translator = ReturnType<typeof createTranslator<Messages>>;

const translators = new Map<Locale, Translator>();

/** The interface's words in one language, outside React (metadata, share images, the sitemap). */
export function translator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator({ locale, messages: loadMessages(locale) })));
  return t;
}

type ParamName<Pattern extends string> = Pattern extends `${string}[${infer Name}]${string}` ? Name : never;
/** The parameters of a path pattern: "/figures/[id]/" → { id: string }. */
export type ParamsOf<Pattern extends string> = { [Name in ParamName<Pattern>]: string };

/** What a page is called and says of itself, in one language. */
export interface PageText {
  /** Its name: the document title, og:title and the share card's title. */
  title: string;
  /** Short name: navigation, footer, breadcrumbs. */
  label: string;
  description: string;
}

/** A share card without its footer line (the site's name, the same on every card). */
type ShareCardContent = Omit<ShareCard, 'footer'>;

interface PageContext<Item> {
  locale: Locale;
  item: Item;
  t: Translator;
}

interface PageType<Pattern extends string, Item> {
  /** The path without the language; the same as the route's folder under app/[locale]/. */
  pattern: Pattern;
  /** The messages namespace holding its title, description and (if shorter) label. */
  namespace?: keyof Messages;
  /** Every page of this kind. */
  instances: () => Array<ParamsOf<Pattern>>;
  /** The thing a page shows, by its parameters; undefined: no such page. */
  find: (params: ParamsOf<Pattern>, locale: Locale) => Item | undefined;
  /** The page above it (breadcrumbs). */
  parent?: string;
  /** Its text, where the messages namespace does not give it (content-driven pages). */
  text?: (context: PageContext<Item>) => Partial<PageText>;
  /** The share card, where it differs from the default (site name over the page title). */
  share?: (context: PageContext<Item>) => Partial<ShareCardContent>;
  /** The home page's document title is the site's own (the layout's default title). */
  siteTitle?: true;
  nav?: { header?: 'main' | 'more'; footer?: 'explore' | 'about' };
  /** Its priority in the sitemap (0–1). */
  priority: number;
}

const single = (): Array<Record<never, string>> => [{}];
const always = () => true as const;

function definePage<const Pattern extends string, Item>(page: PageType<Pattern, Item>): PageType<Pattern, Item> {
  return page;
}

const sectionOf = (locale: Locale, slug: string): Section | undefined => getSections(locale).find((section) => section.slug === slug);
const figureById = (id: string): Figure | undefined => getContent().figures.byId.get(id);
const updateOf = (locale: Locale, slug: string): Update | undefined => getContent().updates[locale].find((update) => update.slug === slug);
const imageById = (id: string): SiteImage | undefined => getImages().find((image) => image.id === id);
/** A caption as a title: without its closing full stop. */
const captionTitle = (image: SiteImage, locale: Locale) => image.caption[locale].replace(/[。.]$/, '');

/** The eyebrow of a section: its part number, or what kind of section it is. */
export function sectionEyebrow(section: Section, t: Translator): string {
  const part = pillarNumber(getSections(section.locale), section.slug);
  if (section.kind === 'pillar' && part !== undefined) return t('SectionPage.partLabel', { number: part });
  return section.kind === 'overview' ? t('SectionPage.overviewLabel') : t('SectionPage.outlookLabel');
}

export const pages = {
  home: definePage({
    pattern: '/',
    instances: single,
    find: always,
    siteTitle: true,
    text: ({ locale, t }) => ({
      title: getContent().site.name[locale],
      label: t('HomePage.title'),
      description: t('Metadata.description'),
    }),
    share: ({ locale }) => {
      const { site } = getContent();
      const overview = getSections(locale).find((section) => section.kind === 'overview');
      return { eyebrow: site.brand[locale], title: site.name[locale], subtitle: overview?.pullQuotes[0]?.text };
    },
    priority: 1,
  }),
  section: definePage({
    pattern: '/[section]/',
    instances: () => getSections(defaultLocale).map((section) => ({ section: section.slug })),
    find: ({ section }, locale) => sectionOf(locale, section),
    parent: 'home',
    text: ({ item }) => ({ title: item.title, label: item.navTitle, description: item.summary }),
    share: ({ item, t }) => ({ eyebrow: sectionEyebrow(item, t), image: sharePicture('section', item.slug) }),
    priority: 0.9,
  }),
  invest: definePage({
    pattern: '/invest/',
    namespace: 'InvestPage',
    instances: single,
    find: always,
    parent: 'home',
    share: ({ locale }) => ({ eyebrow: getContent().site.brand[locale] }),
    nav: { header: 'main', footer: 'explore' },
    priority: 0.8,
  }),
  enterprises: definePage({
    pattern: '/enterprises/',
    namespace: 'EnterprisesPage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { header: 'main', footer: 'explore' },
    priority: 0.7,
  }),
  figures: definePage({
    pattern: '/figures/',
    namespace: 'FiguresPage',
    instances: single,
    find: always,
    parent: 'home',
    share: ({ t }) => ({ eyebrow: t('FiguresPage.count', { count: getContent().figures.figures.length }) }),
    nav: { header: 'main', footer: 'explore' },
    priority: 0.8,
  }),
  figure: definePage({
    pattern: '/figures/[id]/',
    instances: () => getContent().figures.figures.map((figure) => ({ id: figure.id })),
    find: ({ id }) => figureById(id),
    parent: 'figures',
    text: ({ item, locale, t }) => {
      const source = getContent().sourceById.get(item.source);
      const value = formatFigureValue(item, locale);
      const label = item.label[locale];
      return {
        title: `${label} · ${value}`,
        label,
        description: t('FigurePage.description', {
          label,
          period: formatPeriod(item.period, locale),
          value,
          source: source ? formatSourceList([source], locale) : item.source,
        }),
      };
    },
    share: ({ item, locale, t }) => ({
      eyebrow: `${t('FiguresPage.title')} · ${formatPeriod(item.period, locale)}`,
      title: item.label[locale],
      highlight: formatFigureValue(item, locale),
      image: sharePicture('section', item.section),
    }),
    priority: 0.6,
  }),
  updates: definePage({
    pattern: '/updates/',
    namespace: 'UpdatesPage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { header: 'main', footer: 'explore' },
    priority: 0.6,
  }),
  update: definePage({
    pattern: '/updates/[slug]/',
    instances: () => getContent().updates[defaultLocale].map((update) => ({ slug: update.slug })),
    find: ({ slug }, locale) => updateOf(locale, slug),
    parent: 'updates',
    text: ({ item }) => ({ title: item.title, label: item.title, description: item.summary }),
    share: ({ item, locale, t }) => ({ eyebrow: t('UpdatesPage.published', { date: formatIsoDate(item.date, locale) }) }),
    priority: 0.5,
  }),
  timeline: definePage({
    pattern: '/timeline/',
    namespace: 'TimelinePage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { header: 'more', footer: 'explore' },
    priority: 0.5,
  }),
  gallery: definePage({
    pattern: '/gallery/',
    namespace: 'Gallery',
    instances: single,
    find: always,
    parent: 'home',
    share: ({ t }) => ({ eyebrow: t('Gallery.count', { count: getImages().length }) }),
    nav: { header: 'more', footer: 'explore' },
    priority: 0.5,
  }),
  image: definePage({
    pattern: '/gallery/[id]/',
    instances: () => getImages().map((image) => ({ id: image.id })),
    find: ({ id }) => imageById(id),
    parent: 'gallery',
    text: ({ item, locale }) => ({ title: captionTitle(item, locale), label: captionTitle(item, locale), description: item.alt[locale] }),
    share: ({ item, locale, t }) => ({ eyebrow: t('Gallery.title'), title: item.caption[locale], image: item.id }),
    priority: 0.4,
  }),
  press: definePage({
    pattern: '/press/',
    namespace: 'PressPage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { header: 'more', footer: 'explore' },
    priority: 0.6,
  }),
  factSheet: definePage({
    pattern: '/press/fact-sheet/',
    namespace: 'FactSheet',
    instances: single,
    find: always,
    parent: 'press',
    priority: 0.5,
  }),
  search: definePage({
    pattern: '/search/',
    namespace: 'SearchPage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { footer: 'about' },
    priority: 0.3,
  }),
  glossary: definePage({
    pattern: '/glossary/',
    namespace: 'GlossaryPage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { header: 'more', footer: 'about' },
    priority: 0.4,
  }),
  corrections: definePage({
    pattern: '/corrections/',
    namespace: 'CorrectionsPage',
    instances: single,
    find: always,
    parent: 'home',
    nav: { header: 'more', footer: 'about' },
    priority: 0.4,
  }),
};

export type PageKey = keyof typeof pages;
type PatternOf<K extends PageKey> = (typeof pages)[K]['pattern'];
export type PageParams<K extends PageKey> = ParamsOf<PatternOf<K>>;
/** What a page of this kind shows: its section, figure, update or picture. */
export type ItemOf<K extends PageKey> = NonNullable<ReturnType<(typeof pages)[K]['find']>>;

export const pageKeys = Object.keys(pages) as PageKey[];

for (const key of pageKeys) {
  const parent = (pages[key] as { parent?: string }).parent;
  if (parent !== undefined && !(parent in pages)) throw new Error(`lib/pages.ts: ${key}.parent "${parent}" is not a page`);
}

/** The path of a page without the language: ("figure", { id: "x" }) → "/figures/x/". */
export function pagePath<K extends PageKey>(key: K, params: PageParams<K>): string {
  return pages[key].pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = (params as Record<string, string>)[name];
    if (!value) throw new Error(`pagePath: ${key} needs "${name}"`);
    return value;
  });
}

type RouteOf<K extends PageKey> = [keyof PageParams<K>] extends [never] ? string : (value: string) => string;

/**
 * Every page's path without the language, from the registry: `routes.figures` ("/figures/"),
 * `routes.figure(id)` ("/figures/<id>/"). Link adds the language (i18n/navigation.tsx).
 */
export const routes = Object.fromEntries(
  pageKeys.map((key) => {
    const name = /\[([^\]]+)\]/.exec(pages[key].pattern)?.[1];
    const route = name
      ? (value: string) => pagePath(key, { [name]: value } as PageParams<typeof key>)
      : pagePath(key, {} as PageParams<typeof key>);
    return [key, route];
  }),
) as { [K in PageKey]: RouteOf<K> };

/** Files the site serves beside its pages. */
export const files = {
  feed: '/feed.xml',
  figuresCsv: '/data/figures.csv',
  figuresJson: '/data/figures.json',
  dataPackage: '/data/datapackage.json',
  chart: (id: string, extension: string) => `/figures/charts/${id}.${extension}`,
} as const;

/** One page, resolved in one language: what the shell, metadata and share image need. */
export interface ResolvedPage<K extends PageKey = PageKey> {
  key: K;
  locale: Locale;
  params: PageParams<K>;
  item: ItemOf<K>;
  /** Without the language. */
  path: string;
  text: PageText;
  siteTitle: boolean;
}

function namespaceText(namespace: keyof Messages | undefined, t: Translator): Partial<PageText> {
  if (!namespace) return {};
  // Every page namespace has a title and a description; a label only where it is shorter.
  const key = (name: 'title' | 'description' | 'label') => `${namespace}.${name}` as Parameters<Translator>[0];
  return { title: t(key('title')), description: t(key('description')), ...(t.has(key('label')) ? { label: t(key('label')) } : {}) };
}

/** A page in one language, or undefined when there is no such page. */
export function resolvePage<K extends PageKey>(key: K, locale: Locale, params: PageParams<K>): ResolvedPage<K> | undefined {
  const page = pages[key] as unknown as PageType<string, unknown>;
  const item = page.find(params, locale);
  if (item === undefined) return undefined;
  const t = translator(locale);
  const text = { ...namespaceText(page.namespace, t), ...page.text?.({ locale, item, t }) };
  if (text.title === undefined || text.description === undefined) throw new Error(`lib/pages.ts: ${key} has no title or description`);
  return {
    key,
    locale,
    params,
    item: item as ItemOf<K>,
    path: pagePath(key, params),
    text: { title: text.title, description: text.description, label: text.label ?? text.title },
    siteTitle: page.siteTitle === true,
  };
}

const pagesByLocale = new Map<Locale, ResolvedPage[]>();

/** Every page of the site in one language (once per build worker: the content does not change). */
export function allPages(locale: Locale): ResolvedPage[] {
  let list = pagesByLocale.get(locale);
  if (!list) {
    list = pageKeys.flatMap((key) =>
      (pages[key].instances() as Array<PageParams<typeof key>>).flatMap((params) => resolvePage(key, locale, params) ?? []),
    );
    pagesByLocale.set(locale, list);
  }
  return list;
}

/** Every page of one kind in every language, as Next.js's generateStaticParams wants them. */
export function staticParams<K extends PageKey>(key: K): Array<PageParams<K> & { locale: Locale }> {
  return locales.flatMap((locale) => (pages[key].instances() as Array<PageParams<K>>).map((params) => ({ ...params, locale })));
}

export interface Crumb {
  label: string;
  /** Path without the language; the page itself has none. */
  href?: string;
}

/** Where a page sits: the pages above it, from the home page, then itself. */
export function breadcrumbs(page: ResolvedPage): Crumb[] {
  const trail: Crumb[] = [{ label: page.text.label }];
  let parent = (pages[page.key] as { parent?: string }).parent as PageKey | undefined;
  while (parent) {
    const above = resolvePage(parent, page.locale, {} as PageParams<typeof parent>);
    if (!above) throw new Error(`lib/pages.ts: the parent of ${page.key} has parameters`);
    trail.unshift({ label: above.text.label, href: above.path });
    parent = (pages[parent] as { parent?: string }).parent as PageKey | undefined;
  }
  return trail;
}

/** The share picture of a kind of page, from content/site.json; a section's is its first picture. */
function sharePicture(kind: 'page' | 'section', key: string): string {
  const { pictures } = getContent().site;
  if (kind === 'section') return getImages().find((image) => image.section === key)?.id ?? pictures.hero;
  return pictures.share[key] ?? pictures.hero;
}

/** A page's share card (lib/og.ts draws it): the site's name over the page's title by default. */
export function shareCard(page: ResolvedPage): ShareCard {
  const definition = pages[page.key] as unknown as PageType<string, unknown>;
  const { site } = getContent();
  const custom = definition.share?.({ locale: page.locale, item: page.item, t: translator(page.locale) }) ?? {};
  return {
    eyebrow: site.name[page.locale],
    title: page.text.title,
    image: sharePicture('page', page.key),
    ...custom,
    footer: `${site.name[page.locale]} · ${site.brand[page.locale]}`,
  };
}

export interface NavLink {
  href: string;
  label: string;
}

export type NavEntry = NavLink | { label: string; items: NavLink[] };

/** The header's entries and the footer's columns, in one language, paths without the language. */
export function navigation(locale: Locale): { header: NavEntry[]; footer: Record<'sections' | 'explore' | 'about', NavLink[]> } {
  const t = translator(locale);
  const sections = getSections(locale);
  const link = (key: PageKey): NavLink => {
    const page = resolvePage(key, locale, {} as PageParams<typeof key>);
    if (!page) throw new Error(`lib/pages.ts: ${key} is in the navigation but has parameters`);
    return { href: page.path, label: page.text.label };
  };
  const sectionLink = (section: Section): NavLink => ({ href: routes.section(section.slug), label: section.navTitle });
  const placed = (where: 'header' | 'footer', group: string) =>
    pageKeys.filter((key) => (pages[key] as { nav?: Record<string, string> }).nav?.[where] === group).map(link);
  const overview = sections.filter((section) => section.kind === 'overview');
  const innovation = [
    ...sections.filter((section) => section.kind === 'pillar'),
    ...sections.filter((section) => section.kind === 'outlook'),
  ];
  return {
    header: [
      ...overview.map(sectionLink),
      { label: t('SiteHeader.innovation'), items: innovation.map(sectionLink) },
      ...placed('header', 'main'),
      { label: t('SiteHeader.more'), items: placed('header', 'more') },
    ],
    footer: { sections: sections.map(sectionLink), explore: placed('footer', 'explore'), about: placed('footer', 'about') },
  };
}
