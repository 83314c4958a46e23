import { getContent } from './content';
import { getImages } from './images/manifest';
import { routes } from './routes';

/**
 * Every page of the site, as a path without the language. The sitemap lists these; a browser
 * test checks the list against the pages the build actually wrote, so neither can drift.
 */
export function sitePaths(): string[] {
  const { sections, figures } = getContent();
  return [
    routes.home,
    ...sections.zh.map((section) => routes.section(section.slug)),
    routes.figures,
    ...figures.figures.map((figure) => routes.figure(figure.id)),
    routes.invest,
    routes.enterprises,
    routes.timeline,
    routes.press,
    routes.factSheet,
    routes.search,
    routes.updates,
    ...getContent().updates.zh.map((update) => routes.update(update.slug)),
    routes.gallery,
    ...getImages().map((image) => routes.image(image.id)),
    routes.corrections,
    routes.glossary,
  ];
}
