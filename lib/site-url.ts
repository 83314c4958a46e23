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

/** Host names that only ever mean "this machine" or "no machine". */
function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(host) || host === '0.0.0.0') return true;
  // IPv6 loopback and unspecified, in any spelling URL gives them (::1, ::).
  return host === '::1' || host === '::' || /^(0{1,4}:){7}0{0,3}[01]$/.test(host);
}

/**
 * What stops a release build from publishing `url` (already passed by parseSiteUrl): a site
 * address that is not https, or that names this machine, would be written into every link a
 * reader shares. Undefined when it may be published.
 */
export function releaseSiteUrlProblem(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') return `"${url}" must start with https:// for a release`;
  if (isLocalHost(parsed.hostname)) return `"${url}" names this machine (${parsed.hostname}), not the public site`;
  return undefined;
}
