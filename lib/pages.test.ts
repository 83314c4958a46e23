import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages } from './pages';

/** Every route folder under app/[locale]/ with a page, as a path pattern: "app/[locale]/figures/[id]/page.tsx" → "/figures/[id]/". */
function routePatterns(dir = path.resolve(import.meta.dirname, '../app/[locale]'), prefix = '/'): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') found.push(prefix);
    if (entry.isDirectory()) found.push(...routePatterns(path.join(dir, entry.name), `${prefix}${entry.name}/`));
  }
  return found;
}

describe('the page registry', () => {
  it('has one entry for every route, and a route for every entry', () => {
    const registered = Object.values(pages)
      .map((page) => page.pattern as string)
      .sort();
    expect(routePatterns().sort()).toEqual(registered);
  });

  it('opens each route by its own key, so metadata, breadcrumbs and share cards are the right ones', () => {
    for (const [key, page] of Object.entries(pages)) {
      const file = path.resolve(import.meta.dirname, '../app/[locale]', `.${page.pattern}`, 'page.tsx');
      const source = fs.readFileSync(file, 'utf8');
      expect(source, `${path.relative(process.cwd(), file)} reads the registry as '${key}'`).toContain(`openPage('${key}'`);
      expect(source, `${path.relative(process.cwd(), file)}'s metadata`).toMatch(new RegExp(`metadataFor\\('${key}'|pageMetadata\\(`));
    }
  });

  it('names a parent that exists', () => {
    for (const [key, page] of Object.entries(pages)) {
      const parent = (page as { parent?: string }).parent;
      if (parent !== undefined) expect(Object.keys(pages), `${key}.parent`).toContain(parent);
    }
  });
});
