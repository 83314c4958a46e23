import { buttonVariants } from '@/components/ui/button';
import { cn } from '@/lib/cn';

/** Opens the browser's print dialog (print or save as PDF). Hidden without JavaScript and on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" data-print-button className={cn(buttonVariants(), 'hidden [.js_&]:inline-flex')} data-print="hide">
      <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true">
        <path d="M5 8V3h10v5M5 14H3V8h14v6h-2M6 12h8v5H6z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      {label}
    </button>
  );
}
