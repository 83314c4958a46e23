import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/lib/chromium';

/**
 * Browser tests run against the built static export (out/), served as a static host serves it.
 * Chromium: see scripts/lib/chromium.ts.
 */
const executablePath = chromiumPath();
const port = Number(process.env.E2E_PORT ?? 4173);
export const nginxPort = Number(process.env.NGINX_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  // Two cores shared by the server, the browser and the tests: give slow moments room.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      // The machine's network is closed: keep Chromium from trying to reach Google.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --port ${port}`,
      url: `http://localhost:${port}/zh/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Real nginx with deploy/nginx.conf, for tests/e2e/nginx.spec.ts.
      command: `npx tsx scripts/nginx-server.ts --port ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}/zh/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
