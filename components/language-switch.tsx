'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
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
 * language changes). Adds the reader's current #anchor on click, so they stay in the section.
 */
export function LanguageSwitch({ locales, target, targetLang, name, className }: LanguageSwitchProps) {
  const href = switchLocalePath(usePathname() ?? '/', locales, target);
  const keepAnchor = (event: MouseEvent<HTMLAnchorElement>) => {
    if (window.location.hash) event.currentTarget.href = href + window.location.hash;
  };
  return (
    <a
      href={href}
      hrefLang={targetLang}
      lang={targetLang}
      onClick={keepAnchor}
      className={`inline-flex min-h-11 min-w-11 shrink-0 items-center whitespace-nowrap justify-center rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold text-ink-900 no-underline transition-colors hover:border-ink-900 hover:bg-ink-900 hover:text-white ${className ?? ''}`}
    >
      {name}
    </a>
  );
}
