import type { Locale } from '@/i18n/routing';
import { formatIsoDate } from './format';

/**
 * Citations of a figure, derived from its data (the way Our World in Data derives its "cite
 * this" text): a short form for a caption, and a full form with the permanent URL and the date
 * the reader accessed it.
 */

export interface FigureCitationInput {
  locale: Locale;
  /** The zone's name, e.g. 湘潭高新区. */
  zoneName: string;
  /** The figure's label in this language. */
  label: string;
  /** The figure's value, formatted for this language (full style). */
  value: string;
  /** The period, formatted for this language. */
  period: string;
  status: 'actual' | 'target';
  source: { description: string; published: string };
  /** The website's name, as it should be credited. */
  siteName: string;
  /** Absolute permanent URL of the figure. */
  url: string;
}

export interface Citation {
  short: string;
  /** The full form around the access date: `${before}${date}${after}`. */
  full: { before: string; after: string };
}

export function citeFigure(input: FigureCitationInput): Citation {
  const published = formatIsoDate(input.source.published, input.locale);
  if (input.locale === 'zh') {
    const scope = input.status === 'target' ? `${input.period}，目标` : input.period;
    const short = `${input.zoneName}${input.label}（${scope}）：${input.value}。来源：${input.source.description}（${published}）。`;
    return { short, full: { before: `${short}引自：${input.siteName}，${input.url}，访问日期：`, after: '。' } };
  }
  const scope = input.status === 'target' ? `${input.period}, target` : input.period;
  const short = `${input.zoneName}, ${input.label} (${scope}): ${input.value}. Source: ${input.source.description}, ${published}.`;
  return { short, full: { before: `${short} Retrieved from ${input.siteName}, ${input.url}, accessed `, after: '.' } };
}

/** The full citation as of a given day (ISO YYYY-MM-DD). */
export function fullCitation(citation: Citation, accessed: string, locale: Locale): string {
  return `${citation.full.before}${formatIsoDate(accessed, locale)}${citation.full.after}`;
}
