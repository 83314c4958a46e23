import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ContactBlock } from '@/components/ui/contact-block';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { SharePanel } from '@/components/share/share-panel';
import { SourceLink } from '@/components/figures/source-link';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { figureText, getContent } from '@/lib/content';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'InvestPage' });
  return pageMetadata({ locale, path: routes.invest, title: t('title'), description: t('description') });
}

export default async function InvestPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'InvestPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const { invest } = getContent();

  return (
    <>
      <PageHeader
        title={t('title')}
        lede={invest.intro[locale]}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.invest}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('navTitle') }]}
          />
        }
      >
        <p className="mt-4 max-w-3xl text-ink-200">{t('lede')}</p>
      </PageHeader>
      <Container className="py-12 lg:py-16">
        <nav aria-label={t('title')} className="mb-12 flex flex-wrap gap-2" data-print="hide">
          {invest.groups.map((group) => (
            <a
              key={group.id}
              href={`#${group.id}`}
              className="rounded-full border border-line bg-white px-4 py-2 text-[0.95rem] font-medium text-ink-800 no-underline hover:border-ink-900"
            >
              {t(`groups.${group.id}`)}
            </a>
          ))}
        </nav>
        <div className="space-y-16">
          {invest.groups.map((group) => (
            <section key={group.id} id={group.id} aria-labelledby={`${group.id}-title`} className="scroll-mt-28">
              <h2 id={`${group.id}-title`} className="font-display text-3xl font-bold tracking-tight text-ink-900">
                {t(`groups.${group.id}`)}
              </h2>
              <ul className="mt-6 grid gap-5 md:grid-cols-2">
                {group.items.map((item) => (
                  <li key={item.id} id={item.id} className="flex scroll-mt-28 flex-col rounded-2xl border border-line bg-white p-6">
                    <h3 className="font-display text-xl leading-snug font-bold text-ink-900">{item.title[locale]}</h3>
                    <p className="mt-3 flex-1 leading-relaxed text-ink-800">{item.text[locale]}</p>
                    {item.figures.length > 0 && (
                      <ul aria-label={t('keyFigures')} className="mt-4 flex flex-wrap gap-2">
                        {item.figures.map((figure) => (
                          <li key={figure.id}>
                            <Link
                              href={routes.figure(figure.id)}
                              className="inline-flex flex-col rounded-lg bg-paper-deep/70 px-3 py-2 no-underline hover:bg-river-100"
                            >
                              <span className="font-display font-bold text-ink-900 tabular-nums">{figureText(figure, locale)}</span>
                              <span className="text-xs text-muted">{figure.label[locale]}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
                      {t('sources')}
                      {item.sources.map((source, index) => (
                        <span key={`${source.section}-${source.anchor ?? ''}`}>
                          {index > 0 && '; '}
                          <SourceLink source={source} locale={locale} />
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <ContactBlock locale={locale} title={t('contactTitle')} />
        </div>
      </Container>
      <SharePanel locale={locale} path={routes.invest} />
    </>
  );
}
