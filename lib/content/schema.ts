import { z } from 'zod';
import { authoredLocales, byLocale, languageOf, type Locale } from '@/i18n/languages';
import { generatedText } from '@/i18n/pseudo';
import { figureQualifiers, figureUnits, isPeriod } from '../format';
import { parseSiteUrl } from '../site-url';
import { isIsoDate, isoDateMessage, KEBAB_CASE, type DatePrecision } from '../patterns';

/** Raw shapes of the files in content/. Parsed here, reshaped by the loaders; nothing else reads raw files. */

const text = z.string().trim().min(1, 'must not be empty');
export const kebabCase = z.string().regex(KEBAB_CASE, 'must be kebab-case (lower-case letters, digits and hyphens)');

/** A real calendar date written to one of these precisions. */
export function isoDate(...precisions: DatePrecision[]) {
  return z.string().refine((value) => isIsoDate(value, precisions), isoDateMessage(precisions));
}

/** A text in every language; a language without text of its own takes its fallback's (i18n/languages.ts). */
export type LocalizedText = Record<Locale, string>;

/** The authored languages' texts, completed with the generated languages'. */
export function withGeneratedLanguages(authored: Readonly<Record<string, string>>): LocalizedText {
  return byLocale((locale) => {
    const own = authored[locale];
    if (own !== undefined) return own;
    const { fallback } = languageOf(locale);
    return generatedText(locale, authored[fallback ?? ''] ?? '');
  });
}

/** `leaf` in every language staff write (content files have one key per language); a missing one is an error naming the field. */
function localized(leaf: z.ZodString): z.ZodType<LocalizedText> {
  return z
    .object(Object.fromEntries(authoredLocales.map((locale) => [locale, leaf])))
    .strict()
    .transform(withGeneratedLanguages);
}

export const localizedText = localized(text);

/**
 * A one-line text that may name figures (`:fig[id]`), in every language staff write. It is
 * rendered, and a generated language's words made, once the figures are set apart
 * (lib/content/directory.ts), so the generated languages are not filled in here.
 */
export const localizedInline = z.object(Object.fromEntries(authoredLocales.map((locale) => [locale, text]))).strict();
export type AuthoredText = z.infer<typeof localizedInline>;
/** A text that may be empty in every language (an optional note), but not in only some. */
export const optionalLocalizedText = localized(z.string().trim());

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
            kind: z.enum(glossaryKinds),
            note: localizedText.optional(),
            ...Object.fromEntries(authoredLocales.map((locale) => [locale, text])),
          })
          .strict()
          .transform(({ id, kind, note, ...names }) => ({ id, kind, ...(note ? { note } : {}), ...withGeneratedLanguages(names as Record<string, string>) })),
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
    siteUrl: z
      .string()
      .superRefine((value, context) => {
        const result = parseSiteUrl(value);
        if ('problem' in result) context.addIssue({ code: 'custom', message: result.problem });
        else if (result.url !== value) context.addIssue({ code: 'custom', message: `must be written ${result.url}` });
      }),
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
    /** Pictures chosen for the site (ids in content/images/catalogue.json). */
    pictures: z
      .object({
        /** The home page's picture, and every share image's unless `share` names another. */
        hero: kebabCase,
        /** A kind of page's share picture (keys: the pages of lib/pages.ts); a section's is its first picture. */
        share: z.record(z.string(), kebabCase),
      })
      .strict(),
    /** The zone as an organisation, for search engines' structured data (schema.org). */
    organisation: z
      .object({
        /** The figure (content/figures.json) giving the year the zone was founded. */
        foundingFigure: kebabCase,
        address: z.object({ locality: localizedText, region: localizedText, country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code') }).strict(),
      })
      .strict(),
    /** The licence the figures and downloads are published under, once the zone has chosen one; empty shows none. */
    dataLicence: z.object({ name: optionalLocalizedText, url: optionalText }).strict(),
    /** Contact details; empty strings show nothing. */
    contact: z
      .object({
        organisation: optionalLocalizedText,
        address: optionalLocalizedText,
        phone: optionalText,
        email: optionalText,
        website: optionalText,
      })
      .strict(),
  })
  .strict();

export const sourceKinds = ['newspaper-feature', 'statistics-bulletin', 'annual-report', 'press-release', 'government-document'] as const;

