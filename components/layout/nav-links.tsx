'use client';

// A client component only to mark the current page while it is prerendered: usePathname is not
// available to server components. No React runs in the browser (scripts/lib/shipped-html.ts); the
// menus' behaviour is components/layout/nav-links.browser.ts.
import { usePathname } from 'next/navigation';
import { LocalizedHrefLink } from '@/i18n/navigation';
import { samePath } from '@/lib/routes';

export interface NavLink {
  href: string;
  label: string;
}

export type NavEntry = NavLink | { label: string; items: NavLink[] };

const isGroup = (entry: NavEntry): entry is { label: string; items: NavLink[] } => 'items' in entry;

const barLink =
  'block rounded-md px-2.5 py-2 text-[0.93rem] font-medium whitespace-nowrap text-ink-800 no-underline transition-colors hover:bg-ink-100 aria-[current=page]:bg-ink-900 aria-[current=page]:text-white';
const menuLink =
  'block rounded-md px-3 py-2.5 font-medium text-ink-900 no-underline transition-colors hover:bg-ink-100 aria-[current=page]:bg-ink-900 aria-[current=page]:text-white';

/**
 * The desktop navigation bar: links, and groups that open as dropdowns (<details>, so they
 * work without JavaScript), with the current page marked.
 */
export function NavBar({ entries }: { entries: NavEntry[] }) {
  const pathname = usePathname() ?? '';
  return (
    <ul className="flex items-center gap-0.5" data-nav-bar>
      {entries.map((entry) =>
        isGroup(entry) ? (
          <li key={entry.label} className="relative">
            <details className="group">
              <summary
                className={`${barLink} flex cursor-pointer list-none items-center gap-1 [&::-webkit-details-marker]:hidden ${
                  entry.items.some((item) => samePath(pathname, item.href)) ? 'bg-ink-100' : ''
                }`}
              >
                {entry.label}
                <svg viewBox="0 0 12 12" className="size-3 transition-transform group-open:rotate-180" aria-hidden="true">
                  <path
                    d="m2.5 4.5 3.5 3.5 3.5-3.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.6"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              </summary>
              <ul className="absolute top-full left-0 z-50 mt-2 w-64 rounded-xl border border-line bg-white p-2 shadow-2xl shadow-ink-900/15">
                {entry.items.map((item) => (
                  <li key={item.href}>
                    <LocalizedHrefLink
                      prefetch={false}
                      href={item.href}
                      aria-current={samePath(pathname, item.href) ? 'page' : undefined}
                      className={menuLink}
                    >
                      {item.label}
                    </LocalizedHrefLink>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ) : (
          <li key={entry.href}>
            <LocalizedHrefLink
              prefetch={false}
              href={entry.href}
              aria-current={samePath(pathname, entry.href) ? 'page' : undefined}
              className={barLink}
            >
              {entry.label}
            </LocalizedHrefLink>
          </li>
        ),
      )}
    </ul>
  );
}

/** The phone menu's links: every entry, groups under their heading. */
export function NavMenu({ entries }: { entries: NavEntry[] }) {
  const pathname = usePathname() ?? '';
  const link = (item: NavLink) => (
    <li key={item.href}>
      <LocalizedHrefLink
        prefetch={false}
        href={item.href}
        aria-current={samePath(pathname, item.href) ? 'page' : undefined}
        className={menuLink}
      >
        {item.label}
      </LocalizedHrefLink>
    </li>
  );
  return (
    <ul className="flex flex-col gap-0.5">
      {entries.map((entry) =>
        isGroup(entry) ? (
          <li key={entry.label} className="mt-2 border-t border-line pt-2">
            <p className="px-3 pt-1 pb-1 text-xs font-semibold tracking-wider text-muted uppercase" aria-hidden="true">
              {entry.label}
            </p>
            <ul aria-label={entry.label}>{entry.items.map(link)}</ul>
          </li>
        ) : (
          link(entry)
        ),
      )}
    </ul>
  );
}
