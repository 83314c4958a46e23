import { getTranslations } from 'next-intl/server';
import { DirectoryFilter } from '@/components/directory/directory-filter';
import { SourceLink } from '@/components/figures/source-link';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { InlineList } from '@/components/ui/inline-list';
import { languages } from '@/i18n/languages';
import { enterpriseTypes, getContent } from '@/lib/content';
import { formatList, nameOrder } from '@/lib/format';
import { metadataFor } from '@/lib/seo';
import { heading } from '@/components/ui/heading';
import { cn } from '@/lib/cn';

export const generateMetadata = metadataFor('enterprises');

export default async function EnterprisesPage({ params }: PageProps<'enterprises'>) {
  const page = await openPage('enterprises', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'EnterprisesPage' });
  const { enterprises } = getContent();
  const others = languages.filter((language) => language.code !== locale);
  const byName = nameOrder(locale);
  const entries = [...enterprises.entries].sort((a, b) => byName(a.name[locale], b.name[locale]));
  const typesUsed = enterpriseTypes.filter((type) => entries.some((entry) => entry.type === type));

  return (
    <PageShell page={page} header={{ lede: t('lede') }}>
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
              results: t.raw('results') as string,
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
              <h2 className={cn(heading({ size: 'entry' }), 'mt-1 leading-snug')}>{entry.name[locale]}</h2>
              {others.map((language) => (
                <p key={language.code} className="text-sm text-muted" lang={language.tag}>
                  {entry.name[language.code]}
                </p>
              ))}
              {entry.aliases.length > 0 && (
                <p className="mt-1 text-sm text-muted">
                  {t('otherName', {
                    names: formatList(
                      entry.aliases.map((alias) => alias[locale]),
                      locale,
                    ),
                  })}
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
                <InlineList
                  locale={locale}
                  items={entry.mentions.map((mention, index) => ({
                    key: `${mention.section}-${mention.anchor ?? ''}-${index}`,
                    node: <SourceLink source={mention} locale={locale} />,
                  }))}
                />
              </p>
            </li>
          ))}
        </ul>
      </Container>
    </PageShell>
  );
}
