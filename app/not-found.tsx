import type { Metadata } from 'next';
import { displayFont } from '@/components/layout/fonts';
import { LogoMark } from '@/components/layout/logo-mark';
import { buttonVariants } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { defaultLocale, languageOf, languages, localizedPath } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';

export const metadata: Metadata = {
  title: languages.map((language) => loadMessages(language.code).NotFoundPage.title).join(' · '),
  robots: { index: false },
};

/**
 * One 404 page for every URL a static host cannot find (it cannot know the language),
 * so it speaks every language and leads back to each home page.
 */
export default function NotFound() {
  return (
    <html lang={languageOf(defaultLocale).tag} className={displayFont.variable}>
      <body className="flex min-h-dvh items-center bg-paper">
        <main className="mx-auto w-full max-w-3xl px-6 py-16">
          <LogoMark className="size-14" />
          {/* Decoration: drawn by CSS so it is not read as text; each language's h1 says it. */}
          <p
            data-code="404"
            className="mt-8 font-display text-7xl font-bold text-ink-200 before:content-[attr(data-code)] sm:text-8xl"
            aria-hidden="true"
          />
          <div className="mt-6 grid gap-10 sm:grid-cols-2">
            {languages.map((language) => {
              const text = loadMessages(language.code).NotFoundPage;
              return (
                <section key={language.code} lang={language.tag}>
                  <h1 className="font-display text-3xl font-bold text-ink-900">{text.title}</h1>
                  <p className="mt-3 text-muted">{text.body}</p>
                  <a href={localizedPath(language.code, '/')} className={cn(buttonVariants({ variant: 'dark' }), 'mt-6')}>
                    {text.home}
                  </a>
                </section>
              );
            })}
          </div>
        </main>
      </body>
    </html>
  );
}
