export interface SearchLabels {
  open: string;
  shortcut: string;
  title: string;
  label: string;
  placeholder: string;
  close: string;
  /** "{count} results": [zero/other, one]. */
  results: [string, string];
  noResults: string;
  loading: string;
  unavailable: string;
  hint: string;
  searchPage: string;
}

/** The labels the browser shows (search.browser.ts), carried by data-search-labels. */
export type BrowserSearchLabels = Pick<SearchLabels, 'results' | 'noResults' | 'loading' | 'unavailable' | 'hint' | 'searchPage'>;

/**
 * The search box and its results; the index used is the page's language (<html lang>).
 * Rendered idle; search.browser.ts (enhanceSearch) runs Pagefind as the visitor types, with the
 * words it needs from data-search-labels. `id` is the input's: each panel on a page needs its own.
 */
export function SearchPanel({
  labels,
  searchPageHref,
  syncUrl = false,
  id = 'search-page-input',
}: {
  labels: SearchLabels;
  searchPageHref?: string;
  syncUrl?: boolean;
  id?: string;
}) {
  const browserLabels: BrowserSearchLabels = {
    results: labels.results,
    noResults: labels.noResults,
    loading: labels.loading,
    unavailable: labels.unavailable,
    hint: labels.hint,
    searchPage: labels.searchPage,
  };
  return (
    <div
      data-search-panel=""
      data-search-labels={JSON.stringify(browserLabels)}
      data-search-page-href={searchPageHref}
      data-search-sync-url={syncUrl ? '' : undefined}
    >
      <label htmlFor={id} className="sr-only">
        {labels.label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={labels.placeholder}
        autoComplete="off"
        className="w-full rounded-xl border-2 border-ink-200 bg-white px-4 py-3 text-lg text-ink-900 placeholder:text-muted focus:border-ink-900 focus:outline-none"
        data-search-input=""
      />
      <div role="status" aria-live="polite" className="mt-3 min-h-6 text-sm text-muted" data-search-status="">
        {labels.hint}
      </div>
    </div>
  );
}

/**
 * The header's search button: opens a dialog with the search box; "/" or Ctrl/⌘+K too
 * (search.browser.ts). The button shows only once the page's script runs ([.js_&]).
 */
export function SearchDialog({
  labels,
  searchPageHref,
  id = 'search-input',
}: {
  labels: SearchLabels;
  searchPageHref: string;
  id?: string;
}) {
  return (
    <>
      <button
        type="button"
        aria-keyshortcuts="/ Control+K"
        title={labels.shortcut}
        className="hidden min-h-11 items-center gap-2 rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold text-ink-900 hover:border-ink-900 [.js_&]:inline-flex"
        data-search-open=""
      >
        <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{labels.open}</span>
      </button>
      <dialog
        aria-label={labels.title}
        className="mx-auto mt-[8vh] w-[min(40rem,calc(100vw-1.5rem))] max-w-none rounded-2xl bg-white p-0 text-ink-900 shadow-2xl backdrop:bg-ink-950/60"
        data-search-dialog=""
      >
        <div className="p-5 sm:p-6">
          <div className="mb-4 flex items-center justify-between gap-4">
            <h2 className="font-display text-xl font-bold">{labels.title}</h2>
            <form method="dialog">
              <button className="min-h-10 rounded-full border border-line px-4 text-sm font-semibold hover:border-ink-900">
                {labels.close}
              </button>
            </form>
          </div>
          {/* Always here (a closed dialog is neither shown nor in the accessibility tree); emptied on close. */}
          <SearchPanel labels={labels} searchPageHref={searchPageHref} id={id} />
        </div>
      </dialog>
    </>
  );
}
