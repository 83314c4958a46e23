import { z } from 'zod';

/** Raw shapes of the files in content/. Parsed here, reshaped by the loaders; nothing else reads raw files. */

const text = z.string().trim().min(1, 'must not be empty');
export const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and hyphens)');

/** A text in both languages; a missing language is an error naming the field. */
export const localizedText = z.object({ zh: text, en: text }).strict();
export type LocalizedText = z.infer<typeof localizedText>;

export const sectionKinds = ['overview', 'pillar', 'outlook'] as const;

export const sectionFrontmatterSchema = z
  .object({
    title: text,
    navTitle: text,
    summary: text,
    order: z.number().int().positive(),
    kind: z.enum(sectionKinds),
  })
  .strict();

export const glossaryKinds = [
  'zone',
  'brand',
  'place',
  'programme',
  'policy',
  'institution',
  'company',
  'platform',
  'event',
  'term',
] as const;

export const glossarySchema = z
  .object({
    terms: z
      .array(
        z
          .object({
            id: kebabCase,
            zh: text,
            en: text,
            kind: z.enum(glossaryKinds),
            note: localizedText.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const correctionTypes = ['artifact', 'slip', 'query'] as const;

export const correctionsSchema = z
  .object({
    corrections: z.array(
      z
        .object({
          id: kebabCase,
          /** A section slug, or "all" for a change made throughout. */
          section: z.string(),
          type: z.enum(correctionTypes),
          original: text,
          corrected: z.string(),
          explanation: localizedText,
        })
        .strict(),
    ),
  })
  .strict();

const optionalText = z.string().trim();

export const siteSchema = z
  .object({
    /** Absolute origin the site is served from; canonical and share URLs are built on it. */
    siteUrl: z.url({ message: 'must be an absolute URL such as https://www.example.org' }).refine((url) => !url.endsWith('/'), 'must not end with /'),
    name: localizedText,
    brand: localizedText,
    /** Filing numbers shown in the footer; empty strings show nothing. */
    filing: z
      .object({
        icp: optionalText,
        icpUrl: optionalText,
        publicSecurity: optionalText,
        publicSecurityUrl: optionalText,
      })
      .strict(),
    /** Contact details; empty strings show nothing. */
    contact: z
      .object({
        organisation: z.object({ zh: optionalText, en: optionalText }).strict(),
        address: z.object({ zh: optionalText, en: optionalText }).strict(),
        phone: optionalText,
        email: optionalText,
        website: optionalText,
      })
      .strict(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: kebabCase,
    /** What the document is; the extracted text carries no headline or masthead. */
    description: localizedText,
    /** ISO year-month (or full date) of publication. */
    published: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'must be an ISO date: YYYY-MM or YYYY-MM-DD'),
    photoCredit: localizedText,
    note: localizedText,
    /** The extracted text as received, kept verbatim in content/source/. */
    rawFile: text,
  })
  .strict();
