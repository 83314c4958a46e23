/**
 * Copies a link to a part of the page (its #anchor) or to another page (a path), as an
 * absolute URL (components/share/copy-link-button.browser.ts). Hidden until scripts run; the "#"
 * link beside it works without them.
 */
export function CopyLinkButton({
  anchor,
  path,
  label,
  copied,
  tone = 'light',
}: {
  anchor?: string;
  path?: string;
  label: string;
  copied: string;
  tone?: 'light' | 'dark';
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-copy-link={path ?? ''}
      data-anchor={anchor}
      data-copied={copied}
      className={`group hidden size-9 items-center justify-center rounded-full align-middle transition-colors [.js_&]:inline-flex ${
        tone === 'light' ? 'text-muted hover:bg-ink-100 hover:text-ink-900' : 'text-ink-200 hover:bg-white/10 hover:text-white'
      }`}
      data-print="hide"
    >
      <svg viewBox="0 0 20 20" className="hidden size-4 group-data-done:block" aria-hidden="true">
        <path d="m4 10.5 4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <svg viewBox="0 0 20 20" className="size-4 group-data-done:hidden" aria-hidden="true">
        <path
          d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.7"
          strokeLinecap="round"
        />
      </svg>
      <span role="status" className="sr-only" />
    </button>
  );
}
