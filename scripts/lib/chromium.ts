import fs from 'node:fs';

/**
 * The Chromium the browser tests, screenshots and bench drive: CHROME_PATH if set, else Debian's
 * /usr/bin/chromium (.ci/run installs it), else undefined, which means Playwright's own download
 * (`npx playwright install chromium` on a laptop).
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROME_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
