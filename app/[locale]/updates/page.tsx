import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { buttonVariants } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { localizedPath } from '@/i18n/languages';
import { cn } from '@/lib/cn';
import { getContent } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { files, routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';
import { heading } from '@/components/ui/heading';

export const generateMetadata = metadataFor('updates');

export default async function UpdatesPage({ params }: PageProps<'updates'>) {
  const page = await openPage('updates', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'UpdatesPage' });
  const updates = getContent().updates[locale];
  return (
    <PageShell
      page={page}
      header={{
        lede: t('lede'),
        children: (
          <a href={localizedPath(locale, files.feed)} className={cn(buttonVariants({ variant: 'onDark' }), 'mt-8 min-h-11 px-5')}>
            <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
              <circle cx="5" cy="15" r="2" fill="currentColor" />
              <path d="M3 9a8 8 0 0 1 8 8M3 3a14 14 0 0 1 14 14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {t('feed')}
          </a>
        ),
      }}
    >
      <Container className="py-12 lg:py-16">
        <ol className="max-w-3xl space-y-6">
          {updates.map((update) => (
            <li key={update.slug}>
              <article className="relative rounded-2xl border border-line bg-white p-6 transition-shadow hover:shadow-lg sm:p-8">
                <p className="text-sm font-semibold text-signal-600">
                  <time dateTime={update.date}>{t('published', { date: formatIsoDate(update.date, locale) })}</time>
                </p>
                <h2 className={cn(heading({ size: 'section' }), 'mt-2 leading-snug')}>
                  <Link
                    href={routes.update(update.slug)}
                    className="no-underline after:absolute after:inset-0 after:content-[''] hover:text-river-700"
                  >
                    {update.title}
                  </Link>
                </h2>
                <p className="mt-3 text-muted">{update.summary}</p>
                <p className="mt-4 font-semibold text-river-700" aria-hidden="true">
                  {t('read')} →
                </p>
              </article>
            </li>
          ))}
        </ol>
      </Container>
    </PageShell>
  );
}
