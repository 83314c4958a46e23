import fs from 'node:fs';
import path from 'node:path';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

/** Every page of one language in a built site, as a path without the locale: "/", "/platforms/". */
export function builtPages(outDir: string, locale: string): string[] {
  const root = path.join(outDir, locale);
  if (!fs.existsSync(root)) throw new Error(`${root} is missing: run \`npm run build\` first`);
  return htmlFiles(root)
    .map((file) => `/${path.relative(root, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
}
