'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';

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

interface Result {
  url: string;
  title: string;
  excerpt: string;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (query: string, options?: unknown, timeout?: number) => Promise<{ results: Array<{ data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }> } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's index is made after the build (`pagefind --site out`) and loaded only when used. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 22 });
    return module;
  });
  return pagefind;
}

/** The search box and its results; the index used is the page's language (<html lang>). */
export function SearchPanel({ labels, searchPageHref, initialQuery = '', syncUrl = false, autoFocus = false }: { labels: SearchLabels; searchPageHref?: string; initialQuery?: string; syncUrl?: boolean; autoFocus?: boolean }) {
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'unavailable'>('idle');
  const [results, setResults] = useState<Result[]>([]);
  const [total, setTotal] = useState(0);
  const inputId = useId();

  useEffect(() => {
    if (!syncUrl) return;
    const fromUrl = new URLSearchParams(window.location.search).get('q');
    if (fromUrl) setQuery(fromUrl);
  }, [syncUrl]);

  useEffect(() => {
    const term = query.trim();
    if (syncUrl) {
      const url = new URL(window.location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }
    if (!term) {
      setState('idle');
      setResults([]);
      return;
    }
    let current = true;
    setState('loading');
    loadPagefind()
      .then(async (engine) => {
        const search = await engine.debouncedSearch(term, undefined, 200);
        if (!search || !current) return;
        const data = await Promise.all(search.results.slice(0, 12).map((result) => result.data()));
        if (!current) return;
        setTotal(search.results.length);
        setResults(data.map((item) => ({ url: item.url, title: item.meta.title ?? item.url, excerpt: item.excerpt })));
        setState('done');
      })
      .catch(() => current && setState('unavailable'));
    return () => {
      current = false;
    };
  }, [query, syncUrl]);

  const count = (total === 1 ? labels.results[1] : labels.results[0]).replace('{count}', String(total));
  return (
    <div>
      <label htmlFor={inputId} className="sr-only">
        {labels.label}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={labels.placeholder}
        autoFocus={autoFocus}
        autoComplete="off"
        className="w-full rounded-xl border-2 border-ink-200 bg-white px-4 py-3 text-lg text-ink-900 placeholder:text-muted focus:border-ink-900 focus:outline-none"
      />
      <div role="status" aria-live="polite" className="mt-3 min-h-6 text-sm text-muted">
        {state === 'idle' && labels.hint}
        {state === 'loading' && labels.loading}
        {state === 'unavailable' && labels.unavailable}
        {state === 'done' && (results.length > 0 ? count : labels.noResults.replace('{query}', query.trim()))}
      </div>
      {results.length > 0 && (
        <ol className="mt-3 max-h-[55vh] divide-y divide-line overflow-y-auto">
          {results.map((result) => (
            <li key={result.url}>
              <a href={result.url} className="block rounded-lg px-2 py-3 no-underline hover:bg-paper focus-visible:bg-paper">
                <span className="block font-semibold text-ink-900">{result.title}</span>
                {/* Pagefind's excerpt: page text, escaped by Pagefind, with <mark> around the matches. */}
                <span className="mt-1 block text-sm text-muted [&_mark]:bg-signal-100 [&_mark]:text-ink-900" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
              </a>
            </li>
          ))}
        </ol>
      )}
      {searchPageHref && state === 'done' && total > results.length && (
        <a href={`${searchPageHref}?q=${encodeURIComponent(query.trim())}`} className="mt-3 inline-block text-sm font-semibold text-river-700 underline underline-offset-4">
          {labels.searchPage}
        </a>
      )}
    </div>
  );
}

/** The header's search button: opens a dialog with the search box; "/" or Ctrl/⌘+K too. */
export function SearchDialog({ labels, searchPageHref }: { labels: SearchLabels; searchPageHref: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  const show = useCallback(() => {
    setOpen(true);
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) {
        event.preventDefault();
        show();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-keyshortcuts="/ Control+K"
        title={labels.shortcut}
        className="hidden min-h-11 items-center gap-2 rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold text-ink-900 hover:border-ink-900 [.js_&]:inline-flex"
      >
        <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{labels.open}</span>
      </button>
      <dialog
        ref={dialog}
        aria-label={labels.title}
        onClose={() => setOpen(false)}
        onKeyDown={(event) => {
          // Escape closes at once (a search field would first only clear itself).
          if (event.key === 'Escape') {
            event.preventDefault();
            dialog.current?.close();
          }
        }}
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current?.close();
        }}
        className="mx-auto mt-[8vh] w-[min(40rem,calc(100vw-1.5rem))] max-w-none rounded-2xl bg-white p-0 text-ink-900 shadow-2xl backdrop:bg-ink-950/60"
      >
        <div className="p-5 sm:p-6">
          <div className="mb-4 flex items-center justify-between gap-4">
            <h2 className="font-display text-xl font-bold">{labels.title}</h2>
            <form method="dialog">
              <button className="min-h-10 rounded-full border border-line px-4 text-sm font-semibold hover:border-ink-900">{labels.close}</button>
            </form>
          </div>
          {open && <SearchPanel labels={labels} searchPageHref={searchPageHref} autoFocus />}
        </div>
      </dialog>
    </>
  );
}
