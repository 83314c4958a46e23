/**
 * What `npm audit --omit=dev --json` said, as a verdict: the production dependencies have no high
 * or critical advisory; they have some; the registry refused the audit or could not be reached
 * (no result, never to be mistaken for a clean one); or npm printed something this reader does
 * not know (a changed format is an error, not a pass).
 */

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityCounts = Record<Severity, number>;

export type AuditVerdict =
  | { status: 'clean'; counts: SeverityCounts }
  | { status: 'failed'; counts: SeverityCounts; packages: string[] }
  | { status: 'unavailable'; reason: string }
  | { status: 'unreadable'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * npm's answer when the audit request failed: the failed request (`statusCode`, `message`) or a
 * network error (`error.code`, e.g. ENOTFOUND).
 */
function requestFailure(report: Record<string, unknown>): string | undefined {
  const error = isRecord(report.error) ? report.error : {};
  if (typeof report.statusCode !== 'number' && nonEmptyString(error.code) === undefined) return undefined;
  return (
    nonEmptyString(report.message) ?? nonEmptyString(error.summary) ?? nonEmptyString(error.code) ?? `HTTP ${String(report.statusCode)}`
  );
}

/** Reads npm audit's JSON output (report version 2, npm 7 and later). */
export function readAudit(output: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(output);
  } catch {
    return { status: 'unreadable', reason: `npm audit printed no JSON: ${output.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (!isRecord(report)) return { status: 'unreadable', reason: 'npm audit printed JSON that is not a report' };
  const failure = requestFailure(report);
  if (failure !== undefined) return { status: 'unavailable', reason: failure };

  const counted = isRecord(report.metadata) && isRecord(report.metadata.vulnerabilities) ? report.metadata.vulnerabilities : undefined;
  if (!counted || !isRecord(report.vulnerabilities))
    return { status: 'unreadable', reason: 'npm audit printed a report without metadata.vulnerabilities or vulnerabilities' };
  const missing = SEVERITIES.filter((severity) => typeof counted[severity] !== 'number');
  if (missing.length > 0) return { status: 'unreadable', reason: `npm audit's report has no count for ${missing.join(', ')}` };
  const count = (severity: Severity) => Number(counted[severity]);
  const counts: SeverityCounts = {
    info: count('info'),
    low: count('low'),
    moderate: count('moderate'),
    high: count('high'),
    critical: count('critical'),
  };

  // The counts and the entries must agree; either one showing high or critical fails.
  const packages: string[] = [];
  for (const [name, entry] of Object.entries(report.vulnerabilities)) {
    const severity = isRecord(entry) ? entry.severity : undefined;
    if (severity === 'high' || severity === 'critical') packages.push(`${name} (${severity})`);
  }
  packages.sort();
  return counts.high + counts.critical > 0 || packages.length > 0 ? { status: 'failed', counts, packages } : { status: 'clean', counts };
}

/** One line for the log: the counts of each severity, highest first. */
export function describeCounts(counts: SeverityCounts): string {
  return [...SEVERITIES]
    .reverse()
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}
