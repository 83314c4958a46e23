/**
 * `npm run audit:prod`: `npm audit --omit=dev`, judged. Fails (exit 1) when a production
 * dependency has a high or critical advisory, or when npm's output cannot be read. When the
 * registry refuses the audit or cannot be reached it says so plainly and exits 0, so that CI on a
 * closed network still runs; `--require` makes that an error too, for a release machine with
 * ordinary network access.
 */
import { spawnSync } from 'node:child_process';
import { describeCounts, readAudit } from './lib/dependency-audit';

const auditRequired = process.argv.includes('--require');
// A report with many advisories is large: room for it, or it would be cut and read as unreadable.
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  shell: process.platform === 'win32',
});
const verdict = result.error
  ? { status: 'unreadable' as const, reason: `npm audit did not run: ${result.error.message}` }
  : readAudit(result.stdout);

switch (verdict.status) {
  case 'clean':
    console.log(`npm audit --omit=dev: no high or critical advisory (${describeCounts(verdict.counts)}).`);
    break;
  case 'failed':
    console.error(`npm audit --omit=dev: ${describeCounts(verdict.counts)}. High or critical: ${verdict.packages.join(', ')}.`);
    console.error('Run `npm audit --omit=dev` for the advisories and their fixes.');
    process.exitCode = 1;
    break;
  case 'unavailable':
    console.warn(`npm audit --omit=dev could not be run, so the dependencies were NOT audited: ${verdict.reason}`);
    if (auditRequired) process.exitCode = 1;
    break;
  case 'unreadable':
    console.error(`npm audit --omit=dev: ${verdict.reason}`);
    if (result.stderr.trim()) console.error(result.stderr.trim().split('\n').slice(-5).join('\n'));
    process.exitCode = 1;
    break;
}
