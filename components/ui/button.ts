import { cva } from 'class-variance-authority';

/** The site's buttons and button-styled links: one shape, colours by where they sit, two sizes. */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded-full font-semibold no-underline transition-colors duration-200',
  {
    variants: {
      variant: {
        primary: 'bg-signal-600 text-white hover:bg-[#9c2f14]',
        secondary: 'border border-ink-900 text-ink-900 hover:bg-ink-900 hover:text-white',
        dark: 'bg-ink-900 text-white hover:bg-ink-800',
        onDark: 'border border-white/40 text-white hover:border-white hover:bg-white hover:text-ink-900',
        light: 'bg-white text-ink-900 hover:bg-river-100',
      },
      size: {
        default: 'min-h-12 px-6 text-[1rem]',
        small: 'min-h-10 px-4 text-sm',
      },
    },
    defaultVariants: { variant: 'primary', size: 'default' },
  },
);
