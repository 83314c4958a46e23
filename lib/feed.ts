import { parseIsoDate } from './patterns';

/**
 * An RSS 2.0 feed. Entries whose day is not known (the source is dated only "March 2021")
 * carry it as dc:date (W3C-DTF allows YYYY-MM) and no pubDate, rather than an invented day.
 */

export interface FeedEntry {
  title: string;
  url: string;
  date: string;
  summary: string;
}

export interface FeedChannel {
  title: string;
  url: string;
  feedUrl: string;
  description: string;
  language: string;
  entries: FeedEntry[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date for a full ISO date (midnight UTC); undefined for a year-month. */
export function rfc822(iso: string): string | undefined {
  const parsed = parseIsoDate(iso);
  if (parsed?.day === undefined || parsed.month === undefined) return undefined;
  const date = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  return `${DAYS[date.getUTCDay()]}, ${String(parsed.day).padStart(2, '0')} ${MONTHS[date.getUTCMonth()]} ${parsed.year} 00:00:00 GMT`;
}

export function rssFeed(channel: FeedChannel): string {
  const items = channel.entries.map((entry) => {
    const pubDate = rfc822(entry.date);
    return [
      '    <item>',
      `      <title>${escapeXml(entry.title)}</title>`,
      `      <link>${escapeXml(entry.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(entry.url)}</guid>`,
      `      <description>${escapeXml(entry.summary)}</description>`,
      `      <dc:date>${escapeXml(entry.date)}</dc:date>`,
      ...(pubDate ? [`      <pubDate>${pubDate}</pubDate>`] : []),
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.url)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
