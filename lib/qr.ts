import QRCode from 'qrcode';

/**
 * A QR code as SVG markup, made at build time (no JavaScript in the browser). Error correction
 * M, quiet zone of 2 modules: WeChat's scanner reads it from a screen or from paper.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#071229', light: '#ffffff' },
  });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" `).replace(/\n/g, '');
}
