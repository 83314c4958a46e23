import { languageChooserHtml } from '@/lib/language-chooser';

export const dynamic = 'force-static';

/** "/": sends the visitor to their language (lib/language-chooser.ts); written to out/index.html. */
export function GET() {
  return new Response(languageChooserHtml(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
