import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type ErrorCollector } from '../content/errors';
import { contentFile, readJson } from '../content/read';
import { isoDate, kebabCase, localizedText, type LocalizedText } from '../content/schema';

/**
 * The image catalogue (content/images/catalogue.json) and the files beside it. Each entry is
 * one picture, whatever its file: an authored SVG illustration until staff drop in the real
 * photo as <id>.jpg (or .png/.webp), which then wins, with no code change.
 */

export const RASTER_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;
const SOURCE_EXTENSIONS = [...RASTER_EXTENSIONS, '.svg'] as const;

export const catalogueSchema = z
  .object({
    defaults: z
      .object({
        /** Credit of the site's own illustrations. */
        illustrationCredit: localizedText,
        /** Credit of a photo whose entry names none (the source: 图片由湘潭高新区提供). */
        photoCredit: localizedText,
      })
      .strict(),
    images: z.array(
      z
        .object({
          id: kebabCase,
          section: z.string(),
          /** The source whose caption this is (content/sources/<id>/). */
          source: kebabCase,
          /** What the picture shows, as the source's caption says it. */
          caption: localizedText,
          /** The point to keep in view when the picture is cropped (0..1 from left and top). */
          focal: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).strict(),
          /** Used while the file is the site's SVG illustration. */
          illustration: z
            .object({ alt: localizedText, date: isoDate('month', 'day') })
            .strict()
            .optional(),
          /** Used once a photo file is there; alt defaults to the caption, credit to defaults.photoCredit. */
          photo: z
            .object({
              alt: localizedText.optional(),
              credit: localizedText.optional(),
              date: isoDate('month', 'day').optional(),
              licence: localizedText.optional(),
            })
            .strict()
            .optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type ImageKind = 'illustration' | 'photo';

export interface CatalogueImage {
  id: string;
  kind: ImageKind;
  /** Absolute path of the source file. */
  file: string;
  section: string;
  /** The source the caption comes from. */
  source: string;
  caption: LocalizedText;
  alt: LocalizedText;
  credit: LocalizedText;
  date?: string;
  licence?: LocalizedText;
  focal: { x: number; y: number };
}

/**
 * Reads the catalogue and pairs every entry with its file. Problems (a file without an entry,
 * an entry without a file, a missing translation, an unknown section) are collected in `errors`.
 */
export function readCatalogue(contentRoot: string, sectionSlugs: ReadonlySet<string>, errors: ErrorCollector): CatalogueImage[] {
  const dir = path.join(contentRoot, 'images');
  const catalogueFile = contentFile(contentRoot, 'images', 'catalogue.json');
  const catalogue = readJson(catalogueFile, catalogueSchema, errors);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name !== 'catalogue.json' && !name.startsWith('.')) : [];
  const display = (name: string) => contentFile(contentRoot, 'images', name).display;

  const byId = new Map<string, string[]>();
  for (const name of files) {
    const extension = path.extname(name).toLowerCase();
    if (!(SOURCE_EXTENSIONS as readonly string[]).includes(extension)) {
      errors.add(display(name), '(file)', `is not an image the pipeline takes (${SOURCE_EXTENSIONS.join(', ')})`);
      continue;
    }
    const id = path.basename(name, path.extname(name));
    byId.set(id, [...(byId.get(id) ?? []), name]);
  }
  if (!catalogue) return [];

  const known = new Set<string>();
  const images: CatalogueImage[] = [];
  catalogue.images.forEach((entry, index) => {
    const field = (name: string) => `images[${index}].${name}`;
    if (known.has(entry.id)) errors.add(catalogueFile.display, field('id'), `"${entry.id}" is listed twice`);
    known.add(entry.id);
    if (!sectionSlugs.has(entry.section)) errors.add(catalogueFile.display, field('section'), `unknown section "${entry.section}"`);

    const candidates = byId.get(entry.id) ?? [];
    const rasters = candidates.filter((name) => (RASTER_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()));
    const svg = candidates.find((name) => path.extname(name).toLowerCase() === '.svg');
    if (rasters.length > 1) {
      errors.add(display(rasters.join(', ')), '(file)', `more than one photo for "${entry.id}": keep one`);
      return;
    }
    const photo = rasters[0];
    if (!photo && !svg) {
      errors.add(
        catalogueFile.display,
        field('id'),
        `no file for "${entry.id}": add content/images/${entry.id}.jpg (or .png, .webp, .svg)`,
      );
      return;
    }
    if (photo) {
      images.push({
        id: entry.id,
        kind: 'photo',
        file: path.join(dir, photo),
        section: entry.section,
        source: entry.source,
        caption: entry.caption,
        alt: entry.photo?.alt ?? entry.caption,
        credit: entry.photo?.credit ?? catalogue.defaults.photoCredit,
        ...(entry.photo?.date ? { date: entry.photo.date } : {}),
        ...(entry.photo?.licence ? { licence: entry.photo.licence } : {}),
        focal: entry.focal,
      });
      return;
    }
    if (!entry.illustration) {
      errors.add(
        catalogueFile.display,
        field('illustration'),
        `content/images/${entry.id}.svg is an illustration: describe it (alt, date) here`,
      );
      return;
    }
    images.push({
      id: entry.id,
      kind: 'illustration',
      file: path.join(dir, svg as string),
      section: entry.section,
      source: entry.source,
      caption: entry.caption,
      alt: entry.illustration.alt,
      credit: catalogue.defaults.illustrationCredit,
      date: entry.illustration.date,
      focal: entry.focal,
    });
  });

  for (const [id, names] of byId) {
    if (!known.has(id)) {
      for (const name of names) errors.add(display(name), '(file)', `has no entry in content/images/catalogue.json (id "${id}")`);
    }
  }
  return images;
}
