/**
 * Runs before `next build`: loads and validates all content and UI messages, and stops the
 * build with every problem listed by file and field. With --release (npm run build:release) it
 * also refuses a site URL that is not a public https address, and names every release setting
 * of content/site.json still empty.
 */
import { parseArgs } from 'node:util';
import { authoredLocales, defaultLocale, locales } from '../i18n/languages';
import { compareMessages, readMessageFile } from '../i18n/messages';
import { ContentValidationError, loadContent, type SiteContent } from '../lib/content';
import { checkRelease } from '../lib/release';
import { parseSiteUrl } from '../lib/site-url';

const SITE_FILE = 'content/site.json';

function main(): number {
  const { values: args } = parseArgs({ options: { release: { type: 'boolean', default: false } } });
  const problems: string[] = [];
  let content: SiteContent | undefined;
  try {
    content = loadContent();
    const counts = locales.map((locale) => `${content?.sections[locale].length} ${locale}`).join(', ');
    console.log(`content: ok (sections: ${counts}; glossary: ${content.glossary.length}; corrections: ${content.corrections.length})`);
  } catch (error) {
    if (error instanceof ContentValidationError) problems.push(...error.errors.map((item) => item.message));
    else throw error;
  }
  // Where the site URL comes from, named in every message about it.
  let siteUrl: { url: string; from: string } | undefined;
  const fromEnv = process.env.SITE_URL?.trim();
  if (fromEnv) {
    const result = parseSiteUrl(fromEnv);
    if ('problem' in result) problems.push(`SITE_URL: ${result.problem}`);
    else siteUrl = { url: result.url, from: 'SITE_URL' };
  } else if (content) {
    siteUrl = { url: content.site.siteUrl, from: `${SITE_FILE} › siteUrl` };
  }
  if (siteUrl) console.log(`site URL: ${siteUrl.url} (from ${siteUrl.from})`);
  if (args.release && content) {
    const release = checkRelease(content.site, siteUrl?.url);
    if (release.problem) problems.push(`${siteUrl?.from}: ${release.problem}; set SITE_URL=https://… for a release build`);
    for (const field of release.emptySettings)
      console.warn(`  ! release: ${SITE_FILE} › ${field} is empty; the site shows nothing in its place`);
  }
  try {
    const reference = { locale: defaultLocale, messages: readMessageFile(defaultLocale) };
    for (const locale of authoredLocales) {
      if (locale === defaultLocale) continue;
      problems.push(...compareMessages(reference, { locale, messages: readMessageFile(locale) }));
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    console.error(
      `\nThe build stops: ${problems.length} problem${problems.length === 1 ? '' : 's'} in content, messages or the site URL.\n`,
    );
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    console.error('');
    return 1;
  }
  console.log('messages: ok');
  return 0;
}

process.exit(main());
