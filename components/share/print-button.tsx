/** Opens the browser's print dialog (print or save as PDF). Hidden without JavaScript and on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-print-button
      className="hidden min-h-12 items-center gap-2 rounded-full bg-signal-600 px-6 font-semibold text-white hover:bg-[#9c2f14] [.js_&]:inline-flex"
      data-print="hide"
    >
      <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true">
        <path d="M5 8V3h10v5M5 14H3V8h14v6h-2M6 12h8v5H6z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      {label}
    </button>
  );
}
