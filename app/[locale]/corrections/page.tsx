import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { getContent, getSections } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SharePanel } from '@/components/share/share-panel';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'CorrectionsPage' });
  return pageMetadata({ locale, path: routes.corrections, title: t('title'), description: t('description') });
}

export default async function CorrectionsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'CorrectionsPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const { source, corrections } = getContent();
  const sections = getSections(locale);
  const method = t.raw('method') as string[];

  return (
    <>
      <PageHeader
        title={t('title')}
        lede={t('description')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.corrections}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      />
      <Container className="py-12 lg:py-16">
        <div className="grid gap-12 lg:grid-cols-2">
          <section aria-labelledby="source-heading">
            <h2 id="source-heading" className="font-display text-2xl font-bold text-ink-900">
              {t('sourceTitle')}
            </h2>
            <p className="mt-4 text-lg">
              {t('sourceLine', { description: source.description[locale], date: formatIsoDate(source.published, locale) })}
            </p>
            <p className="mt-3 text-muted">{source.note[locale]}</p>
            <p className="mt-3 text-muted">{source.photoCredit[locale]}</p>
          </section>
          <section aria-labelledby="method-heading">
            <h2 id="method-heading" className="font-display text-2xl font-bold text-ink-900">
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
            <h2 id="list-heading" className="font-display text-2xl font-bold text-ink-900">
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
                          <dd lang="zh-CN" className="text-[0.95rem] text-ink-900">
                            {correction.original}
                          </dd>
                        </>
                      ) : (
                        <>
                          <dt className="text-sm font-semibold text-muted">{t('original')}</dt>
                          <dd lang="zh-CN" className="text-[0.95rem] break-all text-ink-900">
                            <s className="decoration-signal-600/70">{correction.original}</s>
                          </dd>
                          <dt className="text-sm font-semibold text-muted">{t('corrected')}</dt>
                          <dd lang="zh-CN" className="text-[0.95rem] text-ink-900">
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
      <SharePanel locale={locale} path={routes.corrections} />
    </>
  );
}
