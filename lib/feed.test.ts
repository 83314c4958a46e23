import { describe, expect, it } from 'vitest';
import { escapeXml, rfc822, rssFeed } from './feed';

describe('rssFeed', () => {
  const xml = rssFeed({
    title: 'Updates · Test <Park>',
    url: 'https://example.org/en/updates/',
    feedUrl: 'https://example.org/en/feed.xml',
    description: 'News & notes',
    language: 'en',
    entries: [
      { title: 'A day', url: 'https://example.org/en/updates/a/', date: '2021-01-04', summary: 'First "one"' },
      { title: 'A month', url: 'https://example.org/en/updates/b/', date: '2021-03', summary: 'Second' },
    ],
  });

  it('escapes text and carries every entry', () => {
    expect(xml).toContain('<title>Updates · Test &lt;Park&gt;</title>');
    expect(xml).toContain('<description>News &amp; notes</description>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/en/updates/a/</guid>');
  });

  it('gives a pubDate only when the day is known, and dc:date always', () => {
    expect(xml).toContain('<pubDate>Mon, 04 Jan 2021 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<dc:date>2021-03</dc:date>');
    expect(xml.match(/<pubDate>/g)).toHaveLength(1);
  });

  it('helpers', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(rfc822('2021-03')).toBeUndefined();
    expect(rfc822('2020-02-29')).toBe('Sat, 29 Feb 2020 00:00:00 GMT');
  });
});
