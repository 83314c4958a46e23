import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { CSSProperties, ReactNode } from 'react';
import { DevBrowserModule } from '@/components/layout/dev-browser-module';
import { displayFont } from '@/components/layout/fonts';
import { SITE_FOOTER_ID } from '@/components/layout/site-footer';
import { isLocale, languageOf, locales, localizedPath } from '@/i18n/languages';
import { getContent } from '@/lib/content';
import { files } from '@/lib/pages';
import { getSiteUrl } from '@/lib/site';
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
  return locales.map((locale) => ({ locale }));
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
    alternates: { types: { 'application/rss+xml': [{ url: localizedPath(locale, files.feed), title: t('feedTitle', { name }) }] } },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);

  return (
    <html
      lang={languageOf(locale).tag}
      className={displayFont.variable}
      // The head script marks that scripts run (class "js") before React's development runtime hydrates.
      suppressHydrationWarning
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
        <DevBrowserModule />
      </head>
      {/* Each page renders its frame (components/layout/page-shell.tsx): header and footer know the page. */}
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
