import { withoutSpaces } from '../patterns';
import type { ErrorCollector } from './errors';
import type { Section } from './sections';
import type { Correction, Source } from './sources';

export type { Correction } from './sources';

/**
 * Each correction must be honest: its original is in its source's verbatim text, its section
 * exists, and what it says the text now reads is what the Chinese pages really show.
 */
export function checkCorrections(source: Source, file: string, sourceSections: readonly Section[], errors: ErrorCollector): void {
  const slugs = new Set(sourceSections.map((section) => section.slug));
  const ids = new Set<string>();
  const rawLines = source.text.split('\n');
  const rawSqueezed = withoutSpaces(source.text);
  source.corrections.forEach((correction: Correction, index) => {
    const field = (name: string) => `corrections[${index}].${name}`;
    if (ids.has(correction.id)) errors.add(file, field('id'), `"${correction.id}" is used twice`);
    ids.add(correction.id);
    if (correction.section !== 'all' && !slugs.has(correction.section)) {
      errors.add(file, field('section'), `unknown section "${correction.section}" (known: all, ${[...slugs].join(', ')})`);
      return;
    }
    const inRaw = rawLines.some((line) => line.includes(correction.original)) || rawSqueezed.includes(withoutSpaces(correction.original));
    if (!inRaw) errors.add(file, field('original'), `"${correction.original}" does not occur in ${source.textFile}`);
    if (correction.type === 'query' && correction.original !== correction.corrected) {
      errors.add(file, field('corrected'), 'a query leaves the text as printed: corrected must equal original');
    }
    const corrected = withoutSpaces(correction.corrected);
    if (corrected && correction.section !== 'all' && source.cleanedInSections) {
      const section = sourceSections.find((candidate) => candidate.slug === correction.section);
      const shown = section ? withoutSpaces(`${section.title}${section.text}`) : '';
      if (section && !shown.includes(corrected)) {
        errors.add(file, field('corrected'), `"${correction.corrected}" does not occur in ${section.file}`);
      }
    }
  });
}
