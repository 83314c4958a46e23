import { cn } from '@/lib/cn';

/** "Actual" or "Target": targets are marked in the signal colour everywhere. */
export function StatusBadge({ status, label }: { status: 'actual' | 'target'; label: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap',
        status === 'target' ? 'bg-signal-100 text-signal-600' : 'bg-river-100 text-river-700',
      )}
    >
      {label}
    </span>
  );
}
