import fs from 'node:fs';
import path from 'node:path';

/** What building the site needs: sources and configuration (not node_modules, out/ or caches). */
const PROJECT_FILES = [
  'app',
  'components',
  'content',
  'deploy',
  'i18n',
  'lib',
  'messages',
  'public',
  'scripts',
  'package.json',
  'tsconfig.json',
  'next.config.ts',
  'postcss.config.mjs',
  'global.d.ts',
];

/**
 * A copy of the project to build in, for tests and measurements that change it. It is made
 * inside the project's .cache/ (ignored by git and TypeScript), because Turbopack refuses files
 * outside its workspace root, which the linked node_modules would otherwise be. `imageCache`
 * copies the encoded pictures too, so an unchanged picture is not encoded again.
 */
export function copyProject(purpose: string, options: { imageCache?: boolean } = {}): string {
  const project = process.cwd();
  fs.mkdirSync(path.join(project, '.cache', 'copies'), { recursive: true });
  const root = fs.mkdtempSync(path.join(project, '.cache', 'copies', `${purpose}-`));
  for (const name of PROJECT_FILES) {
    // public/ holds only generated pictures until the zone supplies files of its own: absent in a clean clone.
    if (!fs.existsSync(path.join(project, name))) continue;
    fs.cpSync(path.join(project, name), path.join(root, name), { recursive: true });
  }
  fs.symlinkSync(path.join(project, 'node_modules'), path.join(root, 'node_modules'));
  const images = path.join(project, '.cache', 'images');
  if (options.imageCache && fs.existsSync(images)) fs.cpSync(images, path.join(root, '.cache', 'images'), { recursive: true });
  return root;
}
