import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localizedPath } from '@/i18n/languages';
import { breadcrumbs, type ResolvedPage } from '@/lib/pages';
import { absoluteUrl } from '@/lib/site';
import { JsonLd } from '../share/json-ld';

/** Where the page sits (from the page registry): visible trail on the page and BreadcrumbList for search engines. */
export async function Breadcrumbs({ page }: { page: ResolvedPage }) {
  const t = await getTranslations({ locale: page.locale, namespace: 'Breadcrumbs' });
  const crumbs = breadcrumbs(page);
  const locale = page.locale;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(localizedPath(locale, crumb.href ?? page.path)),
    })),
  };
  return (
    <>
      <JsonLd data={data} />
      <nav aria-label={t('label')} className="mb-6 text-sm" data-print="hide" data-pagefind-ignore="all">
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
