import { afterEach, describe, expect, it } from 'vitest';
import { getSiteUrl } from './site';
import { parseSiteUrl, releaseSiteUrlProblem } from './site-url';

describe('parseSiteUrl', () => {
  it('accepts a web address and drops the trailing slash', () => {
    expect(parseSiteUrl('https://www.example.org/')).toEqual({ url: 'https://www.example.org' });
    expect(parseSiteUrl(' https://example.org/site/ ')).toEqual({ url: 'https://example.org/site' });
    expect(parseSiteUrl('http://localhost:3000')).toEqual({ url: 'http://localhost:3000' });
  });

  it.each([
    ['www.example.gov.cn', /not an absolute URL/],
    ['javascript:alert(1)//', /must start with https:\/\//],
    ['ftp://example.org', /must start with https:\/\//],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example.org/?utm=1', /query/],
    ['https://example.org/#top', /fragment/],
    ['', /not an absolute URL/],
  ])('refuses %s, saying why', (raw, why) => {
    const result = parseSiteUrl(raw);
    expect('problem' in result && result.problem).toMatch(why);
  });
});

describe('releaseSiteUrlProblem', () => {
  it('lets a public https address through', () => {
    expect(releaseSiteUrlProblem('https://www.example.gov.cn')).toBeUndefined();
    expect(releaseSiteUrlProblem('https://localhost.example.org')).toBeUndefined();
  });

  it.each([
    ['http://www.example.gov.cn', /must start with https:\/\//],
    ['https://localhost:3000', /names this machine \(localhost\)/],
    ['https://preview.localhost', /names this machine/],
    ['https://127.0.0.1', /names this machine/],
    ['https://127.1.2.3:8443', /names this machine/],
    ['https://0.0.0.0', /names this machine/],
    ['https://[::1]', /names this machine/],
    ['https://[::]', /names this machine/],
    ['https://[0:0:0:0:0:0:0:1]', /names this machine/],
  ])('refuses %s for a release', (url, why) => {
    expect(releaseSiteUrlProblem(url)).toMatch(why);
  });
});

describe('getSiteUrl', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('takes SITE_URL when it is a web address, without its trailing slash', () => {
    process.env.SITE_URL = 'https://www.example.gov.cn/';
    expect(getSiteUrl()).toBe('https://www.example.gov.cn');
  });

  it('stops with a message naming SITE_URL when it is not', () => {
    process.env.SITE_URL = 'www.example.gov.cn';
    expect(() => getSiteUrl()).toThrow(/^SITE_URL: "www\.example\.gov\.cn" is not an absolute URL/);
  });
});
