import type { SectionHeading } from '@/lib/content';

/** "On this page": links to the section's sub-headings. */
export function TableOfContents({ headings, title }: { headings: SectionHeading[]; title: string }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-label={title} className="text-[0.95rem]" data-print="hide" data-pagefind-ignore="all">
      <h2 className="mb-3 text-xs font-semibold tracking-[0.14em] text-muted uppercase">{title}</h2>
      <ol className="space-y-1 border-l border-line">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a
              href={`#${heading.id}`}
              className="-ml-px block border-l-2 border-transparent py-1.5 pl-4 leading-snug text-ink-800 no-underline transition-colors hover:border-river-600 hover:text-river-700"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
