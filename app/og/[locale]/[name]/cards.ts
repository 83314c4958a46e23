import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { figurePeriodText, figureText, getContent, getSections } from '@/lib/content';
import { getImages } from '@/lib/images/manifest';
import type { ShareCard } from '@/lib/og';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/routes';

const HERO = 'xiang-river-zone';

/**
 * The share card of every page, keyed by the page's path. Every page's metadata points at
 * /og/<locale>/<key>.jpg; a browser test checks that each of those files exists.
 */
export function shareCards(locale: Locale): Promise<Map<string, ShareCard>> {
  // Once per locale and build worker: every share image asks for its own card.
  let cards = cardsByLocale.get(locale);
  if (!cards) cardsByLocale.set(locale, (cards = buildShareCards(locale)));
  return cards;
}

const cardsByLocale = new Map<Locale, Promise<Map<string, ShareCard>>>();

async function buildShareCards(locale: Locale): Promise<Map<string, ShareCard>> {
  const { site, figures } = getContent();
  const sections = getSections(locale);
  const images = getImages();
  const t = {
    header: await getTranslations({ locale, namespace: 'SiteHeader' }),
    figures: await getTranslations({ locale, namespace: 'FiguresPage' }),
    gallery: await getTranslations({ locale, namespace: 'Gallery' }),
    corrections: await getTranslations({ locale, namespace: 'CorrectionsPage' }),
    glossary: await getTranslations({ locale, namespace: 'GlossaryPage' }),
    section: await getTranslations({ locale, namespace: 'SectionPage' }),
  };
  const footer = `${site.name[locale]} · ${site.brand[locale]}`;
  const imageOf = (section: string) => images.find((image) => image.section === section)?.id ?? HERO;
  const cards = new Map<string, ShareCard>();

  const overview = sections.find((section) => section.kind === 'overview');
  cards.set(routes.home, {
    eyebrow: site.brand[locale],
    title: site.name[locale],
    subtitle: overview?.pullQuotes[0]?.text,
    footer,
    image: HERO,
  });
  sections.forEach((section) => {
    const part = sections.filter((candidate) => candidate.kind === 'pillar').indexOf(section) + 1;
    const eyebrow =
      section.kind === 'pillar'
        ? t.section('partLabel', { number: part })
        : section.kind === 'overview'
          ? t.section('overviewLabel')
          : t.section('outlookLabel');
    cards.set(routes.section(section.slug), { eyebrow, title: section.title, footer, image: imageOf(section.slug) });
  });
  cards.set(routes.figures, {
    eyebrow: t.figures('count', { count: figures.figures.length }),
    title: t.figures('title'),
    footer,
    image: HERO,
  });
  for (const figure of figures.figures) {
    cards.set(routes.figure(figure.id), {
      eyebrow: `${t.figures('title')} · ${figurePeriodText(figure, locale)}`,
      title: figure.label[locale],
      highlight: figureText(figure, locale),
      footer,
      image: imageOf(figure.section),
    });
  }
  cards.set(routes.gallery, {
    eyebrow: t.gallery('count', { count: images.length }),
    title: t.gallery('title'),
    footer,
    image: 'makerspace-hive',
  });
  for (const image of images) {
    cards.set(routes.image(image.id), { eyebrow: t.gallery('title'), title: image.caption[locale], footer, image: image.id });
  }
  const tUpdates = await getTranslations({ locale, namespace: 'UpdatesPage' });
  cards.set(routes.updates, { eyebrow: site.name[locale], title: tUpdates('title'), footer, image: 'soaring' });
  for (const update of getContent().updates[locale]) {
    cards.set(routes.update(update.slug), {
      eyebrow: tUpdates('published', { date: formatIsoDate(update.date, locale) }),
      title: update.title,
      footer,
      image: HERO,
    });
  }
  const title = async (namespace: 'InvestPage' | 'EnterprisesPage' | 'TimelinePage' | 'PressPage' | 'FactSheet' | 'SearchPage') =>
    (await getTranslations({ locale, namespace }))('title');
  cards.set(routes.invest, { eyebrow: site.brand[locale], title: await title('InvestPage'), footer, image: 'factories-in-city' });
  cards.set(routes.enterprises, {
    eyebrow: site.name[locale],
    title: await title('EnterprisesPage'),
    footer,
    image: '3d-printing-cluster',
  });
  cards.set(routes.timeline, { eyebrow: site.name[locale], title: await title('TimelinePage'), footer, image: HERO });
  cards.set(routes.press, { eyebrow: site.name[locale], title: await title('PressPage'), footer, image: HERO });
  cards.set(routes.factSheet, { eyebrow: site.name[locale], title: await title('FactSheet'), footer, image: HERO });
  cards.set(routes.search, { eyebrow: site.name[locale], title: await title('SearchPage'), footer, image: HERO });
  cards.set(routes.corrections, { eyebrow: site.name[locale], title: t.corrections('title'), footer, image: HERO });
  cards.set(routes.glossary, { eyebrow: site.name[locale], title: t.glossary('title'), footer, image: HERO });
  return cards;
}
