interface Facet {
  key: 'industry' | 'role' | 'type';
  label: string;
  options: Array<{ id: string; label: string }>;
}

/**
 * Filters a server-rendered list (components/directory/directory-filter.browser.ts): each item carries
 * data-industry / data-role / data-type (space-separated ids); choosing an option hides the
 * items without it. Without JavaScript the controls are hidden and every item shows.
 */
export function DirectoryFilter({
  list,
  facets,
  labels,
}: {
  list: string;
  facets: Facet[];
  labels: {
    all: string;
    reset: string;
    filters: string;
    /** "Showing {count} entries", a raw ICU message the browser fills in. */ results: string;
  };
}) {
  return (
    <div
      className="hidden space-y-4 rounded-2xl border border-line bg-white p-5 [.js_&]:block"
      role="search"
      aria-label={labels.filters}
      data-directory-filter={list}
      data-results={labels.results}
    >
      {facets.map((facet) => (
        <fieldset key={facet.key} data-facet={facet.key}>
          <legend className="mb-2 text-sm font-semibold text-muted">{facet.label}</legend>
          <div className="flex flex-wrap gap-2">
            {[{ id: '', label: labels.all }, ...facet.options].map((option) => (
              <button
                key={option.id || 'all'}
                type="button"
                value={option.id}
                aria-pressed={option.id === ''}
                className="min-h-10 rounded-full border border-line px-3.5 text-sm font-medium text-ink-800 hover:border-ink-900 aria-pressed:border-ink-900 aria-pressed:bg-ink-900 aria-pressed:text-white"
              >
                {option.label}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-3">
        <p role="status" className="text-sm font-semibold text-ink-900" />
        <button type="button" hidden data-reset className="text-sm font-semibold text-river-700 underline underline-offset-4">
          {labels.reset}
        </button>
      </div>
    </div>
  );
}
