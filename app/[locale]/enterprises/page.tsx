import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Container } from '@/components/layout/container';
import { DirectoryFilter } from '@/components/directory/directory-filter';
import { PageHeader } from '@/components/layout/page-header';
import { SharePanel } from '@/components/share/share-panel';
import { SourceLink } from '@/components/figures/source-link';
import { isLocale } from '@/i18n/routing';
import { enterpriseTypes, getContent } from '@/lib/content';

import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'EnterprisesPage' });
  return pageMetadata({ locale, path: routes.enterprises, title: t('title'), description: t('description') });
}

export default async function EnterprisesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'EnterprisesPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const { enterprises } = getContent();
  const other = locale === 'zh' ? 'en' : 'zh';
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
  const entries = [...enterprises.entries].sort((a, b) => collator.compare(a.name[locale], b.name[locale]));
  const typesUsed = enterpriseTypes.filter((type) => entries.some((entry) => entry.type === type));

  return (
    <>
      <PageHeader
        title={t('title')}
        lede={t('lede')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.enterprises}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      />
      <Container className="grid gap-10 py-12 lg:grid-cols-[20rem_minmax(0,1fr)] lg:py-16">
        <aside className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:self-start lg:overflow-y-auto" data-print="hide">
          <DirectoryFilter
            list="directory"
            facets={[
              {
                key: 'industry',
                label: t('industry'),
                options: enterprises.industries.map((item) => ({ id: item.id, label: item.label[locale] })),
              },
              { key: 'role', label: t('role'), options: enterprises.roles.map((item) => ({ id: item.id, label: item.label[locale] })) },
              { key: 'type', label: t('type'), options: typesUsed.map((type) => ({ id: type, label: t(`types.${type}`) })) },
            ]}
            labels={{
              all: t('all'),
              reset: t('reset'),
              filters: t('filters'),
              results: Array.from({ length: entries.length + 1 }, (_, count) => t('results', { count })),
            }}
          />
        </aside>
        <ul id="directory" className="grid content-start gap-4 xl:grid-cols-2">
          {entries.map((entry) => (
            <li
              key={entry.id}
              id={entry.id}
              data-entry=""
              data-industry={entry.industries.map((item) => item.id).join(' ')}
              data-role={entry.roles.map((item) => item.id).join(' ')}
              data-type={entry.type}
              className="scroll-mt-28 rounded-2xl border border-line bg-white p-5 sm:p-6"
            >
              <p className="text-xs font-semibold tracking-wider text-signal-600 uppercase">{t(`types.${entry.type}`)}</p>
              <h2 className="mt-1 font-display text-lg leading-snug font-bold text-ink-900">{entry.name[locale]}</h2>
              <p className="text-sm text-muted" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {entry.name[other]}
              </p>
              {entry.aliases.length > 0 && (
                <p className="mt-1 text-sm text-muted">
                  {t('otherName', { names: entry.aliases.map((alias) => alias[locale]).join(locale === 'zh' ? '、' : ', ') })}
                </p>
              )}
              <p className="mt-3 leading-relaxed text-ink-800">{entry.summary[locale]}</p>
              <ul className="mt-3 flex flex-wrap gap-1.5">
                {entry.industries.length === 0 ? (
                  <li className="rounded-full bg-paper-deep px-2.5 py-0.5 text-xs text-muted">{t('noIndustry')}</li>
                ) : (
                  entry.industries.map((industry) => (
                    <li key={industry.id} className="rounded-full bg-river-100 px-2.5 py-0.5 text-xs font-semibold text-river-700">
                      {industry.label[locale]}
                    </li>
                  ))
                )}
                {entry.roles.map((role) => (
                  <li key={role.id} className="rounded-full bg-ink-100 px-2.5 py-0.5 text-xs font-semibold text-ink-800">
                    {role.label[locale]}
                  </li>
                ))}
              </ul>
              <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
                {t('mentions')}
                {entry.mentions.map((mention, index) => (
                  <span key={`${mention.section}-${mention.anchor ?? ''}-${index}`}>
                    {index > 0 && (locale === 'zh' ? '；' : '; ')}
                    <SourceLink source={mention} locale={locale} />
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </Container>
      <SharePanel locale={locale} path={routes.enterprises} />
    </>
  );
}