/** A document the site's facts come from: content/sources/<id>/source.json, beside its verbatim text. */
export const sourceSchema = z
  .object({
    /** The folder's name. */
    id: kebabCase,
    kind: z.enum(sourceKinds, { error: `unknown kind: known are ${sourceKinds.join(', ')}` }),
    /** Its headline, or what it is when the copy supplied has none. */
    title: localizedText,
    /** Who published it; null when the copy supplied does not name the publisher. */
    publisher: localizedText.nullable(),
    /** YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source is dated. */
    published: isoDate('year', 'month', 'day'),
    /** Where it can be read; empty when it is not online. */
    url: optionalText.refine((value) => value === '' || /^https?:\/\/[^\s]+$/.test(value), 'must be empty or an http(s) address'),
    /** Whose pictures or data these are, as the source credits them; may be empty. */
    credit: optionalLocalizedText,
    /** The terms it may be reused under, when known; may be empty. */
    licence: optionalLocalizedText,
    /** What is known about the document beyond its text; may be empty. */
    note: optionalLocalizedText,
    /** The file beside source.json holding its text as received, verbatim. */
    text: text,
    /** Statistical tables it publishes, each a CSV file beside source.json whose first column names the rows. */
    tables: z.array(z.object({ id: kebabCase, title: localizedText, file: text }).strict()).optional(),
    /**
     * "sections": its cleaned text is the Chinese sections of the site (content/sections/), and
     * its corrections.json lists each change from the verbatim text. Otherwise quotes are found
     * in the verbatim text itself.
     */
    cleanedText: z.literal('sections').optional(),
  })
  .strict();

/** A quote from a statistical table: the cell at a row and a column of one of the source's tables. */
export const tableQuoteSchema = z.object({ table: kebabCase, row: text, column: text }).strict();

export const figureStatuses = ['actual', 'target'] as const;

const figureSchema = z
  .object({
    id: kebabCase,
    /** The source it comes from (content/sources/<id>/). */
    source: kebabCase,
    /** What it measures (content/indicators.json); none for a one-off fact such as a founding year or an event date. */
    indicator: kebabCase.optional(),
    /** The site's section it belongs to; for a source whose cleaned text is the sections, the one its quote is in. */
    section: z.string(),
    status: z.enum(figureStatuses),
    /** In the base unit: whole yuan, m², a count, percent points, a year; an ISO date for "date". */
    value: z.union([z.number(), z.string()]),
    unit: z.enum(figureUnits, { error: `unknown unit: the formatter knows ${figureUnits.join(', ')}` }),
    classifier: z.string().trim().min(1).optional(),
    qualifier: z.enum(figureQualifiers, { error: `unknown qualifier: known are ${figureQualifiers.join(', ')}` }),
    period: z.string().refine(isPeriod, 'must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY or ../YYYY-MM[-DD]'),
    label: localizedText,
    note: optionalLocalizedText,
    /** The source's sentence (cleaned Chinese) the figure comes from, or the table cell it is. */
    quote: z.union([text, tableQuoteSchema]),
  })
  .strict()
  .superRefine((figure, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    const counted = figure.unit === 'count' || figure.unit === 'per-10k-people';
    if (counted && !figure.classifier) issue('classifier', `is required for unit "${figure.unit}" (the Chinese measure word: 家, 个, 人 …)`);
    if (!counted && figure.classifier) issue('classifier', `only applies to counts, not to unit "${figure.unit}"`);
    if (figure.unit === 'date') {
      if (typeof figure.value !== 'string' || !isIsoDate(figure.value, ['month', 'day'])) {
        issue('value', `a date ${isoDateMessage(['month', 'day'])}`);
      }
    } else if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) {
      issue('value', `must be a number for unit "${figure.unit}"`);
    } else if (Math.abs(figure.value) >= 1e21) {
      issue('value', 'is too large to be written in plain digits');
    }
    if (figure.qualifier === 'top' && figure.unit !== 'rank') issue('qualifier', '"top" only applies to unit "rank"');
    if (new Set(Object.values(figure.note).map(Boolean)).size > 1) issue('note', 'must be given in every language, or left empty in all');
  });

export const figuresSchema = z
  .object({
    figures: z.array(figureSchema).min(1),
  })
  .strict();

