'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { LocalizedHrefLink } from '@/i18n/navigation';
import { samePath } from '@/lib/routes';

export interface NavItem {
  href: string;
  label: string;
}

/** Closes the phone menu (a <details>) once a link in it is chosen. */
function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
  event.currentTarget.closest('details')?.removeAttribute('open');
}

/**
 * The navigation links, marking the current page (the only reason this is a client leaf).
 * Plain class strings: tailwind-merge would add ~7 KB to every page for nothing.
 */
export function NavLinks({ items, variant }: { items: NavItem[]; variant: 'bar' | 'menu' }) {
  const pathname = usePathname() ?? '';
  return (
    <ul className={variant === 'bar' ? 'flex items-center gap-0.5' : 'flex flex-col gap-1'}>
      {items.map((item) => {
        const current = samePath(pathname, item.href);
        return (
          <li key={item.href}>
            <LocalizedHrefLink
              href={item.href}
              aria-current={current ? 'page' : undefined}
              onClick={variant === 'menu' ? closeMenu : undefined}
              className={`block rounded-md font-medium no-underline transition-colors hover:bg-ink-100 aria-[current=page]:bg-ink-900 aria-[current=page]:text-white ${
                variant === 'bar' ? 'px-2.5 py-2 text-[0.93rem] whitespace-nowrap text-ink-800' : 'px-4 py-3 text-lg text-ink-900'
              }`}
            >
              {item.label}
            </LocalizedHrefLink>
          </li>
        );
      })}
    </ul>
  );
}
