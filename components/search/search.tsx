import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';

/**
 * The words the browser shows (search.browser.ts), carried by data-search-labels. `results` and
 * `noResults` are raw ICU messages, filled in there (i18n/message-format.ts).
 */
export interface BrowserSearchLabels {
  results: string;
  noResults: string;
  loading: string;
  unavailable: string;
  hint: string;
  searchPage: string;
}

/**
 * The search box and its results; the index used is the page's language (<html lang>).
 * Rendered idle; search.browser.ts (enhanceSearch) runs Pagefind as the visitor types, with the
 * words it needs from data-search-labels. `id` is the input's: each panel on a page needs its own.
 */
export async function SearchPanel({
  locale,
  searchPageHref,
  syncUrl = false,
  id = 'search-page-input',
}: {
  locale: Locale;
  searchPageHref?: string;
  syncUrl?: boolean;
  id?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'SearchDialog' });
  const browserLabels: BrowserSearchLabels = {
    results: t.raw('results') as string,
    noResults: t.raw('noResults') as string,
    loading: t('loading'),
    unavailable: t('unavailable'),
    hint: t('hint'),
    searchPage: t('searchPage'),
  };
  return (
    <div
      data-search-panel=""
      data-search-labels={JSON.stringify(browserLabels)}
      data-search-page-href={searchPageHref}
      data-search-sync-url={syncUrl ? '' : undefined}
    >
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        placeholder={t('placeholder')}
        autoComplete="off"
        className="w-full rounded-xl border-2 border-ink-200 bg-white px-4 py-3 text-lg text-ink-900 placeholder:text-muted focus:border-ink-900 focus:outline-none"
        data-search-input=""
      />
      <div role="status" aria-live="polite" className="mt-3 min-h-6 text-sm text-muted" data-search-status="">
        {browserLabels.hint}
      </div>
    </div>
  );
}

/**
 * The header's search button: opens a dialog with the search box; "/" or Ctrl/⌘+K too
 * (search.browser.ts). The button shows only once the page's script runs ([.js_&]).
 */
export async function SearchDialog({
  locale,
  searchPageHref,
  id = 'search-input',
}: {
  locale: Locale;
  searchPageHref: string;
  id?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'SearchDialog' });
  return (
    <>
      <button
        type="button"
        aria-keyshortcuts="/ Control+K"
        title={t('shortcut')}
        className="hidden min-h-11 items-center gap-2 rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold text-ink-900 hover:border-ink-900 [.js_&]:inline-flex"
        data-search-open=""
      >
        <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t('open')}</span>
      </button>
      <dialog
        aria-label={t('title')}
        className="mx-auto mt-[8vh] w-[min(40rem,calc(100vw-1.5rem))] max-w-none rounded-2xl bg-white p-0 text-ink-900 shadow-2xl backdrop:bg-ink-950/60"
        data-search-dialog=""
      >
        <div className="p-5 sm:p-6">
          <div className="mb-4 flex items-center justify-between gap-4">
            <h2 className="font-display text-xl font-bold">{t('title')}</h2>
            <form method="dialog">
              <button className="min-h-10 rounded-full border border-line px-4 text-sm font-semibold hover:border-ink-900">
                {t('close')}
              </button>
            </form>
          </div>
          {/* Always here (a closed dialog is neither shown nor in the accessibility tree); emptied on close. */}
          <SearchPanel locale={locale} searchPageHref={searchPageHref} id={id} />
        </div>
      </dialog>
    </>
  );
}
