import { describe, expect, it } from 'vitest';
import { describeCounts, readAudit } from './dependency-audit';

const counts = (high = 0, critical = 0, moderate = 0) => ({ info: 0, low: 0, moderate, high, critical, total: high + critical + moderate });
const report = (vulnerabilities: Record<string, unknown>, metadataCounts: ReturnType<typeof counts>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: metadataCounts, dependencies: { prod: 60, dev: 0, total: 60 } },
  });

describe('readAudit', () => {
  it('passes a report with no high or critical advisory, moderate ones included', () => {
    const verdict = readAudit(report({ 'some-lib': { name: 'some-lib', severity: 'moderate', via: [] } }, counts(0, 0, 1)));
    expect(verdict).toEqual({ status: 'clean', counts: { info: 0, low: 0, moderate: 1, high: 0, critical: 0 } });
  });

  it('fails a report with a high or critical advisory, naming the packages', () => {
    const verdict = readAudit(
      report(
        {
          next: { name: 'next', severity: 'critical', via: [] },
          'some-lib': { name: 'some-lib', severity: 'high', via: [] },
          other: { name: 'other', severity: 'low' },
        },
        counts(1, 1),
      ),
    );
    expect(verdict).toEqual({
      status: 'failed',
      counts: { info: 0, low: 0, moderate: 0, high: 1, critical: 1 },
      packages: ['next (critical)', 'some-lib (high)'],
    });
  });

  it('reports the registry refusing the audit as unavailable, not as clean (what this build machine answers)', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(readAudit(refused)).toEqual({
      status: 'unavailable',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
  });

  it('reports a registry that cannot be reached as unavailable', () => {
    expect(
      readAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } })),
    ).toEqual({
      status: 'unavailable',
      reason: 'getaddrinfo ENOTFOUND registry.npmjs.org',
    });
  });

  it('does not pass output it cannot read: no JSON, no report, missing counts, a changed format', () => {
    expect(readAudit('')).toEqual({ status: 'unreadable', reason: 'npm audit printed no JSON: (nothing)' });
    expect(readAudit('[]').status).toBe('unreadable');
    expect(readAudit(JSON.stringify({ metadata: { vulnerabilities: {} }, vulnerabilities: {} }))).toEqual({
      status: 'unreadable',
      reason: "npm audit's report has no count for info, low, moderate, high, critical",
    });
    expect(readAudit(JSON.stringify({ auditReportVersion: 3, advisories: {} })).status).toBe('unreadable');
  });

  it('fails a report whose entries show a high advisory even when its counts do not', () => {
    const verdict = readAudit(report({ 'some-lib': { name: 'some-lib', severity: 'high', via: [] } }, counts()));
    expect(verdict).toMatchObject({ status: 'failed', packages: ['some-lib (high)'] });
  });
});

describe('describeCounts', () => {
  it('lists the severities from critical down', () => {
    expect(describeCounts({ info: 0, low: 2, moderate: 1, high: 0, critical: 0 })).toBe('0 critical, 0 high, 1 moderate, 2 low, 0 info');
  });
});
