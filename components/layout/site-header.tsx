import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localizedPath } from '@/i18n/languages';
import { getContent } from '@/lib/content';
import { navigation, routes, type ResolvedPage } from '@/lib/pages';
import { SearchDialog } from '../search/search';
import { Container } from './container';
import { LanguageSwitch } from './language-switch';
import { LogoMark } from './logo-mark';
import { NavBar, NavMenu } from './nav-links';
import { TextSizeControl } from './text-size-control';

export async function SiteHeader({ page }: { page: ResolvedPage }) {
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const { site } = getContent();
  const entries = navigation(locale).header;
  const textSize = <TextSizeControl locale={locale} />;
  const languageSwitch = <LanguageSwitch locale={locale} path={page.path} />;

  return (
    <header className="site-header sticky top-0 z-40 border-b border-line/80 bg-paper/95" data-print="hide">
      {/* Nothing here is centred or spread: when the browser paints a half-parsed header, what follows only appears to the right, and nothing already painted moves (no layout shift). */}
      <Container className="flex h-16 items-center gap-3 min-[360px]:gap-4 lg:h-[4.5rem]">
        <Link
          href={routes.home}
          className="group flex min-w-0 items-center gap-3 no-underline"
          aria-label={t('home', { name: site.name[locale] })}
        >
          <LogoMark className="size-9 shrink-0 transition-transform duration-300 group-hover:-rotate-6" />
          <span className="flex min-w-0 flex-col leading-tight">
            {/* System font here: a web font arriving late would reflow the whole bar (layout shift). */}
            <span className="text-[0.9375rem] leading-tight font-bold tracking-tight text-ink-900 min-[360px]:text-[1rem] sm:text-[1.05rem] xl:whitespace-nowrap max-[359px]:[html[data-text-size]_&]:text-[0.8125rem]">
              {site.name[locale]}
            </span>
            <span className="hidden text-[0.78rem] font-medium whitespace-nowrap text-muted sm:block lg:hidden 2xl:block">
              {site.brand[locale]}
            </span>
          </span>
        </Link>

        <nav aria-label={t('primaryNav')} className="ml-4 hidden shrink-0 lg:block xl:ml-10">
          <NavBar entries={entries} locale={locale} current={page.path} />
        </nav>

        <div className="ml-auto flex items-center gap-2">
          <SearchDialog locale={locale} searchPageHref={localizedPath(locale, routes.search)} />
          <div className="hidden 2xl:block">{textSize}</div>
          <div className="hidden sm:block">{languageSwitch}</div>
          <details className="group relative lg:hidden">
            <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-2 rounded-md bg-ink-900 px-4 font-semibold text-white marker:hidden max-[359px]:px-3 [&::-webkit-details-marker]:hidden max-sm:[html[data-text-size]_&]:px-3">
              <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true">
                <path
                  className="group-open:hidden"
                  d="M3 5h14M3 10h14M3 15h14"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
                <path
                  className="hidden group-open:block"
                  d="m5 5 10 10M15 5 5 15"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              </svg>
              {/* Below 360 px, or on a phone with the text enlarged, the word would squeeze the site's name into four lines: the icon stays, the word is still read out. */}
              <span className="whitespace-nowrap max-[359px]:sr-only max-sm:[html[data-text-size]_&]:sr-only">{t('menu')}</span>
            </summary>
            <div className="absolute right-0 mt-3 w-[min(22rem,calc(100vw-2.5rem))] rounded-xl border border-line bg-white p-3 shadow-2xl shadow-ink-900/15">
              <nav aria-label={t('primaryNav')} className="max-h-[calc(100dvh-7rem)] overflow-y-auto">
                <NavMenu entries={entries} locale={locale} current={page.path} />
              </nav>
              <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-line pt-3">
                <span className="sm:hidden">{languageSwitch}</span>
                <span>{textSize}</span>
              </div>
            </div>
          </details>
        </div>
      </Container>
    </header>
  );
}
