import { createNavigation } from 'next-intl/navigation';
import { getLocale } from 'next-intl/server';
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { routing, type Locale } from './routing';

export const { redirect, getPathname } = createNavigation(routing);

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  /** A path without the language: "/platforms/". */
  href: string;
  /** Another language than the page's own. */
  locale?: Locale;
};

/**
 * Locale-aware link for server components: `<Link href="/platforms/">` → /zh/platforms/.
 * The locale is resolved on the server, so no next-intl client code (BaseLink needs a
 * NextIntlClientProvider, ~14 KB) ships to the browser.
 */
export async function Link({ href, locale, ...rest }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={getPathname({ href, locale: target })} {...rest} />;
}

/**
 * For client leaves, which have no next-intl provider: a plain Next.js link whose href
 * already carries its locale, built on the server.
 */
export { NextLink as LocalizedHrefLink };
