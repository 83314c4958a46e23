import type { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import type { ErrorCollector } from './errors';
import type { glossarySchema } from './schema';
import { figurePeriodText, figureText } from './figures';
import type { Section } from './sections';

export type GlossaryTerm = z.infer<typeof glossarySchema>['terms'][number];

/** Everything a reader sees of a section, in one string. */
export function sectionFullText(section: Section): string {
  return [
    section.title,
    section.summary,
    section.text,
    ...section.pullQuotes.map((quote) => `${quote.text} ${quote.cite ?? ''}`),
    ...section.keyFigures.map(
      (figure) => `${figureText(figure, section.locale)} ${figure.label[section.locale]} ${figurePeriodText(figure, section.locale)}`,
    ),
  ].join('\n');
}

export function checkGlossaryIds(terms: readonly GlossaryTerm[], file: string, errors: ErrorCollector): void {
  const ids = new Map<string, number>();
  const zhTerms = new Map<string, number>();
  terms.forEach((term, index) => {
    const sameId = ids.get(term.id);
    if (sameId !== undefined) errors.add(file, `terms[${index}].id`, `"${term.id}" is already used by terms[${sameId}]`);
    ids.set(term.id, index);
    const sameZh = zhTerms.get(term.zh);
    if (sameZh !== undefined) errors.add(file, `terms[${index}].zh`, `"${term.zh}" is already defined by terms[${sameZh}]`);
    zhTerms.set(term.zh, index);
  });
}

/**
 * The glossary fixes each name's English: wherever the Chinese of a section uses a term,
 * the English of that section must use the glossary's English for it.
 */
export function checkGlossaryUsage(
  terms: readonly GlossaryTerm[],
  sections: Record<Locale, Section[]>,
  errors: ErrorCollector,
): void {
  for (const zh of sections.zh) {
    const zhText = sectionFullText(zh);
    for (const locale of routing.locales) {
      if (locale === 'zh') continue;
      const translated = sections[locale].find((section) => section.slug === zh.slug);
      if (!translated) continue;
      const translatedText = sectionFullText(translated).toLowerCase();
      for (const term of terms) {
        if (zhText.includes(term.zh) && !translatedText.includes(term[locale].toLowerCase())) {
          errors.add(
            translated.file,
            `glossary "${term.id}"`,
            `the Chinese uses "${term.zh}" but the ${locale} text never says "${term[locale]}" (content/glossary.json)`,
          );
        }
      }
    }
  }
}
