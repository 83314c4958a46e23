import { wrapText } from './charts';

/**
 * Share images (Open Graph, 1200×630): the page's title in its language over the site's
 * colours, with a picture on the right. Drawn as SVG text here, rendered with sharp at build;
 * Chinese needs a CJK font on the build machine (Debian: fonts-noto-cjk).
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The file a page's share image is written to: "/" → home, "/figures/x/" → figures--x. */
export function shareKey(path: string): string {
  return path.replace(/^\/+|\/+$/g, '').replace(/\//g, '--') || 'home';
}

export function shareImagePath(locale: string, path: string): string {
  return `/og/${locale}/${shareKey(path)}.jpg`;
}

export interface ShareCard {
  eyebrow: string;
  title: string;
  /** A figure's value, set large in the accent colour. */
  highlight?: string;
  /** A line under the title (the home page's tagline). */
  subtitle?: string;
  footer: string;
  /** Id of the picture to show on the right. */
  image: string;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const FONT = `'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif`;
const TEXT_WIDTH = 660;
const LEFT = 72;

/** Fits the title: the largest size at which it takes at most `maxLines` lines. */
function fitTitle(title: string, maxLines: number): { size: number; lines: string[] } {
  for (const size of [68, 60, 54, 48, 42]) {
    const lines = wrapText(title, size, TEXT_WIDTH, true);
    if (lines.length <= maxLines) return { size, lines };
  }
  const lines = wrapText(title, 42, TEXT_WIDTH, true);
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.slice(0, -1) ?? ''}…`;
  return { size: 42, lines: kept };
}

/** The text layer of a share image; the picture is composited under its right side. */
export function shareCardSvg(card: ShareCard): string {
  const { size, lines } = fitTitle(card.title, card.subtitle ? 2 : 3);
  const eyebrowY = 206;
  const titleY = eyebrowY + 32 + size;
  const lineHeight = size * 1.22;
  const afterTitle = titleY + (lines.length - 1) * lineHeight;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">`,
    '<defs><linearGradient id="fade" x1="0" x2="1" y1="0" y2="0">',
    '<stop offset="0.48" stop-color="#071229" stop-opacity="1"/><stop offset="0.74" stop-color="#071229" stop-opacity="0.55"/><stop offset="1" stop-color="#071229" stop-opacity="0"/>',
    '</linearGradient></defs>',
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="url(#fade)"/>`,
    `<g transform="translate(${LEFT} 62) scale(1.25)">`,
    '<path d="M20 2.5 35.2 11.25v17.5L20 37.5 4.8 28.75v-17.5Z" fill="#ffffff"/>',
    '<path d="M9 24.5c4.2-3.6 8-3.6 11.2-1.2 3.3 2.4 6.7 2.5 10.8-1" fill="none" stroke="#0a6f80" stroke-width="2.6" stroke-linecap="round"/>',
    '<path d="m14 18.5 6-7.5 6 7.5" fill="none" stroke="#b93a1b" stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round"/>',
    '</g>',
    `<text x="${LEFT + 66}" y="98" font-size="26" font-weight="700" fill="#ffffff">${escape(card.footer)}</text>`,
    `<rect x="${LEFT}" y="${eyebrowY - 9}" width="40" height="4" fill="#ff7a4d"/>`,
    `<text x="${LEFT + 56}" y="${eyebrowY}" font-size="25" font-weight="700" fill="#6fd6de">${escape(card.eyebrow)}</text>`,
    ...lines.map(
      (line, index) =>
        `<text x="${LEFT}" y="${titleY + index * lineHeight}" font-size="${size}" font-weight="700" fill="#ffffff">${escape(line)}</text>`,
    ),
  ];
  if (card.highlight)
    parts.push(
      `<text x="${LEFT}" y="${afterTitle + 112}" font-size="84" font-weight="700" fill="#ff7a4d">${escape(card.highlight)}</text>`,
    );
  if (card.subtitle) {
    const subtitle = wrapText(card.subtitle, 34, TEXT_WIDTH, true).slice(0, 2);
    parts.push(
      ...subtitle.map(
        (line, index) =>
          `<text x="${LEFT}" y="${afterTitle + 76 + index * 44}" font-size="34" font-weight="700" fill="#ff7a4d">${escape(line)}</text>`,
      ),
    );
  }
  parts.push(`<rect x="0" y="${OG_HEIGHT - 10}" width="${OG_WIDTH}" height="10" fill="#ff7a4d"/>`, '</svg>');
  return parts.join('');
}
