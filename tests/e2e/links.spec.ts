import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/lib/link-check';
import { builtSiteUrl, OUT } from './site';

test('every internal link, image and #anchor in the built site resolves', () => {
  const result = checkLinks(OUT, builtSiteUrl());
  expect(result.pages).toBeGreaterThan(200);
  expect(result.links).toBeGreaterThan(10_000);
  expect(result.problems.map((problem) => `${problem.page} → ${problem.url}: ${problem.problem}`)).toEqual([]);
});
