import { languages, localizedPath, type Locale } from '@/i18n/languages';
import { cn } from '@/lib/cn';

/**
 * Links to the same page in every other language, each named in its own language (a full page
 * load: the document's language changes). Once scripts run, a link follows the reader's #anchor,
 * so they stay in the section they are reading (components/layout/language-switch.browser.ts);
 * without scripts it leads to the top of the same page.
 */
export function LanguageSwitch({
  locale,
  path,
  className,
}: {
  locale: Locale;
  /** The page's path, without the language. */ path: string;
  className?: string;
}) {
  const others = languages.filter((language) => language.code !== locale);
  const links = others.map((language) => {
    const href = localizedPath(language.code, path);
    return (
      <a
        key={language.code}
        href={href}
        data-language-switch={href}
        hrefLang={language.tag}
        lang={language.tag}
        className={cn(
          'inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold whitespace-nowrap text-ink-900 no-underline transition-colors hover:border-ink-900 hover:bg-ink-900 hover:text-white',
          className,
        )}
      >
        {language.name}
      </a>
    );
  });
  // One other language: a single link, as a bilingual site's switch is expected to be.
  return links.length === 1 ? links[0] : <span className="inline-flex flex-wrap gap-2">{links}</span>;
}
