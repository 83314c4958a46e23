/**
 * `npm run dev`: the pictures, then `next dev` with the site's browser module beside it. Next.js
 * in development runs its own client runtime, which the built pages do not ship; the browser
 * module (components/browser.ts) is what runs in them, so it is bundled by esbuild, rebuilt on
 * every change and served on a side port, and the layout loads it in development
 * (components/layout/dev-browser-module.tsx). A change to a browser module reloads the page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { context } from 'esbuild';
import { BROWSER_MODULE_BUILD } from './lib/static-export';

const port = Number(process.env.PORT ?? 3000);
const modulePort = Number(process.env.DEV_MODULE_PORT ?? port + 1);

const images = spawnSync('npx', ['--no-install', 'tsx', 'scripts/build-images.ts'], { stdio: 'inherit' });
if (images.status !== 0) process.exit(images.status ?? 1);

async function main(): Promise<void> {
  const bundler = await context({ ...BROWSER_MODULE_BUILD, minify: false, sourcemap: 'inline', outdir: '.cache/dev-module', write: false });
  await bundler.watch();
  const served = await bundler.serve({ host: '127.0.0.1', port: modulePort, cors: { origin: '*' } });
  const moduleUrl = `http://127.0.0.1:${served.port}/browser.js`;
  console.log(`browser module: ${moduleUrl} (rebuilt on change)`);

  const next = spawn('npx', ['--no-install', 'next', 'dev', '--port', String(port)], {
    stdio: 'inherit',
    env: { ...process.env, SITE_DEV_MODULE: moduleUrl },
  });
  const stop = () => {
    next.kill('SIGTERM');
    void bundler.dispose();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  next.on('exit', (code) => {
    void bundler.dispose().then(() => process.exit(code ?? 0));
  });
}

void main();
