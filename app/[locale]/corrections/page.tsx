import { getTranslations } from 'next-intl/server';
import { SourceDetails } from '@/components/figures/source-details';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { heading } from '@/components/ui/heading';
import { Link } from '@/i18n/navigation';
import { languageOf, sourceLocale } from '@/i18n/languages';
import { getContent, getSections } from '@/lib/content';
import { formatIsoDate, formatSourceName } from '@/lib/format';
import { routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('corrections');

export default async function CorrectionsPage({ params }: PageProps<'corrections'>) {
  const page = await openPage('corrections', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'CorrectionsPage' });
  const { sources, corrections } = getContent();
  const sections = getSections(locale);
  const method = t.raw('method') as string[];
  // The original and corrected texts are the source's own language.
  const sourceLang = languageOf(sourceLocale).tag;

  return (
    <PageShell page={page} header={{ lede: page.text.description }}>
      <Container className="py-12 lg:py-16">
        <div className="grid gap-12 lg:grid-cols-2">
          <section aria-labelledby="source-heading">
            <h2 id="source-heading" className={heading()}>
              {t('sourceTitle')}
            </h2>
            {/* Newest first; each source keeps an anchor of its own (#source-<id>) that facts link to. */}
            {[...sources].reverse().map((source) => (
              <div key={source.id} id={`source-${source.id}`} className="mt-4 scroll-mt-28">
                <p className="text-lg">
                  {t('sourceLine', { description: formatSourceName(source, locale), date: formatIsoDate(source.published, locale) })}
                </p>
                <SourceDetails source={source} locale={locale} className="mt-3" />
                {source.note[locale] && <p className="mt-3 text-muted">{source.note[locale]}</p>}
                {source.credit[locale] && <p className="mt-3 text-muted">{source.credit[locale]}</p>}
                {source.licence[locale] && <p className="mt-3 text-muted">{source.licence[locale]}</p>}
              </div>
            ))}
          </section>
          <section aria-labelledby="method-heading">
            <h2 id="method-heading" className={heading()}>
              {t('methodTitle')}
            </h2>
            <ul className="mt-4 list-disc space-y-3 pl-5 marker:text-signal-600">
              {method.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        </div>

        <section aria-labelledby="list-heading" className="mt-16">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="list-heading" className={heading()}>
              {t('listTitle')}
            </h2>
            <p className="text-muted">{t('countLine', { count: corrections.length })}</p>
          </div>
          <ol className="mt-6 divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white">
            {corrections.map((correction) => {
              const section = sections.find((candidate) => candidate.slug === correction.section);
              return (
                <li key={correction.id} id={correction.id} className="grid gap-4 p-5 sm:p-6 md:grid-cols-[11rem_1fr]">
                  <div className="flex flex-col gap-2 text-sm">
                    <span
                      className={
                        correction.type === 'slip'
                          ? 'w-fit rounded-full bg-signal-100 px-3 py-1 font-semibold text-signal-600'
                          : correction.type === 'query'
                            ? 'w-fit rounded-full bg-ink-100 px-3 py-1 font-semibold text-ink-800'
                            : 'w-fit rounded-full bg-river-100 px-3 py-1 font-semibold text-river-700'
                      }
                    >
                      {t(`type.${correction.type}`)}
                    </span>
                    <span className="text-muted">
                      {t('section')}:{' '}
                      {section ? (
                        <Link href={routes.section(section.slug)} className="text-river-700 underline underline-offset-2">
                          {section.navTitle}
                        </Link>
                      ) : (
                        t('allSections')
                      )}
                    </span>
                  </div>
                  <div>
                    <dl className="grid gap-2 sm:grid-cols-[6rem_1fr]">
                      {correction.type === 'query' ? (
                        <>
                          <dt className="text-sm font-semibold text-muted">{t('unchanged')}</dt>
                          <dd lang={sourceLang} className="text-[0.95rem] text-ink-900">
                            {correction.original}
                          </dd>
                        </>
                      ) : (
                        <>
                          <dt className="text-sm font-semibold text-muted">{t('original')}</dt>
                          <dd lang={sourceLang} className="text-[0.95rem] break-all text-ink-900">
                            <s className="decoration-signal-600/70">{correction.original}</s>
                          </dd>
                          <dt className="text-sm font-semibold text-muted">{t('corrected')}</dt>
                          <dd lang={sourceLang} className="text-[0.95rem] text-ink-900">
                            {correction.corrected || <span className="text-muted">{t('removed')}</span>}
                          </dd>
                        </>
                      )}
                    </dl>
                    <p className="mt-3 text-[0.95rem] text-muted">{correction.explanation[locale]}</p>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      </Container>
    </PageShell>
  );
}
