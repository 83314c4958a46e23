/**
 * `npm run build`: every step that makes out/, in order, stopping at the first failure, and a
 * line with the time each step took (the scale script reads it). Next.js exports to a staging
 * folder (scripts/next-adapter.mjs); out/ is replaced only once everything has succeeded, so a build that fails
 * anywhere leaves the previous out/ whole.
 *
 * `npm run build:release` (--release) is the build that may be published: the content check
 * refuses a site URL that is not a public https address, and the finished out/ is searched for
 * any address of this machine (localhost, 127.0.0.1, ::1) that slipped into a page or download.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findLocalAddresses } from './lib/local-addresses';

const { values: args } = parseArgs({ options: { release: { type: 'boolean', default: false } } });

const steps: Array<{ name: string; command: string[] }> = [
  { name: 'check', command: ['tsx', 'scripts/check-content.ts', ...(args.release ? ['--release'] : [])] },
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

if (args.release) {
  const found = findLocalAddresses(path.join(process.cwd(), 'out'));
  if (found.length > 0) {
    console.error(
      `\nbuild:release: out/ names this machine in ${found.length} place${found.length === 1 ? '' : 's'}; it must not be published:`,
    );
    for (const { file, address, count } of found.slice(0, 20)) console.error(`  ✗ out/${file}: ${address} (${count}×)`);
    if (found.length > 20) console.error(`  … and ${found.length - 20} more`);
    process.exit(1);
  }
  console.log('release: no address of this machine in out/');
}
console.log(`build times: ${timings.join(' · ')}`);
