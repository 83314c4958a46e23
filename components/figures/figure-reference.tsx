import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { routes } from '@/lib/pages';

/** A number in the prose: a quiet link to its figure page, where its source and citation are. */
export function FigureReference({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link
      href={routes.figure(id)}
      data-figure-ref=""
      className="rounded-sm whitespace-nowrap text-inherit underline decoration-river-600/40 decoration-dotted decoration-2 underline-offset-4 hover:text-river-700 hover:decoration-solid"
    >
      {children}
    </Link>
  );
}
