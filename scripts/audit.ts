/**
 * `npm run audit`: `npm audit --omit=dev`, judged. Fails (exit 1) when a production dependency has
 * a high or critical advisory. When the audit cannot be run (the registry refuses it or cannot be
 * reached) it says so loudly and exits 0, so that CI on a closed network still runs; `--require`
 * makes that an error too, for a release machine with ordinary network access.
 */
import { spawnSync } from 'node:child_process';
import { describeCounts, readAudit } from '../lib/dependency-audit';

const auditRequired = process.argv.includes('--require');
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
const verdict = readAudit(result.stdout ?? '');

switch (verdict.status) {
  case 'clean':
    console.log(`npm audit --omit=dev: no high or critical advisory (${describeCounts(verdict.counts)}).`);
    break;
  case 'failed':
    console.error(`npm audit --omit=dev: ${describeCounts(verdict.counts)}. High or critical: ${verdict.packages.join(', ')}.`);
    console.error('Run `npm audit --omit=dev` for the advisories and their fixes.');
    process.exit(1);
    break;
  case 'unavailable':
    console.warn(`npm audit --omit=dev could NOT be run, so the dependencies are NOT audited: ${verdict.reason}`);
    if (auditRequired) process.exit(1);
    break;
}
