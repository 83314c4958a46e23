/**
 * Runs before `next build`: loads and validates all content and UI messages, and stops the
 * build with every problem listed by file and field.
 */
import { authoredLocales, defaultLocale, locales } from '../i18n/languages';
import { compareMessages, readMessageFile } from '../i18n/messages';
import { ContentValidationError, loadContent } from '../lib/content';
import { parseSiteUrl } from '../lib/site-url';

function main(): number {
  const problems: string[] = [];
  try {
    const content = loadContent();
    const counts = locales.map((locale) => `${content.sections[locale].length} ${locale}`).join(', ');
    console.log(`content: ok (sections: ${counts}; glossary: ${content.glossary.length}; corrections: ${content.corrections.length})`);
  } catch (error) {
    if (error instanceof ContentValidationError) problems.push(...error.errors.map((item) => item.message));
    else throw error;
  }
  const fromEnv = process.env.SITE_URL?.trim();
  if (fromEnv) {
    const result = parseSiteUrl(fromEnv);
    if ('problem' in result) problems.push(`SITE_URL: ${result.problem}`);
    else console.log(`site URL: ${result.url} (from SITE_URL)`);
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
    console.error(`\nThe build stops: ${problems.length} problem${problems.length === 1 ? '' : 's'} in content, messages or SITE_URL.\n`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    console.error('');
    return 1;
  }
  console.log('messages: ok');
  return 0;
}

process.exit(main());
