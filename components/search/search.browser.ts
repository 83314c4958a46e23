/**
 * The search box (components/search/search.tsx) in the browser: Pagefind as the visitor types, and the
 * header's dialog ("/" or Ctrl/⌘+K opens it). Finds its elements by their data-search-* attributes.
 */

import { formatMessage } from '@/i18n/message-format';
import type { BrowserSearchLabels as Labels } from './search';

interface Result {
  url: string;
  title: string;
  excerpt: string;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (
    query: string,
    options?: unknown,
    timeout?: number,
  ) => Promise<{ results: Array<{ data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }> } | null>;
}

type State = 'idle' | 'loading' | 'done' | 'unavailable';

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's index is made after the build (`pagefind --site out`) and loaded only when used. */
function loadPagefind(): Promise<Pagefind> {
  // A variable, so that the bundler leaves the import to the browser.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 22 });
    return module;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

interface Panel {
  input: HTMLInputElement;
  /** Back to an empty box, as a freshly opened dialog shows it; drops any search under way. */
  reset: () => void;
}

function enhancePanel(root: HTMLElement): Panel | undefined {
  const input = root.querySelector<HTMLInputElement>('input[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !status) return undefined;
  let labels: Labels;
  try {
    labels = JSON.parse(root.dataset.searchLabels ?? '') as Labels;
  } catch {
    return undefined;
  }
  const searchPageHref = root.dataset.searchPageHref;
  const syncUrl = root.dataset.searchSyncUrl !== undefined;

  let query = '';
  let state: State = 'idle';
  let results: Result[] = [];
  let total = 0;
  /** Bumped on every new query: an answer for an older one is dropped. */
  let generation = 0;
  let list: HTMLOListElement | null = null;
  let more: HTMLAnchorElement | null = null;

  const renderList = () => {
    list?.remove();
    list = null;
    if (results.length === 0) return;
    list = element('ol', 'mt-3 max-h-[55vh] divide-y divide-line overflow-y-auto');
    for (const result of results) {
      const item = document.createElement('li');
      const link = element('a', 'block rounded-lg px-2 py-3 no-underline hover:bg-paper focus-visible:bg-paper');
      link.href = result.url;
      const title = element('span', 'block font-semibold text-ink-900');
      title.textContent = result.title;
      const excerpt = element('span', 'mt-1 block text-sm text-muted [&_mark]:bg-signal-100 [&_mark]:text-ink-900');
      // Pagefind's excerpt: page text, escaped by Pagefind, with <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      link.append(title, excerpt);
      item.append(link);
      list.append(item);
    }
  };

  const render = () => {
    const term = query.trim();
    let text: string;
    if (state === 'idle') text = labels.hint;
    else if (state === 'loading') text = labels.loading;
    else if (state === 'unavailable') text = labels.unavailable;
    else if (results.length > 0) text = formatMessage(labels.results, { count: total }, document.documentElement.lang);
    else text = formatMessage(labels.noResults, { query: term }, document.documentElement.lang);
    // Unchanged text stays untouched, so that a screen reader does not announce it again.
    if (status.textContent !== text) status.textContent = text;

    const showMore = Boolean(searchPageHref) && state === 'done' && total > results.length;
    if (showMore) {
      more ??= element('a', 'mt-3 inline-block text-sm font-semibold text-river-700 underline underline-offset-4');
      more.href = `${searchPageHref}?q=${encodeURIComponent(term)}`;
      more.textContent = labels.searchPage;
    } else {
      more?.remove();
    }
    // In the order of the markup: status, results, link to the search page. Nodes already in
    // place stay put (moving them would drop focus and the list's scroll position).
    let anchor: Element = status;
    for (const node of [list, showMore ? more : null]) {
      if (!node) continue;
      if (anchor.nextElementSibling !== node) anchor.after(node);
      anchor = node;
    }
  };

  const run = (value: string) => {
    query = value;
    const term = value.trim();
    const current = ++generation;
    if (syncUrl) {
      const url = new URL(window.location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }
    if (!term) {
      state = 'idle';
      results = [];
      renderList();
      render();
      return;
    }
    state = 'loading';
    render();
    loadPagefind()
      .then(async (engine) => {
        const search = await engine.debouncedSearch(term, undefined, 200);
        // null: a later call superseded this one.
        if (!search || current !== generation) return;
        const data = await Promise.all(search.results.slice(0, 12).map((result) => result.data()));
        if (current !== generation) return;
        total = search.results.length;
        results = data.map((item) => ({ url: item.url, title: item.meta.title ?? item.url, excerpt: item.excerpt }));
        state = 'done';
        renderList();
        render();
      })
      .catch(() => {
        if (current !== generation) return;
        state = 'unavailable';
        render();
      });
  };

  input.addEventListener('input', () => run(input.value));

  let initial = input.defaultValue;
  if (syncUrl) initial = new URLSearchParams(window.location.search).get('q') || initial;
  input.value = initial;
  run(initial);

  return {
    input,
    reset: () => {
      input.value = '';
      run('');
    },
  };
}

function enhanceDialog(dialog: HTMLDialogElement, panel: Panel | undefined): void {
  const show = () => {
    if (dialog.open) return;
    dialog.showModal();
    panel?.input.focus();
  };

  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) button.addEventListener('click', show);

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    // event.key is missing on the keydown some browsers send for autofill.
    const key = event.key ?? '';
    if ((key === '/' && !typing) || (key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) {
      event.preventDefault();
      show();
    }
  });

  dialog.addEventListener('keydown', (event) => {
    // Escape closes at once (a search field would first only clear itself).
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop lands on the dialog itself; its content has its own elements.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Each opening starts from an empty box.
  dialog.addEventListener('close', () => panel?.reset());
}

let enhanced = false;

/** Enhances the header's search dialog and every search panel of the page. */
export function enhanceSearch(): void {
  if (enhanced) return;
  enhanced = true;
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const panels = new Map<Element, Panel | undefined>();
  for (const root of document.querySelectorAll<HTMLElement>('[data-search-panel]')) panels.set(root, enhancePanel(root));
  if (dialog) {
    const root = dialog.querySelector('[data-search-panel]');
    enhanceDialog(dialog, root ? panels.get(root) : undefined);
  }
}
