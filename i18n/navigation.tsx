import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { localizedPath, type Locale } from './languages';

/**
 * Links between the site's pages. Every URL is /<locale><path> (routing.ts: localePrefix
 * "always", no translated pathnames), so a path needs nothing but its prefix. A plain <a>: the
 * pages ship no client router (scripts/lib/static-export.ts), so next/link's and next-intl's click
 * handlers and prefetching would be dead code.
 */
type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** A path without the language: "/platforms/". */
  href: string;
  /** Another language than the page's own. */
  locale?: Locale;
};

/** `<Link href="/platforms/">` → <a href="/zh/platforms/"> on a Chinese page. */
export async function Link({ href, locale, ...rest }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <a href={localizedPath(target, href)} {...rest} />;
}
