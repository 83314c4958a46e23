import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** The page's horizontal frame: 320 px phones to 1920 px screens. */
export function Container({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('mx-auto w-full max-w-[76rem] px-5 sm:px-8 lg:px-10', className)} {...props} />;
}
