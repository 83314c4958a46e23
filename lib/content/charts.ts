import type { z } from 'zod';
import type { ErrorCollector } from './errors';
import type { Figure } from './figures';
import type { chartsSchema, LocalizedText } from './schema';

type RawChart = z.infer<typeof chartsSchema>['charts'][number];

/** A chart definition with its figures resolved. */
export type Chart =
  | (Omit<Extract<RawChart, { kind: 'columns' }>, 'figures'> & { figures: Figure[] })
  | (Omit<Extract<RawChart, { kind: 'bars' }>, 'bars'> & { bars: Array<{ figure: Figure; note?: Figure }> })
  | (Omit<Extract<RawChart, { kind: 'pairs' }>, 'pairs'> & {
      pairs: Array<{ label: LocalizedText; actual: Figure; target: Figure }>;
    });

/** Every figure of a chart, in reading order. */
export function chartFigures(chart: Chart): Figure[] {
  switch (chart.kind) {
    case 'columns':
      return chart.figures;
    case 'bars':
      return chart.bars.flatMap((bar) => (bar.note ? [bar.figure, bar.note] : [bar.figure]));
    case 'pairs':
      return chart.pairs.flatMap((pair) => [pair.actual, pair.target]);
  }
}

export function resolveCharts(
  raw: readonly RawChart[],
  file: string,
  figures: ReadonlyMap<string, Figure>,
  sectionSlugs: ReadonlySet<string>,
  errors: ErrorCollector,
): Chart[] {
  const ids = new Set<string>();
  const charts: Chart[] = [];
  raw.forEach((chart, index) => {
    const at = (field: string) => `charts[${index}].${field}`;
    let ok = true;
    const figure = (id: string, field: string): Figure => {
      const found = figures.get(id);
      if (!found) {
        errors.add(file, at(field), `unknown figure id "${id}"`);
        ok = false;
      }
      return found as Figure;
    };
    const sameUnit = (list: Figure[], field: string) => {
      const drawn = list.filter(Boolean);
      const units = new Set(drawn.map((item) => item.unit));
      if (units.size > 1) {
        const named = drawn.map((item) => `${item.id} (${item.unit})`).join(', ');
        errors.add(file, at(field), `chart "${chart.id}" draws values of different units on one axis: ${named}`);
        ok = false;
      }
    };
    /** A target is compared only with actuals of its own indicator: like with like. */
    const likeWithLike = (list: Figure[], field: string) => {
      const drawn = list.filter(Boolean);
      const targets = drawn.filter((item) => item.status === 'target');
      if (targets.length === 0) return;
      const indicators = new Set(drawn.map((item) => item.indicator ?? `(no indicator: ${item.id})`));
      if (indicators.size > 1) {
        const named = drawn.map((item) => `${item.id} (${item.status}, ${item.indicator ?? 'no indicator'})`).join(', ');
        errors.add(file, at(field), `chart "${chart.id}" pairs a target with an actual of a different indicator: ${named}`);
        ok = false;
      }
    };
    if (ids.has(chart.id)) errors.add(file, at('id'), `"${chart.id}" is used by another chart`);
    ids.add(chart.id);
    if (!sectionSlugs.has(chart.section)) errors.add(file, at('section'), `unknown section "${chart.section}"`);

    let resolved: Chart;
    switch (chart.kind) {
      case 'columns': {
        const list = chart.figures.map((id, i) => figure(id, `figures[${i}]`));
        sameUnit(list, 'figures');
        likeWithLike(list, 'figures');
        resolved = { ...chart, figures: list };
        break;
      }
      case 'bars': {
        const bars = chart.bars.map((bar, i) => ({
          figure: figure(bar.figure, `bars[${i}].figure`),
          ...(bar.note ? { note: figure(bar.note, `bars[${i}].note`) } : {}),
        }));
        sameUnit(
          bars.map((bar) => bar.figure),
          'bars',
        );
        likeWithLike(
          bars.map((bar) => bar.figure),
          'bars',
        );
        resolved = { ...chart, bars };
        break;
      }
      case 'pairs': {
        const pairs = chart.pairs.map((pair, i) => {
          const actual = figure(pair.actual, `pairs[${i}].actual`);
          const target = figure(pair.target, `pairs[${i}].target`);
          likeWithLike([actual, target], `pairs[${i}]`);
          if (actual && actual.status !== 'actual') errors.add(file, at(`pairs[${i}].actual`), `"${actual.id}" is a ${actual.status}, not an actual`);
          if (target && target.status !== 'target') errors.add(file, at(`pairs[${i}].target`), `"${target.id}" is an ${target.status}, not a target`);
          return { label: pair.label, actual, target };
        });
        sameUnit(
          pairs.flatMap((pair) => [pair.actual, pair.target]),
          'pairs',
        );
        resolved = { ...chart, pairs };
        break;
      }
    }
    if (ok) charts.push(resolved);
  });
  return charts;
}
