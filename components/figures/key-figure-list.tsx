import type { Locale } from '@/i18n/languages';
import { Link } from '@/i18n/navigation';
import { type Figure } from '@/lib/content';
import { formatFigureValue, formatPeriod } from '@/lib/format';
import { cn } from '@/lib/cn';
import { routes } from '@/lib/pages';

/** Big numbers with their labels and periods, each linking to its figure page. */
export function KeyFigureList({
  figures,
  locale,
  title,
  tone = 'light',
  className,
}: {
  figures: Figure[];
  locale: Locale;
  title?: string;
  tone?: 'light' | 'dark';
  className?: string;
}) {
  if (figures.length === 0) return null;
  return (
    <div className={cn('my-10', className)}>
      <ul
        aria-label={title}
        className={cn(
          'grid gap-px overflow-hidden rounded-xl border text-left sm:grid-cols-2',
          tone === 'light' ? 'border-line bg-line' : 'border-white/10 bg-white/10',
        )}
      >
        {figures.map((figure) => (
          <li key={figure.id} className={cn('relative flex flex-col gap-1 p-5 sm:p-6', tone === 'light' ? 'bg-white' : 'bg-ink-900')}>
            <span
              className={cn(
                'font-display text-[2rem] leading-tight font-bold tracking-tight tabular-nums sm:text-[2.2rem]',
                tone === 'light' ? 'text-ink-900' : 'text-white',
              )}
            >
              {formatFigureValue(figure, locale)}
            </span>
            <Link
              href={routes.figure(figure.id)}
              className={cn(
                'text-[0.95rem] leading-snug no-underline after:absolute after:inset-0 after:content-[""] hover:underline',
                tone === 'light' ? 'text-ink-800' : 'text-ink-100',
              )}
            >
              {figure.label[locale]}
            </Link>
            <span className={cn('text-sm', tone === 'light' ? 'text-muted' : 'text-ink-200')}>{formatPeriod(figure.period, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
