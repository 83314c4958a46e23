import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { isLocale, locales } from '@/i18n/languages';
import { getImage } from '@/lib/images/manifest';
import { OG_HEIGHT, OG_WIDTH, shareCardSvg, shareKey } from '@/lib/og';
import { allPages, shareCard } from '@/lib/pages';

export const dynamic = 'force-static';
export const dynamicParams = false;

const CACHE = path.join(process.cwd(), '.cache', 'og');

/** Every page's share image (lib/pages.ts: the registry gives each page its card). */
export function generateStaticParams() {
  return locales.flatMap((locale) => allPages(locale).map((page) => ({ locale, name: `${shareKey(page.path)}.jpg` })));
}

/** A page's 1200×630 share image, rendered once per distinct card and kept in .cache/og. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; name: string }> }) {
  const { locale, name } = await params;
  const page = isLocale(locale) ? allPages(locale).find((candidate) => `${shareKey(candidate.path)}.jpg` === name) : undefined;
  if (!page) return new Response('Not found', { status: 404 });
  const card = shareCard(page);
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
