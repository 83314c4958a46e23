/**
 * A site URL is what every canonical link, hreflang, share image, sitemap entry, feed, citation
 * and QR code is built on, so only a plain web address passes: http or https, a host, no
 * credentials, query or fragment. The value comes back without a trailing slash.
 */
export function parseSiteUrl(raw: string): { url: string } | { problem: string } {
  const value = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { problem: `"${value}" is not an absolute URL such as https://www.example.org` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { problem: `"${value}" must start with https:// (or http://), not ${parsed.protocol}` };
  if (!parsed.hostname) return { problem: `"${value}" has no host name` };
  if (parsed.username || parsed.password) return { problem: `"${value}" must not carry a user name or password` };
  if (parsed.search || parsed.hash || value.includes('?') || value.includes('#'))
    return { problem: `"${value}" must not have a query (?) or a fragment (#)` };
  return { url: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '') };
}
