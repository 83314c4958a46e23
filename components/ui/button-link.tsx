import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';
import { cn } from '@/lib/cn';

export const buttonVariants = cva(
  'inline-flex min-h-12 items-center justify-center gap-2 rounded-full px-6 text-[1rem] font-semibold no-underline transition-colors duration-200',
  {
    variants: {
      variant: {
        primary: 'bg-signal-600 text-white hover:bg-[#9c2f14]',
        secondary: 'border border-ink-900 text-ink-900 hover:bg-ink-900 hover:text-white',
        onDark: 'border border-white/40 text-white hover:border-white hover:bg-white hover:text-ink-900',
        light: 'bg-white text-ink-900 hover:bg-river-100',
      },
    },
    defaultVariants: { variant: 'primary' },
  },
);

/** A call to action: a link styled as a button. */
export function ButtonLink({ className, variant, ...props }: ComponentProps<typeof Link> & VariantProps<typeof buttonVariants>) {
  return <Link className={cn(buttonVariants({ variant }), className)} {...props} />;
}