/** What a series of figures measures, whatever the period: content/indicators.json. */
export const indicatorsSchema = z
  .object({
    indicators: z.array(
      z
        .object({
          id: kebabCase,
          /** The site's section it is listed under. */
          section: z.string(),
          unit: z.enum(figureUnits, { error: `unknown unit: the formatter knows ${figureUnits.join(', ')}` }),
          classifier: z.string().trim().min(1).optional(),
          label: localizedText,
          /** What is measured, and how, in the source's terms. */
          definition: localizedText,
        })
        .strict(),
    ),
  })
  .strict();

export const figureChangelogSchema = z
  .object({
    entries: z.array(
      z
        .object({
          date: isoDate('day'),
          figure: kebabCase,
          change: localizedText,
        })
        .strict(),
    ),
  })
  .strict();

const chartBase = {
  id: kebabCase,
  /** The section the chart illustrates; it is shown there and on the figures page. */
  section: z.string(),
  title: localizedText,
};

export const chartsSchema = z
  .object({
    charts: z.array(
      z.discriminatedUnion('kind', [
        z.object({ ...chartBase, kind: z.literal('columns'), figures: z.array(kebabCase).min(2) }).strict(),
        z
          .object({
            ...chartBase,
            kind: z.literal('bars'),
            bars: z.array(z.object({ figure: kebabCase, note: kebabCase.optional() }).strict()).min(1),
          })
          .strict(),
        z
          .object({
            ...chartBase,
            kind: z.literal('pairs'),
            pairs: z.array(z.object({ label: localizedText, actual: kebabCase, target: kebabCase }).strict()).min(1),
          })
          .strict(),
      ]),
    ),
  })
  .strict();

export const updateFrontmatterSchema = z
  .object({
    title: text,
    /** When it was published: YYYY-MM-DD, or YYYY-MM when the day is not known. */
    date: isoDate('day', 'month'),
    summary: text,
    /** The sources it reports (content/sources/<id>/): an update is news, not a source. */
    sources: z.array(kebabCase).min(1, 'must name at least one source it reports'),
    /** Sections whose full text this entry carries, in order (the original feature does). */
    includes: z.array(z.string()).optional(),
  })
  .strict();

const isoDay = isoDate('year', 'month', 'day');
/**
 * Where a fact comes from: a source (content/sources/<id>/) and, for the original feature, the
 * section (and heading) of the site whose cleaned text holds it.
 */
const sourceRef = z.object({ source: kebabCase, section: z.string().optional(), anchor: kebabCase.optional() }).strict();

export const timelineSchema = z
  .object({
    events: z.array(
      z
        .object({
          id: kebabCase,
          date: isoDay,
          /** The source's own wording when it is not a plain date ("2019年底"). */
          dateLabel: localizedText.optional(),
          figure: kebabCase.optional(),
          title: localizedInline,
          text: localizedInline,
          source: kebabCase,
          section: z.string().optional(),
          anchor: kebabCase.optional(),
          quote: text,
        })
        .strict(),
    ),
  })
  .strict();

const vocabulary = z.array(z.object({ id: kebabCase, label: localizedText }).strict());

export const enterpriseTypes = ['company', 'institution', 'platform', 'park', 'project'] as const;

export const enterprisesSchema = z
  .object({
    industries: vocabulary,
    roles: vocabulary,
    entries: z.array(
      z
        .object({
          id: kebabCase,
          /** The glossary term naming it (its English comes from there). */
          glossary: kebabCase,
          aliases: z.array(kebabCase),
          type: z.enum(enterpriseTypes),
          industries: z.array(kebabCase),
          roles: z.array(kebabCase),
          summary: localizedInline,
          mentions: z.array(sourceRef.extend({ quote: text }).strict()).min(1),
        })
        .strict(),
    ),
  })
  .strict();

export const investGroupIds = ['industries', 'policies', 'funds', 'financing', 'platforms', 'talent'] as const;

export const investSchema = z
  .object({
    intro: localizedInline,
    groups: z.array(
      z
        .object({
          id: z.enum(investGroupIds),
          items: z.array(
            z
              .object({
                id: kebabCase,
                title: localizedInline,
                text: localizedInline,
                figures: z.array(kebabCase).optional(),
                sources: z.array(sourceRef).min(1),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

export const pressSchema = z
  .object({
    /** The sources the boilerplate's statements come from. */
    sources: z.array(kebabCase).min(1),
    boilerplate: localizedInline,
    factSheet: z.object({ sections: z.array(z.object({ title: localizedText, figures: z.array(kebabCase).min(1) }).strict()).min(1) }).strict(),
  })
  .strict();
