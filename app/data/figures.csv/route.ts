import { getContent } from '@/lib/content';
import { figuresCsv } from '@/lib/figures-export';
import { getSiteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(figuresCsv(getContent(), getSiteUrl()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
