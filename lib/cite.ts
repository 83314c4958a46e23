/**
 * Citations of a figure, derived from its data (the way Our World in Data derives its "cite
 * this" text): a short form for a caption, and a full form with the permanent URL and the date
 * the reader accessed it. The wording is each language's (messages: CiteBlock.citation…); this
 * decides what goes into it.
 */

export interface FigureCitationInput {
  /** The zone's name, e.g. 湘潭高新区. */
  zoneName: string;
  /** The figure's label in this language. */
  label: string;
  /** The figure's value, formatted for this language (full style). */
  value: string;
  /** The period, formatted for this language. */
  period: string;
  status: 'actual' | 'target';
  /** The source: what it is, and its publication date formatted for this language. */
  source: { description: string; published: string };
  /** The website's name, as it should be credited. */
  siteName: string;
  /** Absolute permanent URL of the figure. */
  url: string;
}

/** The citation messages of one language (ICU), filled in. */
export interface CitationWording {
  short: (values: { zone: string; label: string; period: string; value: string; source: string; published: string }) => string;
  /** A target's period: "2021, target". */
  target: (values: { period: string }) => string;
  full: (values: { short: string; site: string; url: string; accessed: string }) => string;
}

export interface Citation {
  short: string;
  /** The full form around the access date: `${before}${date}${after}`. */
  full: { before: string; after: string };
}

/** Stands for the access date while the full form is written, to split it there. */
const ACCESSED = '\u0000';

export function citeFigure(input: FigureCitationInput, wording: CitationWording): Citation {
  const period = input.status === 'target' ? wording.target({ period: input.period }) : input.period;
  const short = wording.short({
    zone: input.zoneName,
    label: input.label,
    period,
    value: input.value,
    source: input.source.description,
    published: input.source.published,
  });
  const [before = '', after = ''] = wording.full({ short, site: input.siteName, url: input.url, accessed: ACCESSED }).split(ACCESSED);
  return { short, full: { before, after } };
}

/** The full citation as of a given day, already formatted. */
export function fullCitation(citation: Citation, accessed: string): string {
  return `${citation.full.before}${accessed}${citation.full.after}`;
}
