import type { SiteSettings } from './content';
import { releaseSiteUrlProblem } from './site-url';

/**
 * What a release build asks of content/site.json. The site URL is a rule (a preview address must
 * never be published); the other settings are what the source cannot supply and the zone must:
 * while they are empty the site shows nothing in their place, so a release only warns.
 */

export interface ReleaseCheck {
  /** Stops the release: the site URL's problem. */
  problem?: string;
  /** Fields of content/site.json still empty, by their path: "contact.phone". */
  emptySettings: string[];
}

/** `siteUrl` undefined: it was refused already (a bad SITE_URL), and only the settings are checked. */
export function checkRelease(site: SiteSettings, siteUrl: string | undefined): ReleaseCheck {
  const texts: Array<[string, string | Record<string, string>]> = [
    ['contact.organisation', site.contact.organisation],
    ['contact.address', site.contact.address],
    ['contact.phone', site.contact.phone],
    ['contact.email', site.contact.email],
    ['contact.website', site.contact.website],
    ['filing.icp', site.filing.icp],
    ['filing.publicSecurity', site.filing.publicSecurity],
    ['dataLicence.name', site.dataLicence.name],
    ['dataLicence.url', site.dataLicence.url],
  ];
  const isEmpty = (value: string | Record<string, string>) =>
    typeof value === 'string' ? value.trim() === '' : Object.values(value).every((text) => text.trim() === '');
  const problem = siteUrl === undefined ? undefined : releaseSiteUrlProblem(siteUrl);
  return { ...(problem ? { problem } : {}), emptySettings: texts.filter(([, value]) => isEmpty(value)).map(([field]) => field) };
}
