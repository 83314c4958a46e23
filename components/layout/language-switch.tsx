'use client';

// A client component only to read the page's path while it is prerendered: usePathname is not
// available to server components. No React runs in the browser (scripts/lib/shipped-html.ts).
import { usePathname } from 'next/navigation';
import { switchLocalePath } from '@/lib/routes';

interface LanguageSwitchProps {
  locales: readonly string[];
  target: string;
  /** BCP 47 tag of the target language, for hreflang and lang. */
  targetLang: string;
  /** The target language's own name ("English", "中文"), shown and spoken in that language. */
  name: string;
  className?: string;
}

/**
 * A plain link to the same page in the other language (a full page load: the document's
 * language changes). Once scripts run it follows the reader's #anchor, so they stay in the
 * section they are reading (components/layout/language-switch.browser.ts); without scripts it leads
 * to the top of the same page.
 */
export function LanguageSwitch({ locales, target, targetLang, name, className }: LanguageSwitchProps) {
  const path = switchLocalePath(usePathname() ?? '/', locales, target);
  return (
    <a
      href={path}
      data-language-switch={path}
      hrefLang={targetLang}
      lang={targetLang}
      className={`inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold whitespace-nowrap text-ink-900 no-underline transition-colors hover:border-ink-900 hover:bg-ink-900 hover:text-white ${className ?? ''}`}
    >
      {name}
    </a>
  );
}
