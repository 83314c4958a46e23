import { getTranslations } from 'next-intl/server';
import { languageOf, languages, localizedPath, type Locale } from '@/i18n/languages';
import { cn } from '@/lib/cn';

/**
 * Links to the same page in every other language, each named in its own language (a full page
 * load: the document's language changes). Once scripts run, a link follows the reader's #anchor,
 * so they stay in the section they are reading (components/layout/language-switch.browser.ts);
 * without scripts it leads to the top of the same page.
 */
export async function LanguageSwitch({
  locale,
  path,
  className,
}: {
  locale: Locale;
  /** The page's path, without the language. */
  path: string;
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
  if (links.length === 1) return links[0];
  // More: a menu under the page's own language (nav-links.browser.ts closes it on Escape or a click elsewhere).
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  return (
    <details className="relative" data-dropdown="">
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded-md border border-ink-200 px-3 text-[0.95rem] font-semibold whitespace-nowrap text-ink-900 hover:border-ink-900 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{t('languages')}: </span>
        {languageOf(locale).name}
      </summary>
      <ul className="absolute right-0 z-50 mt-2 flex w-max flex-col gap-1 rounded-xl border border-line bg-white p-2 shadow-2xl shadow-ink-900/15">
        {links.map((link) => (
          <li key={link.key}>{link}</li>
        ))}
      </ul>
    </details>
  );
}
