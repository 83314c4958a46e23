'use client';

import { useEffect, useState } from 'react';

interface Facet {
  key: 'industry' | 'role' | 'type';
  label: string;
  options: Array<{ id: string; label: string }>;
}

/**
 * Filters a server-rendered list: each item carries data-industry / data-role / data-type
 * (space-separated ids); choosing an option hides the items without it. Without JavaScript
 * the controls are hidden and every item shows.
 */
export function DirectoryFilter({ list, facets, labels }: { list: string; facets: Facet[]; labels: { all: string; reset: string; filters: string; /** "Showing N entries" for every N from 0 to the list's length. */ results: string[] } }) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    const items = [...(document.getElementById(list)?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])];
    let shown = 0;
    for (const item of items) {
      const visible = Object.entries(chosen).every(([key, value]) => !value || (item.dataset[key] ?? '').split(' ').includes(value));
      item.hidden = !visible;
      if (visible) shown++;
    }
    setCount(shown);
  }, [chosen, list]);

  const active = Object.values(chosen).some(Boolean);
  return (
    <div className="hidden space-y-4 rounded-2xl border border-line bg-white p-5 [.js_&]:block" role="search" aria-label={labels.filters}>
      {facets.map((facet) => (
        <fieldset key={facet.key}>
          <legend className="mb-2 text-sm font-semibold text-muted">{facet.label}</legend>
          <div className="flex flex-wrap gap-2">
            {[{ id: '', label: labels.all }, ...facet.options].map((option) => {
              const pressed = (chosen[facet.key] ?? '') === option.id;
              return (
                <button
                  key={option.id || 'all'}
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => setChosen((current) => ({ ...current, [facet.key]: option.id }))}
                  className="min-h-10 rounded-full border border-line px-3.5 text-sm font-medium text-ink-800 hover:border-ink-900 aria-pressed:border-ink-900 aria-pressed:bg-ink-900 aria-pressed:text-white"
                >
                  {option.label}
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-3">
        <p role="status" className="text-sm font-semibold text-ink-900">
          {count === null ? '' : labels.results[count]}
        </p>
        {active && (
          <button type="button" onClick={() => setChosen({})} className="text-sm font-semibold text-river-700 underline underline-offset-4">
            {labels.reset}
          </button>
        )}
      </div>
    </div>
  );
}
