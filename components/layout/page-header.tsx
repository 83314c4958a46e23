import type { ReactNode } from 'react';
import { Container } from './container';

/** The opening band of an inner page: eyebrow, the page's h1, and a lede. */
export function PageHeader({
  eyebrow,
  title,
  lede,
  breadcrumbs,
  children,
}: {
  eyebrow?: string;
  title: string;
  lede?: string;
  breadcrumbs?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="on-dark relative isolate overflow-hidden bg-ink-900 text-white">
      <HeaderPattern />
      <Container className="relative py-14 sm:py-20 lg:py-24 print:py-4">
        {breadcrumbs}
        {eyebrow && (
          <p className="mb-5 inline-flex items-center gap-3 text-[0.9rem] font-semibold tracking-[0.14em] text-river-300 uppercase">
            <span aria-hidden="true" className="h-px w-8 bg-signal-400" />
            {eyebrow}
          </p>
        )}
        <h1 className="max-w-4xl font-display text-[2.1rem] leading-[1.15] font-bold tracking-tight sm:text-5xl lg:text-[3.6rem]">
          {title}
        </h1>
        {lede && <p className="mt-6 max-w-3xl text-lg leading-relaxed text-ink-100 sm:text-xl">{lede}</p>}
        {children}
      </Container>
    </div>
  );
}

/** Contour lines of a river valley, drawn behind the header. Decorative. */
function HeaderPattern() {
  return (
    <svg
      className="absolute inset-0 -z-10 h-full w-full"
      preserveAspectRatio="xMidYMid slice"
      viewBox="0 0 1440 420"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id="ph-glow" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#12264d" />
          <stop offset="1" stopColor="#071229" />
        </linearGradient>
        <radialGradient id="ph-sun" cx="0.82" cy="0.2" r="0.5">
          <stop offset="0" stopColor="#ff7a4d" stopOpacity="0.28" />
          <stop offset="1" stopColor="#ff7a4d" stopOpacity="0" />
        </radialGradient>
      </defs>
      <rect width="1440" height="420" fill="url(#ph-glow)" />
      <rect width="1440" height="420" fill="url(#ph-sun)" />
      <g fill="none" stroke="#6fd6de" strokeOpacity="0.14" strokeWidth="1.2">
        {[0, 1, 2, 3, 4, 5, 6, 7].map((index) => (
          <path
            key={index}
            d={`M${620 + index * 10} ${440} C ${820 + index * 12} ${300 - index * 18}, ${980 + index * 8} ${360 - index * 26}, 1460 ${120 + index * 22}`}
          />
        ))}
      </g>
      <path d="M760 440 C 960 300, 1120 340, 1460 220 L1460 440 Z" fill="#6fd6de" fillOpacity="0.05" />
    </svg>
  );
}
