import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { CSSProperties, ReactNode } from 'react';
import { displayFont } from '@/components/layout/fonts';
import { SITE_FOOTER_ID, SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { isLocale, routing } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { getSiteUrl } from '@/lib/site';
import { htmlLang } from '@/lib/seo';
import { TEXT_SIZE_KEY, TEXT_SIZES } from '@/lib/text-size';

export const dynamicParams = false;

/**
 * Runs before the first paint: marks that scripts run (controls that need them show only
 * then) and applies the reader's saved text size, so the page never re-lays out on load.
 */
const LARGER_SIZES = TEXT_SIZES.filter((size) => size !== 'standard')
  .map((size) => `s==='${size}'`)
  .join('||');
const HEAD_SCRIPT = `document.documentElement.classList.add('js');try{var s=localStorage.getItem('${TEXT_SIZE_KEY}');if(${LARGER_SIZES})document.documentElement.dataset.textSize=s}catch(e){}`;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  themeColor: '#0b1a36',
  width: 'device-width',
  initialScale: 1,
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const { site } = getContent();
  const name = site.name[locale];
  return {
    metadataBase: new URL(getSiteUrl()),
    title: {
      default: t('siteTitle', { name, brand: site.brand[locale] }),
      template: t('titleTemplate', { page: '%s', name }),
    },
    description: t('description'),
    applicationName: name,
    formatDetection: { telephone: false, address: false, email: false },
    openGraph: { siteName: name },
    alternates: { types: { 'application/rss+xml': [{ url: `/${locale}/feed.xml`, title: t('feedTitle', { name }) }] } },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'SkipLink' });

  return (
    <html
      lang={htmlLang(locale)}
      className={displayFont.variable}
      // Printed links show their full address: the print stylesheet puts this before each path.
      style={{ '--origin': JSON.stringify(getSiteUrl()) } as CSSProperties}
    >
      <head>
        {/* Marks that scripts run, so controls that need them (copy buttons) show only then. */}
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        {/* No first paint before the header and the main content are parsed (the footer has
            begun): painted half-way, as when the network splits the HTML, a half-parsed line
            reflows as the rest arrives, a layout shift (the breadcrumb's current item did). */}
        <link rel="expect" href={`#${SITE_FOOTER_ID}`} {...{ blocking: 'render' }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <SkipLink label={t('label')} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 outline-none" data-pagefind-body>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
