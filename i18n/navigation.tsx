import { getLocale } from 'next-intl/server';
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { localizedPath } from '@/lib/routes';
import type { Locale } from './routing';

/**
 * Navigation for this site. Every URL is /<locale><path> (routing.ts: localePrefix "always",
 * no translated pathnames), so a path needs nothing but its prefix. next-intl's own Link is
 * not used: its BaseLink needs a NextIntlClientProvider and ships use-intl (~14 KB gzip) to
 * every page, for a prefix the server already knows.
 */

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  /** A path without the language: "/platforms/". */
  href: string;
  /** Another language than the page's own. */
  locale?: Locale;
};

/** Locale-aware link for server components: `<Link href="/platforms/">` → /zh/platforms/. */
export async function Link({ href, locale, ...rest }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale);
  // No prefetch: on a phone, prefetching every link in view cost ~600 KB on the home page.
  return <NextLink href={localizedPath(target, href)} prefetch={false} {...rest} />;
}

/**
 * For client leaves (no locale context in the browser): a plain Next.js link whose href
 * already carries its locale, computed on the server.
 */
export { NextLink as LocalizedHrefLink };
