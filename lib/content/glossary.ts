import type { z } from 'zod';
import { languageOf, locales, sourceLocale, type Locale } from '@/i18n/languages';
import type { ErrorCollector } from './errors';
import type { glossarySchema } from './schema';
import { formatFigureValue, formatPeriod } from '../format';
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
      (figure) => `${formatFigureValue(figure, section.locale)} ${figure.label[section.locale]} ${formatPeriod(figure.period, section.locale)}`,
    ),
  ].join('\n');
}

export function checkGlossaryIds(terms: readonly GlossaryTerm[], file: string, errors: ErrorCollector): void {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  terms.forEach((term, index) => {
    const sameId = ids.get(term.id);
    if (sameId !== undefined) errors.add(file, `terms[${index}].id`, `"${term.id}" is already used by terms[${sameId}]`);
    ids.set(term.id, index);
    const name = term[sourceLocale];
    const sameName = names.get(name);
    if (sameName !== undefined) errors.add(file, `terms[${index}].${sourceLocale}`, `"${name}" is already defined by terms[${sameName}]`);
    names.set(name, index);
  });
}

/**
 * The glossary fixes each name's translation: wherever the source language's text of a section
 * uses a term, every translation of that section must use the glossary's name for it. Generated
 * languages are not translations, and are not checked.
 */
export function checkGlossaryUsage(terms: readonly GlossaryTerm[], sections: Record<Locale, Section[]>, errors: ErrorCollector): void {
  const translations = locales.filter((locale) => locale !== sourceLocale && !languageOf(locale).fallback);
  for (const original of sections[sourceLocale]) {
    const originalText = sectionFullText(original);
    for (const locale of translations) {
      const translated = sections[locale].find((section) => section.slug === original.slug);
      if (!translated) continue;
      const translatedText = sectionFullText(translated).toLowerCase();
      for (const term of terms) {
        if (originalText.includes(term[sourceLocale]) && !translatedText.includes(term[locale].toLowerCase())) {
          errors.add(
            translated.file,
            `glossary "${term.id}"`,
            `the ${sourceLocale} text uses "${term[sourceLocale]}" but the ${locale} text never says "${term[locale]}" (content/glossary.json)`,
          );
        }
      }
    }
  }
}
