import { defaultLocale, languageOf, languages, localizedPath } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';
import { chooserScript } from '@/i18n/negotiation';
import { getContent } from './content';
import { escapeXml } from './feed';

/**
 * The page at "/": a static host cannot read Accept-Language, so a tiny inline script sends the
 * visitor to their language (i18n/negotiation.ts), keeping any #anchor; without scripts a meta
 * refresh goes to the default language, and every language is linked on the page. (nginx
 * answers "/" itself with a redirect: deploy/languages.map.)
 */
export function languageChooserHtml(): string {
  const { site } = getContent();
  const [first, ...rest] = languages;
  if (!first) throw new Error('i18n/languages.ts lists no language');
  const text = (code: (typeof languages)[number]['code']) => loadMessages(code).LanguageChooser;
  const names = languages.map((language) => site.name[language.code]);
  const home = (code: string) => localizedPath(code, '/');
  return [
    '<!doctype html>',
    `<html lang="${languageOf(defaultLocale).tag}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(names.join(' · '))}</title>`,
    `<meta name="description" content="${escapeXml(languages.map((language) => text(language.code).description).join(' · '))}">`,
    ...languages.map((language) => `<link rel="alternate" hreflang="${language.tag}" href="${home(language.code)}">`),
    '<link rel="icon" href="/icon.svg" type="image/svg+xml">',
    `<script>${chooserScript()}</script>`,
    `<noscript><meta http-equiv="refresh" content="0; url=${home(defaultLocale)}"></noscript>`,
    '<style>body{margin:0;min-height:100vh;display:grid;place-items:center;background:#0b1a36;color:#fff;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}main{padding:2rem;text-align:center}h1{font-size:1.6rem;margin:0 0 1.5rem}a{display:inline-block;margin:.4rem;padding:.8rem 1.6rem;border:1px solid #6fd6de;border-radius:999px;color:#fff;text-decoration:none;font-weight:600}a:hover,a:focus-visible{background:#fff;color:#0b1a36}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeXml(site.name[first.code])}${rest.map((language) => ` <span lang="${language.tag}">· ${escapeXml(site.name[language.code])}</span>`).join('')}</h1>`,
    `<p>${languages
      .map((language) => {
        const lang = language.code === defaultLocale ? '' : ` lang="${language.tag}"`;
        return `<a href="${home(language.code)}" hreflang="${language.tag}"${lang}>${escapeXml(text(language.code).enter)}</a>`;
      })
      .join(' ')}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
