import { getContent } from '@/lib/content';
import { figuresDataPackage } from '@/lib/figures-export';
import { getSiteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(figuresDataPackage(getContent(), getSiteUrl()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
