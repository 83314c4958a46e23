/**
 * `npm start`: builds the site if out/ has not been built yet, then serves it on
 * http://localhost:3000 as a static host would. `npm run build` rebuilds on demand.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { serve } from './serve';

if (!fs.existsSync('out/index.html')) {
  console.log('out/ has not been built yet: running `npm run build` first.');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
serve('out', Number(process.env.PORT ?? 3000));
