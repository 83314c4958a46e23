export interface AnchorNavItem {
  /** The id of the part of the page it leads to. */
  target: string;
  label: string;
  /** How many things that part holds, shown after the label. */
  count?: number;
}

/** The parts of a long page, as a row of links (hidden in print). */
export function AnchorNav({
  label,
  title,
  items,
  className,
}: {
  label: string;
  title?: string;
  items: AnchorNavItem[];
  className?: string;
}) {
  return (
    <nav aria-label={label} className={className} data-print="hide">
      {title && <h2 className="mb-3 text-xs font-semibold tracking-[0.14em] text-muted uppercase">{title}</h2>}
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.target}>
            <a
              href={`#${item.target}`}
              className="inline-flex rounded-full border border-line bg-white px-4 py-2 text-[0.95rem] font-medium text-ink-800 no-underline hover:border-ink-900"
            >
              {item.label}
              {item.count !== undefined && (
                <>
                  {' '}
                  <span className="ml-1 text-muted">({item.count})</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
