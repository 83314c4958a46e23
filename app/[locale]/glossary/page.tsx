import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { isLocale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { glossaryKinds } from '@/lib/content';
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
  const t = await getTranslations({ locale, namespace: 'GlossaryPage' });
  return pageMetadata({ locale, path: routes.glossary, title: t('title'), description: t('description') });
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'GlossaryPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const { glossary } = getContent();
  const groups = glossaryKinds
    .map((kind) => ({ kind, terms: glossary.filter((term) => term.kind === kind) }))
    .filter((group) => group.terms.length > 0);

  return (
    <>
      <PageHeader
        title={t('title')}
        lede={t('intro')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.glossary}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      />
      <Container className="py-12 lg:py-16">
        <nav aria-label={t('title')} className="mb-10 flex flex-wrap gap-2" data-print="hide">
          {groups.map((group) => (
            <a
              key={group.kind}
              href={`#${group.kind}`}
              className="rounded-full border border-line bg-white px-4 py-2 text-[0.95rem] font-medium text-ink-800 no-underline hover:border-ink-900"
            >
              {t(`kinds.${group.kind}`)} <span className="text-muted">({group.terms.length})</span>
            </a>
          ))}
        </nav>
        <div className="space-y-14">
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={group.kind} className="scroll-mt-28">
              <h2 id={group.kind} className="font-display text-2xl font-bold text-ink-900">
                {t(`kinds.${group.kind}`)}
              </h2>
              <div className="mt-5 overflow-x-auto rounded-2xl border border-line bg-white">
                <table className="w-full border-collapse text-left text-[0.98rem]">
                  <thead className="bg-paper-deep/70 text-sm text-muted">
                    <tr>
                      <th scope="col" className="w-[32%] px-5 py-3 font-semibold">
                        {t('chinese')}
                      </th>
                      <th scope="col" className="px-5 py-3 font-semibold">
                        {t('english')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {group.terms.map((term) => (
                      <tr key={term.id} id={`term-${term.id}`} className="align-top">
                        <td lang="zh-CN" className="px-5 py-3 font-medium text-ink-900">
                          {term.zh}
                        </td>
                        <td lang="en" className="px-5 py-3">
                          <span className="text-ink-900">{term.en}</span>
                          {term.note && (
                            <span className="mt-1 block text-sm text-muted" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
                              {term.note[locale]}
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </div>
      </Container>
      <SharePanel locale={locale} path={routes.glossary} />
    </>
  );
}
