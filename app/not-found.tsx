import type { Metadata } from 'next';
import { displayFont } from '@/components/layout/fonts';
import { LogoMark } from '@/components/layout/logo-mark';
import zh from '@/messages/zh.json';
import en from '@/messages/en.json';

export const metadata: Metadata = {
  title: `${zh.NotFoundPage.title} · ${en.NotFoundPage.title}`,
  robots: { index: false },
};

/**
 * One 404 page for every URL a static host cannot find (it cannot know the language),
 * so it speaks both and leads back to both home pages.
 */
export default function NotFound() {
  const languages = [
    { locale: 'zh', lang: 'zh-CN', text: zh.NotFoundPage },
    { locale: 'en', lang: 'en', text: en.NotFoundPage },
  ] as const;
  return (
    <html lang="zh-CN" className={displayFont.variable}>
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
            {languages.map(({ locale, lang, text }) => (
              <section key={locale} lang={lang}>
                <h1 className="font-display text-3xl font-bold text-ink-900">{text.title}</h1>
                <p className="mt-3 text-muted">{text.body}</p>
                <a
                  href={`/${locale}/`}
                  className="mt-6 inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-white no-underline hover:bg-ink-800"
                >
                  {text.home}
                </a>
              </section>
            ))}
          </div>
        </main>
      </body>
    </html>
  );
}
