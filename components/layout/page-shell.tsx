import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isLocale } from '@/i18n/languages';
import { resolvePage, type PageKey, type PageParams, type ResolvedPage } from '@/lib/pages';
import { JsonLd } from '../share/json-ld';
import { SharePanel } from '../share/share-panel';
import { Breadcrumbs } from './breadcrumbs';
import { PageHeader } from './page-header';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/** What a route's page component is given: its language and parameters, as a promise. */
export interface PageProps<K extends PageKey> {
  params: Promise<{ locale: string } & PageParams<K>>;
}

/**
 * Opens a page for rendering, from the page registry (lib/pages.ts): an unknown language or
 * parameter is the 404 page; the language is set for next-intl's server functions.
 */
export async function openPage<K extends PageKey>(key: K, params: PageProps<K>['params']): Promise<ResolvedPage<K>> {
  const { locale, ...rest } = await params;
  const page = isLocale(locale) ? resolvePage(key, locale, rest as unknown as PageParams<K>) : undefined;
  if (!page) notFound();
  setRequestLocale(page.locale);
  return page;
}

interface PageShellProps {
  page: ResolvedPage;
  /** The opening band: its title is the page's own unless given; breadcrumbs come from the registry. */
  header?: { eyebrow?: string; title?: string; lede?: string; children?: ReactNode };
  /** The "Share this page" panel at the end (default: shown). */
  share?: boolean;
  /** Wraps the page in <article> (a section, an update, a picture). */
  article?: boolean;
  /** schema.org data about the page (JSON-LD), before its content. */
  structuredData?: Record<string, unknown>;
  children: ReactNode;
}

/** Every page's frame: skip link, header, main content (with its opening band and share panel), footer. */
export function PageShell({ page, header, share = true, article = false, structuredData, children }: PageShellProps) {
  const body = (
    <>
      {structuredData && <JsonLd data={structuredData} />}
      {header && (
        <PageHeader
          eyebrow={header.eyebrow}
          title={header.title ?? page.text.title}
          lede={header.lede}
          breadcrumbs={<Breadcrumbs page={page} />}
        >
          {header.children}
        </PageHeader>
      )}
      {children}
      {share && <SharePanel locale={page.locale} path={page.path} />}
    </>
  );
  return (
    <>
      <SkipLink locale={page.locale} />
      <SiteHeader page={page} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none" data-pagefind-body>
        {article ? <article>{body}</article> : body}
      </main>
      <SiteFooter locale={page.locale} />
    </>
  );
}
