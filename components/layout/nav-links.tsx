import { localizedPath, type Locale } from '@/i18n/languages';
import { cn } from '@/lib/cn';
import type { NavEntry, NavLink } from '@/lib/pages';

/**
 * The navigation's links, rendered at build with the current page marked; the menus' behaviour in
 * the browser is components/layout/nav-links.browser.ts. Paths come without the language.
 */
interface NavProps {
  entries: NavEntry[];
  locale: Locale;
  /** The current page's path, without the language. */
  current: string;
}

const isGroup = (entry: NavEntry): entry is { label: string; items: NavLink[] } => 'items' in entry;
const currentIf = (item: NavLink, current: string) => (item.href === current ? 'page' : undefined);

const barLink =
  'block rounded-md px-2.5 py-2 text-[0.93rem] font-medium whitespace-nowrap text-ink-800 no-underline transition-colors hover:bg-ink-100 aria-[current=page]:bg-ink-900 aria-[current=page]:text-white';
const menuLink =
  'block rounded-md px-3 py-2.5 font-medium text-ink-900 no-underline transition-colors hover:bg-ink-100 aria-[current=page]:bg-ink-900 aria-[current=page]:text-white';

/**
 * The desktop navigation bar: links, and groups that open as dropdowns (<details>, so they
 * work without JavaScript), with the current page marked.
 */
export function NavBar({ entries, locale, current }: NavProps) {
  return (
    <ul className="flex items-center gap-0.5" data-nav-bar>
      {entries.map((entry) =>
        isGroup(entry) ? (
          <li key={entry.label} className="relative">
            <details className="group">
              <summary
                className={cn(
                  barLink,
                  'flex cursor-pointer list-none items-center gap-1 [&::-webkit-details-marker]:hidden',
                  entry.items.some((item) => item.href === current) && 'bg-ink-100',
                )}
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
                    <a href={localizedPath(locale, item.href)} aria-current={currentIf(item, current)} className={menuLink}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ) : (
          <li key={entry.href}>
            <a href={localizedPath(locale, entry.href)} aria-current={currentIf(entry, current)} className={barLink}>
              {entry.label}
            </a>
          </li>
        ),
      )}
    </ul>
  );
}

/** The phone menu's links: every entry, groups under their heading. */
export function NavMenu({ entries, locale, current }: NavProps) {
  const link = (item: NavLink) => (
    <li key={item.href}>
      <a href={localizedPath(locale, item.href)} aria-current={currentIf(item, current)} className={menuLink}>
        {item.label}
      </a>
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
