import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** A line of the text set large for emphasis; `cite` only when the source names the speaker. */
export function PullQuote({
  children,
  cite,
  tone = 'light',
  className,
}: {
  children: ReactNode;
  cite?: string;
  tone?: 'light' | 'dark';
  className?: string;
}) {
  return (
    <figure
      className={cn(
        'relative my-10 border-l-4 py-1 pl-6 text-left sm:pl-8',
        tone === 'light' ? 'border-signal-600' : 'border-signal-400',
        className,
      )}
    >
      <blockquote
        className={cn(
          'font-display text-[1.45rem] leading-snug font-semibold tracking-tight sm:text-[1.7rem] [&>p]:m-0',
          tone === 'light' ? 'text-ink-900' : 'text-white',
        )}
      >
        {children}
      </blockquote>
      {cite && <figcaption className={cn('mt-3 text-[0.95rem]', tone === 'light' ? 'text-muted' : 'text-ink-200')}>— {cite}</figcaption>}
    </figure>
  );
}
