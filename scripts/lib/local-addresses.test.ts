import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLocalAddresses } from './local-addresses';

describe('findLocalAddresses', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names each file and local address, and leaves public ones and binary files alone', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-'));
    fs.mkdirSync(path.join(dir, 'en'));
    fs.writeFileSync(
      path.join(dir, 'en', 'index.html'),
      '<link rel="canonical" href="http://localhost:3000/en/"><a href="http://localhost:3000/zh/">',
    );
    fs.writeFileSync(path.join(dir, 'sitemap.xml'), '<loc>https://127.0.0.1:8443/</loc><loc>https://www.example.gov.cn/</loc>');
    fs.writeFileSync(path.join(dir, 'feed.json'), '{"url":"http://[::1]/","other":"https://localhost.example.org/"}');
    fs.writeFileSync(path.join(dir, 'index.html.gz'), 'http://localhost:3000/');
    fs.writeFileSync(path.join(dir, 'ok.csv'), 'url\nhttps://www.example.gov.cn/zh/\n');
    expect(findLocalAddresses(dir)).toEqual([
      { file: 'en/index.html', address: 'http://localhost:3000', count: 2 },
      { file: 'feed.json', address: 'http://[::1]', count: 1 },
      { file: 'sitemap.xml', address: 'https://127.0.0.1:8443', count: 1 },
    ]);
  });
});
