import sharp from 'sharp';
import { chartTexts } from '@/components/figures/chart-texts';
import { isLocale, routing } from '@/i18n/routing';
import { chartSvg } from '@/lib/charts';
import { getContent } from '@/lib/content';

export const dynamic = 'force-static';
export const dynamicParams = false;

const FORMATS = ['svg', 'png'] as const;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getContent().charts.flatMap((chart) => FORMATS.map((format) => ({ locale, file: `${chart.id}.${format}` }))),
  );
}

/** A chart as a file to download: the standalone SVG, or a PNG rendered from it at build. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const match = /^(.+)\.(svg|png)$/.exec(file);
  const chart = getContent().charts.find((candidate) => candidate.id === match?.[1]);
  if (!isLocale(locale) || !match || !chart) return new Response('Not found', { status: 404 });
  const svg = chartSvg(chart, locale, await chartTexts(chart, locale), { standalone: true });
  if (match[2] === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  // Rendered by librsvg through sharp; Chinese needs a CJK font on the build machine (fonts-noto-cjk).
  const png = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
