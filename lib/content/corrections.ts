import type { z } from 'zod';
import { withoutSpaces } from '../patterns';
import type { ErrorCollector } from './errors';
import type { correctionsSchema } from './schema';
import type { Section } from './sections';

export type Correction = z.infer<typeof correctionsSchema>['corrections'][number];


/**
 * Each correction must be honest: its original is in the raw source, its section exists,
 * and what it says the text now reads is what the Chinese pages really show.
 */
export function checkCorrections(
  corrections: readonly Correction[],
  file: string,
  rawSource: string,
  sourceSections: readonly Section[],
  errors: ErrorCollector,
): void {
  const slugs = new Set(sourceSections.map((section) => section.slug));
  const ids = new Set<string>();
  const rawLines = rawSource.split('\n');
  const rawSqueezed = withoutSpaces(rawSource);
  corrections.forEach((correction, index) => {
    const field = (name: string) => `corrections[${index}].${name}`;
    if (ids.has(correction.id)) errors.add(file, field('id'), `"${correction.id}" is used twice`);
    ids.add(correction.id);
    if (correction.section !== 'all' && !slugs.has(correction.section)) {
      errors.add(file, field('section'), `unknown section "${correction.section}" (known: all, ${[...slugs].join(', ')})`);
      return;
    }
    const inRaw = rawLines.some((line) => line.includes(correction.original)) || rawSqueezed.includes(withoutSpaces(correction.original));
    if (!inRaw) errors.add(file, field('original'), `"${correction.original}" does not occur in the raw source`);
    if (correction.type === 'query' && correction.original !== correction.corrected) {
      errors.add(file, field('corrected'), 'a query leaves the text as printed: corrected must equal original');
    }
    const corrected = withoutSpaces(correction.corrected);
    if (corrected && correction.section !== 'all') {
      const section = sourceSections.find((candidate) => candidate.slug === correction.section);
      const shown = section ? withoutSpaces(`${section.title}${section.text}`) : '';
      if (section && !shown.includes(corrected)) {
        errors.add(file, field('corrected'), `"${correction.corrected}" does not occur in ${section.file}`);
      }
    }
  });
}
