import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkLinks } from '../../lib/link-check';
import { OUT } from './site';

test('every internal link, image and #anchor in the built site resolves', () => {
  const site = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../content/site.json'), 'utf8')) as { siteUrl: string };
  const result = checkLinks(OUT, process.env.SITE_URL || site.siteUrl);
  expect(result.pages).toBeGreaterThan(200);
  expect(result.links).toBeGreaterThan(10_000);
  expect(result.problems.map((problem) => `${problem.page} → ${problem.url}: ${problem.problem}`)).toEqual([]);
});
