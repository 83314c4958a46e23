/**
 * What `npm audit --omit=dev --json` said, as a verdict: the production dependencies have no high
 * or critical advisory, they have some, or the audit could not be run (the registry refused or
 * could not be reached), which is never to be mistaken for a clean result.
 */

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityCounts = Record<Severity, number>;

export type AuditVerdict =
  | { status: 'clean'; counts: SeverityCounts }
  | { status: 'failed'; counts: SeverityCounts; packages: string[] }
  | { status: 'unavailable'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads npm audit's JSON output (report version 2, npm 7 and later). */
export function readAudit(output: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(output);
  } catch {
    return { status: 'unavailable', reason: `npm audit printed no JSON: ${output.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (!isRecord(report)) return { status: 'unavailable', reason: 'npm audit printed JSON that is not a report' };
  const metadata = report.metadata;
  const counted = isRecord(metadata) && isRecord(metadata.vulnerabilities) ? metadata.vulnerabilities : undefined;
  if (!counted) {
    // An error instead of a report: npm prints the failed request (message, statusCode) or `error`.
    const error = isRecord(report.error) ? report.error : {};
    const message = [report.message, error.summary, error.detail].find((part) => typeof part === 'string' && part !== '');
    return { status: 'unavailable', reason: typeof message === 'string' ? message : 'npm audit returned no report' };
  }
  const count = (severity: Severity) => {
    const value = counted[severity];
    return typeof value === 'number' ? value : 0;
  };
  const counts: SeverityCounts = { info: count('info'), low: count('low'), moderate: count('moderate'), high: count('high'), critical: count('critical') };
  const vulnerabilities = isRecord(report.vulnerabilities) ? report.vulnerabilities : {};
  const packages: string[] = [];
  for (const [name, entry] of Object.entries(vulnerabilities)) {
    const severity = isRecord(entry) ? entry.severity : undefined;
    if (severity === 'high' || severity === 'critical') packages.push(`${name} (${severity})`);
  }
  packages.sort();
  return counts.high + counts.critical > 0 ? { status: 'failed', counts, packages } : { status: 'clean', counts };
}

/** One line for the log: the counts of each severity, highest first. */
export function describeCounts(counts: SeverityCounts): string {
  return [...SEVERITIES]
    .reverse()
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}
