import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware navigation for server components: `<Link href="/platforms/">` adds /zh or /en. */
export const { Link, redirect, getPathname } = createNavigation(routing);

/**
 * For client leaves, which have no next-intl provider (it would ship ~10 KB to every page):
 * a plain Next.js link whose href already carries its locale, built on the server.
 */
export { default as LocalizedHrefLink } from 'next/link';
