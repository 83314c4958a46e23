/** The reader's text sizes (components/layout/text-size-control.tsx) and where the choice is kept. */
export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_KEY = 'text-size';
