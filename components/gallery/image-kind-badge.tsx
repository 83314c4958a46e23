import { cn } from '@/lib/cn';
import type { ImageKind } from '@/lib/images/catalogue';

/** Marks an illustration as one, so no drawing is ever taken for a photograph. */
export function ImageKindBadge({ kind, label, className }: { kind: ImageKind; label: string; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold',
        kind === 'illustration' ? 'bg-ink-100 text-ink-800' : 'bg-river-100 text-river-700',
        className,
      )}
    >
      {kind === 'illustration' && (
        <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden="true">
          <path d="M2 14l3-1 8-8-2-2-8 8-1 3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
      )}
      {label}
    </span>
  );
}
