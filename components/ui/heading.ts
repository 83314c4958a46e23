import { cva } from 'class-variance-authority';

/** The site's headings below the page's h1: one scale, used by className={heading({ size })}. */
export const heading = cva('font-display font-bold text-ink-900', {
  variants: {
    size: {
      /** A list entry's title. */
      entry: 'text-lg',
      /** A card's or a block's title. */
      block: 'text-xl',
      /** A section of a page (h2). */
      section: 'text-2xl',
      /** A large part of a long page. */
      part: 'text-3xl tracking-tight',
      /** The home page's bands. */
      display: 'text-3xl tracking-tight sm:text-4xl',
    },
  },
  defaultVariants: { size: 'section' },
});
