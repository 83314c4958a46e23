import type { KeyFigure } from '@/lib/content';
import { cn } from '@/lib/cn';

/** Big numbers with their labels: the key figures of a section or of the zone. */
export function KeyFigureList({
  items,
  title,
  tone = 'light',
  className,
}: {
  items: KeyFigure[];
  title?: string;
  tone?: 'light' | 'dark';
  className?: string;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title} className={cn('my-10', className)}>
      <ul
        className={cn(
          'grid gap-px overflow-hidden rounded-xl border text-left',
          items.length > 2 ? 'sm:grid-cols-2' : 'sm:grid-cols-2',
          tone === 'light' ? 'border-line bg-line' : 'border-white/10 bg-white/10',
        )}
      >
        {items.map((item) => (
          <li key={`${item.value}-${item.label}`} className={cn('flex flex-col gap-1 p-5 sm:p-6', tone === 'light' ? 'bg-white' : 'bg-ink-900')}>
            <span
              className={cn(
                'font-display text-[2rem] leading-none font-bold tracking-tight tabular-nums sm:text-[2.35rem]',
                tone === 'light' ? 'text-ink-900' : 'text-white',
              )}
            >
              {item.value}
            </span>
            <span className={cn('text-[0.95rem] leading-snug', tone === 'light' ? 'text-muted' : 'text-ink-200')}>{item.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
