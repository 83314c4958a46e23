import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { isLocale, routing } from '@/i18n/routing';
import { getImage } from '@/lib/images/manifest';
import { OG_HEIGHT, OG_WIDTH, shareCardSvg, shareKey } from '@/lib/og';
import { shareCards } from './cards';

export const dynamic = 'force-static';
export const dynamicParams = false;

const CACHE = path.join(process.cwd(), '.cache', 'og');

export async function generateStaticParams() {
  const params: Array<{ locale: string; name: string }> = [];
  for (const locale of routing.locales) {
    for (const pagePath of (await shareCards(locale)).keys()) params.push({ locale, name: `${shareKey(pagePath)}.jpg` });
  }
  return params;
}

/** A page's 1200×630 share image, rendered once per distinct card and kept in .cache/og. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; name: string }> }) {
  const { locale, name } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const entry = [...(await shareCards(locale)).entries()].find(([pagePath]) => `${shareKey(pagePath)}.jpg` === name);
  if (!entry) return new Response('Not found', { status: 404 });
  const card = entry[1];
  const picture = getImage(card.image);
  const svg = shareCardSvg(card);
  const key = createHash('sha256').update(svg).update(picture.output.hash).digest('hex').slice(0, 16);
  const cached = path.join(CACHE, `${key}.jpg`);
  if (!fs.existsSync(cached)) {
    const background = picture.output.webp.find((variant) => variant.width >= 1200) ?? picture.output.webp.at(-1);
    const photo = await sharp(path.join(process.cwd(), 'public', background?.src ?? ''))
      .resize({ width: 760, height: OG_HEIGHT, fit: 'cover', position: sharp.strategy.attention })
      .toBuffer();
    const jpeg = await sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: '#071229' } })
      .composite([
        { input: photo, left: OG_WIDTH - 760, top: 0 },
        { input: Buffer.from(svg), left: 0, top: 0 },
      ])
      .jpeg({ quality: 84, mozjpeg: true })
      .toBuffer();
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(cached, jpeg);
  }
  return new Response(new Uint8Array(fs.readFileSync(cached)), { headers: { 'Content-Type': 'image/jpeg' } });
}
