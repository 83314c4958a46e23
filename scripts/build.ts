/**
 * `npm run build`: every step that makes out/, in order, stopping at the first failure, and a
 * line with the time each step took (the scale script reads it). Next.js exports to a staging
 * folder (scripts/next-adapter.mjs); out/ is replaced only once everything has succeeded, so a build that fails
 * anywhere leaves the previous out/ whole.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<{ name: string; command: string[] }> = [
  { name: 'check', command: ['tsx', 'scripts/check-content.ts'] },
  { name: 'images', command: ['tsx', 'scripts/build-images.ts'] },
  // Exports, then makes the export runtime-free, indexes, checks and publishes it (scripts/next-adapter.mjs).
  { name: 'next', command: ['next', 'build'] },
];

const timings: string[] = [];
for (const step of steps) {
  const started = performance.now();
  const result = spawnSync('npx', ['--no-install', ...step.command], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: step "${step.name}" failed`);
    process.exit(result.status ?? 1);
  }
  timings.push(`${step.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`build times: ${timings.join(' · ')}`);
