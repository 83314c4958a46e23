import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCollector } from '../content/errors';
import { readCatalogue } from './catalogue';

const PHOTO = path.resolve(import.meta.dirname, '../../tests/fixtures/images/gps-photo.jpg');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#123"/></svg>';
const temporary: string[] = [];
const sections = new Set(['overview', 'platforms']);

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  section: 'overview',
  source: 'feature-2021-03',
  caption: { zh: '屹立在湘江之滨的湘潭高新区。', en: 'Xiangtan High-tech Zone on the Xiang River.' },
  focal: { x: 0.5, y: 0.5 },
  illustration: { alt: { zh: '插画：江边的园区。', en: 'Illustration: the zone by the river.' }, date: '2026-11' },
  ...extra,
});

/** A content folder with images/catalogue.json and the given files. */
function content(images: unknown[], files: Record<string, string | Buffer>): string {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-test-')), 'content');
  temporary.push(path.dirname(root));
  fs.mkdirSync(path.join(root, 'images'), { recursive: true });
  const defaults = {
    illustrationCredit: { zh: '插画：本站绘制', en: 'Illustration made for this site' },
    photoCredit: { zh: '图片：湘潭高新区提供', en: 'Photo: Xiangtan High-tech Zone' },
  };
  fs.writeFileSync(path.join(root, 'images', 'catalogue.json'), JSON.stringify({ defaults, images }));
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(root, 'images', name), data);
  return root;
}

function read(root: string) {
  const errors = new ErrorCollector();
  const images = readCatalogue(root, sections, errors);
  return { images, problems: errors.errors.map((error) => `${error.file} › ${error.field}: ${error.problem}`) };
}

afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('readCatalogue', () => {
  it('pairs an entry with its SVG illustration, labelled and credited as one', () => {
    const { images, problems } = read(content([entry('river')], { 'river.svg': SVG }));
    expect(problems).toEqual([]);
    expect(images[0]).toMatchObject({
      id: 'river',
      kind: 'illustration',
      source: 'feature-2021-03',
      alt: { en: 'Illustration: the zone by the river.' },
      credit: { en: 'Illustration made for this site' },
    });
  });

  it('uses a photo dropped beside the illustration with the same id, with no other change', () => {
    const { images, problems } = read(content([entry('river')], { 'river.svg': SVG, 'river.jpg': fs.readFileSync(PHOTO) }));
    expect(problems).toEqual([]);
    expect(images[0]).toMatchObject({
      kind: 'photo',
      alt: { zh: '屹立在湘江之滨的湘潭高新区。' },
      credit: { zh: '图片：湘潭高新区提供', en: 'Photo: Xiangtan High-tech Zone' },
    });
    expect(images[0]?.file.endsWith('river.jpg')).toBe(true);
  });

  it('takes the photo’s own alt text and credit when the entry gives them', () => {
    const photo = {
      alt: { zh: '湘江边的园区实景。', en: 'The zone on the river.' },
      credit: { zh: '摄影：某某', en: 'Photo: someone' },
      date: '2026-10',
    };
    const { images } = read(content([entry('river', { photo })], { 'river.jpg': fs.readFileSync(PHOTO) }));
    expect(images[0]).toMatchObject({ kind: 'photo', alt: photo.alt, credit: photo.credit, date: '2026-10' });
  });

  it('refuses an image file without a catalogue entry, naming the file', () => {
    const { problems } = read(content([entry('river')], { 'river.svg': SVG, 'stray.png': fs.readFileSync(PHOTO) }));
    expect(problems).toEqual(['content/images/stray.png › (file): has no entry in content/images/catalogue.json (id "stray")']);
  });

  it('refuses a catalogue entry without its file', () => {
    const { problems } = read(content([entry('river'), entry('bridge')], { 'river.svg': SVG }));
    expect(problems).toEqual([
      'content/images/catalogue.json › images[1].id: no file for "bridge": add content/images/bridge.jpg (or .png, .webp, .svg)',
    ]);
  });

  it('refuses a missing translation, naming the field', () => {
    const broken = entry('river', { caption: { zh: '湘江。' } });
    const { problems } = read(content([broken], { 'river.svg': SVG }));
    expect(problems).toEqual([expect.stringMatching(/^content\/images\/catalogue\.json › images\[0\]\.caption\.en: /)]);
  });

  it('refuses two photos for one picture, an unknown section, and an undescribed illustration', () => {
    const { problems } = read(
      content([entry('river'), entry('hall', { section: 'nowhere' }), entry('hive', { illustration: undefined })], {
        'river.jpg': fs.readFileSync(PHOTO),
        'river.png': fs.readFileSync(PHOTO),
        'hall.svg': SVG,
        'hive.svg': SVG,
      }),
    );
    expect(problems).toContainEqual(expect.stringMatching(/river\.jpg, river\.png.*more than one photo/));
    expect(problems).toContainEqual('content/images/catalogue.json › images[1].section: unknown section "nowhere"');
    expect(problems).toContainEqual(expect.stringMatching(/images\[2\]\.illustration: content\/images\/hive\.svg is an illustration/));
  });

  it('refuses a file the pipeline cannot read', () => {
    const { problems } = read(content([entry('river')], { 'river.svg': SVG, 'notes.txt': 'hello' }));
    expect(problems).toEqual([expect.stringMatching(/^content\/images\/notes\.txt › \(file\): is not an image/)]);
  });
});
