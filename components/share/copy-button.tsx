import { buttonVariants } from '@/components/ui/button';
import { cn } from '@/lib/cn';

/**
 * Copies the text of another element (by id) as it reads now, so the reader gets exactly what
 * the page shows (components/share/copy-button.browser.ts). Without JavaScript the whole control,
 * margin included, is hidden and the text can be selected.
 */
export function CopyButton({
  target,
  label,
  copied,
  failed,
  className,
}: {
  target: string;
  label: string;
  copied: string;
  failed: string;
  className?: string;
}) {
  return (
    <div
      className={cn('hidden items-center gap-3 [.js_&]:flex', className)}
      data-copy-text={target}
      data-copied={copied}
      data-failed={failed}
      data-print="hide"
    >
      <button type="button" className={buttonVariants({ variant: 'secondary', size: 'small' })}>
        <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
          <rect x="6.5" y="6.5" width="10" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M13.5 4.5v-1a1 1 0 0 0-1-1h-8a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h1" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm font-semibold text-river-700" />
    </div>
  );
}
