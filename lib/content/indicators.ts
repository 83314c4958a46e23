import type { z } from 'zod';
import type { ErrorCollector } from './errors';
import type { Figure } from './figures';
import type { indicatorsSchema } from './schema';

type RawIndicator = z.infer<typeof indicatorsSchema>['indicators'][number];

/** What a series of figures measures, with its figures in order of period. */
export interface Indicator extends RawIndicator {
  /** Oldest period first; actuals and targets of one period side by side. */
  figures: Figure[];
  /** The newest actual value; the newest target when there is no actual yet. */
  latest: Figure;
}

/** The end of a period, for ordering: "2019/2020" and "../2020-12-31" end in 2020. */
export function periodEnd(period: string): string {
  return period.split('/').at(-1) ?? period;
}

function byPeriod(a: Figure, b: Figure): number {
  return periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.period.localeCompare(b.period) || (a.status === b.status ? 0 : a.status === 'actual' ? -1 : 1);
}

/** The newest figure of a list: its newest actual, or its newest target when it has no actual. */
export function latestFigure(figures: readonly Figure[]): Figure | undefined {
  const sorted = [...figures].sort(byPeriod);
  return sorted.filter((figure) => figure.status === 'actual').at(-1) ?? sorted.at(-1);
}

/**
 * Joins figures to their indicators and checks the series: an indicator id must exist, a figure
 * has its indicator's unit, one indicator has one value per period and status, and a figure whose
 * label is an indicator's must name it. An indicator without figures is reported too.
 */
export function resolveIndicators(
  raw: readonly RawIndicator[],
  file: string,
  figures: readonly Figure[],
  figuresFile: string,
  sectionSlugs: ReadonlySet<string>,
  errors: ErrorCollector,
): Indicator[] {
  const byId = new Map<string, RawIndicator>();
  raw.forEach((indicator, index) => {
    if (byId.has(indicator.id)) errors.add(file, `indicators[${index}].id`, `"${indicator.id}" is used by another indicator`);
    else byId.set(indicator.id, indicator);
    if (!sectionSlugs.has(indicator.section)) errors.add(file, `indicators[${index}].section`, `unknown section "${indicator.section}"`);
  });
  const labelOwner = new Map<string, string>();
  for (const indicator of raw) for (const label of Object.values(indicator.label)) labelOwner.set(label, indicator.id);
  for (const figure of figures) if (figure.indicator) for (const label of Object.values(figure.label)) labelOwner.set(label, figure.indicator);

  const members = new Map<string, Figure[]>();
  const seen = new Map<string, string>();
  figures.forEach((figure, index) => {
    const at = (field: string) => `figures[${index}].${field}`;
    if (!figure.indicator) {
      if (byId.has(figure.id)) errors.add(figuresFile, at('id'), `"${figure.id}" is an indicator's id (content/indicators.json): a fact needs an id of its own`);
      const owner = Object.values(figure.label)
        .map((label) => labelOwner.get(label))
        .find(Boolean);
      if (owner) errors.add(figuresFile, at('indicator'), `is missing: "${figure.id}" measures what indicator "${owner}" measures (same label); name it`);
      return;
    }
    const indicator = byId.get(figure.indicator);
    if (!indicator) {
      errors.add(figuresFile, at('indicator'), `unknown indicator "${figure.indicator}" (content/indicators.json)`);
      return;
    }
    if (indicator.unit !== figure.unit) {
      errors.add(figuresFile, at('unit'), `is "${figure.unit}" but indicator "${indicator.id}" is measured in "${indicator.unit}"`);
      return;
    }
    const key = `${indicator.id} ${figure.status} ${figure.period}`;
    const other = seen.get(key);
    if (other) {
      errors.add(figuresFile, at('period'), `"${figure.id}" and "${other}" both give the ${figure.status} value of indicator "${indicator.id}" for ${figure.period}`);
      return;
    }
    seen.set(key, figure.id);
    members.set(indicator.id, [...(members.get(indicator.id) ?? []), figure]);
  });

  return raw.flatMap((indicator, index) => {
    const list = (members.get(indicator.id) ?? []).sort(byPeriod);
    const latest = latestFigure(list);
    if (!latest) {
      errors.add(file, `indicators[${index}]`, `no figure measures "${indicator.id}": give a figure "indicator": "${indicator.id}", or remove it`);
      return [];
    }
    return [{ ...indicator, figures: list, latest }];
  });
}

/** The newest actual value among the indicators': what "the latest figures" describe. */
export function newestActual(indicators: readonly Indicator[]): Figure | undefined {
  const actuals = indicators.map((indicator) => indicator.latest).filter((figure) => figure.status === 'actual');
  return latestFigure(actuals);
}

/**
 * What to show for a figure where the current value is wanted (the home page's key figures): its
 * indicator's newest actual, when that is newer; otherwise the figure itself.
 */
export function currentFigure(figure: Figure, indicators: ReadonlyMap<string, Indicator>): Figure {
  const latest = figure.indicator ? indicators.get(figure.indicator)?.latest : undefined;
  if (!latest || latest.status !== 'actual' || figure.status !== 'actual') return figure;
  return periodEnd(latest.period) > periodEnd(figure.period) ? latest : figure;
}

/** Indicators with the most recent latest value first; the content's order otherwise. */
export function byRecency(indicators: readonly Indicator[]): Indicator[] {
  return [...indicators].sort((a, b) => periodEnd(b.latest.period).localeCompare(periodEnd(a.latest.period)));
}
