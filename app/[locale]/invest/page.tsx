import { getTranslations } from 'next-intl/server';
import { SourceLink } from '@/components/figures/source-link';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { AnchorNav } from '@/components/ui/anchor-nav';
import { ContactBlock } from '@/components/ui/contact-block';
import { heading } from '@/components/ui/heading';
import { InlineList } from '@/components/ui/inline-list';
import { Link } from '@/i18n/navigation';
import { getContent } from '@/lib/content';
import { formatFigureValue, formatPeriod } from '@/lib/format';
import { routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('invest');

export default async function InvestPage({ params }: PageProps<'invest'>) {
  const page = await openPage('invest', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'InvestPage' });
  const { invest } = getContent();

  return (
    <PageShell page={page} header={{ lede: invest.intro[locale], children: <p className="mt-4 max-w-3xl text-ink-200">{t('lede')}</p> }}>
      <Container className="py-12 lg:py-16">
        <AnchorNav
          label={page.text.title}
          className="mb-12"
          items={invest.groups.map((group) => ({ target: group.id, label: t(`groups.${group.id}`) }))}
        />
        <div className="space-y-16">
          {invest.groups.map((group) => (
            <section key={group.id} id={group.id} aria-labelledby={`${group.id}-title`} className="scroll-mt-28">
              <h2 id={`${group.id}-title`} className={heading({ size: 'part' })}>
                {t(`groups.${group.id}`)}
              </h2>
              <ul className="mt-6 grid gap-5 md:grid-cols-2">
                {group.items.map((item) => (
                  <li key={item.id} id={item.id} className="flex scroll-mt-28 flex-col rounded-2xl border border-line bg-white p-6">
                    <h3 className={heading({ size: 'block', className: 'leading-snug' })}>{item.title[locale]}</h3>
                    <p className="mt-3 flex-1 leading-relaxed text-ink-800">{item.text[locale]}</p>
                    {item.figures.length > 0 && (
                      <ul aria-label={t('keyFigures')} className="mt-4 flex flex-wrap gap-2">
                        {item.figures.map((figure) => (
                          <li key={figure.id}>
                            <Link
                              href={routes.figure(figure.id)}
                              className="inline-flex flex-col rounded-lg bg-paper-deep/70 px-3 py-2 no-underline hover:bg-river-100"
                            >
                              <span className="font-display font-bold text-ink-900 tabular-nums">{formatFigureValue(figure, locale)}</span>
                              <span className="text-xs text-muted">
                                {figure.label[locale]} · {formatPeriod(figure.period, locale)}
                              </span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
                      {t('sources')}
                      <InlineList
                        locale={locale}
                        items={item.sources.map((source) => ({
                          key: `${source.section}-${source.anchor ?? ''}`,
                          node: <SourceLink source={source} locale={locale} />,
                        }))}
                      />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <ContactBlock locale={locale} title={t('contactTitle')} />
        </div>
      </Container>
    </PageShell>
  );
}
