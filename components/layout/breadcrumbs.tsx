import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { localizedPath } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { JsonLd } from '../share/json-ld';

export interface Crumb {
  label: string;
  /** Path without the language; the last crumb (this page) has none. */
  href?: string;
}

/** Where the page sits: visible trail on the page and BreadcrumbList for search engines. */
export function Breadcrumbs({
  crumbs,
  locale,
  label,
  currentPath,
}: {
  crumbs: Crumb[];
  locale: Locale;
  label: string;
  currentPath: string;
}) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(localizedPath(locale, crumb.href ?? currentPath)),
    })),
  };
  return (
    <>
      <JsonLd data={data} />
      <nav aria-label={label} className="mb-6 text-sm" data-print="hide" data-pagefind-ignore="all">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-ink-200">
          {crumbs.map((crumb, index) => (
            <li key={`${crumb.label}-${index}`} className="flex items-center gap-2">
              {index > 0 && <span aria-hidden="true">/</span>}
              {crumb.href ? (
                <Link href={crumb.href} className="text-ink-100 underline decoration-white/30 underline-offset-4 hover:text-white">
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current="page" className="text-ink-200">
                  {crumb.label}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
