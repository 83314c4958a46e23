/**
 * Runs before `next build`: loads and validates all content and UI messages, and stops the
 * build with every problem listed by file and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { ContentValidationError, loadContent } from '../lib/content';
import { compareMessages } from '../lib/messages';

function readMessages(locale: string) {
  const file = path.join(process.cwd(), 'messages', `${locale}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`messages/${locale}.json › (file): ${(error as Error).message}`);
  }
}

function main(): number {
  const problems: string[] = [];
  try {
    const content = loadContent();
    const counts = routing.locales.map((locale) => `${content.sections[locale].length} ${locale}`).join(', ');
    console.log(`content: ok (sections: ${counts}; glossary: ${content.glossary.length}; corrections: ${content.corrections.length})`);
  } catch (error) {
    if (error instanceof ContentValidationError) problems.push(...error.errors.map((item) => item.message));
    else throw error;
  }
  try {
    const reference = { locale: routing.defaultLocale, messages: readMessages(routing.defaultLocale) };
    for (const locale of routing.locales) {
      if (locale === routing.defaultLocale) continue;
      problems.push(...compareMessages(reference, { locale, messages: readMessages(locale) }));
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    console.error(`\nThe build stops: ${problems.length} problem${problems.length === 1 ? '' : 's'} in content or messages.\n`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    console.error('');
    return 1;
  }
  console.log('messages: ok');
  return 0;
}

process.exit(main());
