import { Link } from '@/i18n/navigation';
import type { Section } from '@/lib/content';
import { routes } from '@/lib/pages';

/** Previous / next section, so the whole story can be read in order. */
export function SectionPager({
  previous,
  next,
  labels,
}: {
  previous?: Section;
  next?: Section;
  labels: { previous: string; next: string; nav: string };
}) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={labels.nav}
      className="mt-16 grid gap-4 border-t border-line pt-10 sm:grid-cols-2"
      data-print="hide"
      data-pagefind-ignore="all"
    >
      {previous ? <PagerLink section={previous} label={labels.previous} direction="previous" /> : <span className="hidden sm:block" />}
      {next && <PagerLink section={next} label={labels.next} direction="next" />}
    </nav>
  );
}

function PagerLink({ section, label, direction }: { section: Section; label: string; direction: 'previous' | 'next' }) {
  return (
    <Link
      href={routes.section(section.slug)}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`group flex flex-col gap-1 rounded-xl border border-line bg-white p-5 no-underline transition-colors hover:border-ink-900 ${direction === 'next' ? 'sm:text-right' : ''}`}
    >
      <span className="text-sm font-semibold text-muted">
        {direction === 'previous' ? '← ' : ''}
        {label}
        {direction === 'next' ? ' →' : ''}
      </span>
      <span className="font-display text-lg font-semibold text-ink-900 group-hover:text-river-700">{section.title}</span>
    </Link>
  );
}
