import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { Container } from '../layout/container';

/** The home page's opening: the zone's name over the Xiang River at dawn. */
export function HomeHero({
  eyebrow,
  title,
  tagline,
  lede,
  actions,
  art,
  artCaption,
  artHref,
}: {
  eyebrow: string;
  title: string;
  tagline: string;
  lede: string;
  actions: ReactNode;
  art?: ReactNode;
  /** Says what the picture is (and that an illustration is one). */
  artCaption?: string;
  artHref?: string;
}) {
  return (
    <section className="on-dark relative isolate overflow-hidden bg-ink-950 text-white" aria-labelledby="home-title">
      {/* Phones: the picture is a band above the text; wide screens: it fills the hero behind it. */}
      <div className="relative aspect-square sm:aspect-[16/9] lg:absolute lg:inset-0 lg:-z-10 lg:aspect-auto">
        {art ?? <RiverDawn />}
        <div
          className="absolute inset-0 bg-gradient-to-t from-ink-950 via-transparent to-transparent lg:bg-gradient-to-r lg:from-ink-950 lg:via-ink-950/70 lg:to-transparent"
          aria-hidden="true"
        />
        {artCaption && artHref && (
          <Link
            href={artHref}
            className="absolute right-3 bottom-3 max-w-[calc(100%-1.5rem)] rounded-md bg-ink-950/80 px-3 py-1.5 text-xs text-ink-100 no-underline hover:text-white lg:max-w-[28rem]"
            data-print="hide"
          >
            {artCaption}
          </Link>
        )}
      </div>
      <Container className="flex flex-col justify-end pt-8 pb-14 lg:min-h-[42rem] lg:pt-24 lg:pb-20">
        <p className="mb-5 inline-flex items-center gap-3 text-[0.95rem] font-semibold tracking-[0.16em] text-river-300 uppercase">
          <span aria-hidden="true" className="h-px w-10 shrink-0 bg-signal-400" />
          {eyebrow}
        </p>
        <h1
          id="home-title"
          className="max-w-3xl font-display text-[2.6rem] leading-[1.08] font-bold tracking-tight sm:text-6xl lg:text-7xl"
        >
          {keepHyphenatedWords(title)}
        </h1>
        <p className="mt-5 max-w-2xl font-display text-[1.35rem] leading-snug font-semibold text-signal-400 sm:text-[1.7rem]">{tagline}</p>
        <p className="mt-5 max-w-2xl text-[1.05rem] leading-relaxed text-ink-100 sm:text-lg">{lede}</p>
        <div className="mt-9 flex flex-wrap gap-3">{actions}</div>
      </Container>
    </section>
  );
}

/** "High-tech" stays on one line in a large heading. */
function keepHyphenatedWords(text: string): ReactNode {
  return text.split(/(\S+-\S+)/).map((part, index) =>
    part.includes('-') ? (
      <span key={index} className="whitespace-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** Decorative fallback art: hills, a skyline and the river in morning light. */
function RiverDawn() {
  return (
    <svg className="h-full w-full" viewBox="0 0 1600 900" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="rd-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#071229" />
          <stop offset="0.55" stopColor="#1c3566" />
          <stop offset="1" stopColor="#b85a3c" />
        </linearGradient>
        <radialGradient id="rd-sun" cx="0.74" cy="0.62" r="0.35">
          <stop offset="0" stopColor="#ffb38a" stopOpacity="0.9" />
          <stop offset="1" stopColor="#ff7a4d" stopOpacity="0" />
        </radialGradient>
        <linearGradient id="rd-river" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#6fd6de" stopOpacity="0.55" />
          <stop offset="1" stopColor="#0b1a36" stopOpacity="1" />
        </linearGradient>
      </defs>
      <rect width="1600" height="900" fill="url(#rd-sky)" />
      <rect width="1600" height="900" fill="url(#rd-sun)" />
      <path d="M0 560 C 200 470, 380 520, 560 470 S 900 420, 1080 470 1400 430, 1600 480 V 900 H 0 Z" fill="#12264d" opacity="0.9" />
      <g fill="#0b1a36">
        <rect x="820" y="420" width="46" height="180" />
        <rect x="878" y="380" width="38" height="220" />
        <rect x="930" y="440" width="70" height="160" />
        <rect x="1012" y="360" width="34" height="240" />
        <rect x="1060" y="410" width="56" height="190" />
        <rect x="1130" y="450" width="90" height="150" />
        <rect x="1232" y="392" width="40" height="208" />
        <rect x="1284" y="470" width="120" height="130" />
        <path d="M1420 600 V 470 l 40 -30 40 30 40 -30 40 30 V 600 Z" />
      </g>
      <g fill="#6fd6de" opacity="0.5">
        {[0, 1, 2, 3, 4, 5].map((row) =>
          [0, 1, 2].map((column) => <rect key={`${row}-${column}`} x={884 + column * 10} y={400 + row * 26} width="5" height="9" />),
        )}
      </g>
      <path d="M0 640 C 300 600, 600 640, 900 610 S 1400 600, 1600 620 V 900 H 0 Z" fill="url(#rd-river)" />
      <g stroke="#ffd2b8" strokeOpacity="0.55" strokeWidth="3" strokeLinecap="round">
        <path d="M1060 660 h 160" />
        <path d="M1090 690 h 110" />
        <path d="M1120 720 h 60" />
      </g>
    </svg>
  );
}
