/**
 * The site's Next.js adapter (next.config.ts: adapterPath): Next.js's own hooks into its build.
 * - modifyConfig: a production build exports to a staging folder, not to out/;
 * - onBuildComplete: once Next.js has written the export, scripts/finish-export.ts makes it
 *   runtime-free, indexes it for search, checks it, precompresses it and only then puts it in
 *   out/. Any failure fails `next build` and leaves the previous out/ whole.
 * Plain JavaScript because Next.js imports it as it is; the work is done by TypeScript in a child
 * process (tsx), apart from Next.js's own module loading.
 */
import { spawnSync } from 'node:child_process';

/** Where a production build exports to (the adapter's own folder, inside the project's ignored .cache/). */
const STAGING_DIR = '.cache/export';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'runtime-free-static-export',
  modifyConfig(config, { phase }) {
    return phase === 'phase-production-build' ? { ...config, distDir: STAGING_DIR } : config;
  },
  onBuildComplete({ config }) {
    const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/finish-export.ts', config.distDir], { stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`scripts/finish-export.ts failed (exit ${result.status ?? result.signal}): out/ is left as it was`);
  },
};

export default adapter;
