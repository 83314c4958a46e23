import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CiteBlock } from '@/components/figures/cite-block';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { StatusBadge } from '@/components/figures/status-badge';
import { Link } from '@/i18n/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { figurePeriodText, figureText, getContent, getFigure, getSection, relatedFigures, type Figure } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SharePanel } from '@/components/share/share-panel';

/** Figures listed beside a figure: enough to browse on, the rest one link away. */
const RELATED_SHOWN = 6;

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getContent().figures.figures.map((figure) => ({ locale, id: figure.id })));
}

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

async function load(params: Props['params']): Promise<{ locale: Locale; figure: Figure }> {
  const { locale, id } = await params;
  const figure = getFigure(id);
  if (!isLocale(locale) || !figure) notFound();
  return { locale, figure };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, figure } = await load(params);
  const t = await getTranslations({ locale, namespace: 'FigurePage' });
  const { source } = getContent();
  const value = figureText(figure, locale);
  const period = figurePeriodText(figure, locale);
  return pageMetadata({
    locale,
    path: routes.figure(figure.id),
    title: `${figure.label[locale]} · ${value}`,
    description: t('description', {
      label: figure.label[locale],
      period,
      value,
      source: `${source.description[locale]}, ${formatIsoDate(source.published, locale)}`,
    }),
  });
}

export default async function FigurePage({ params }: Props) {
  const { locale, figure } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'FigurePage' });
  const tCard = await getTranslations({ locale, namespace: 'FigureCard' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const { source, figures } = getContent();
  const section = getSection(locale, figure.section);
  const related = relatedFigures(figures.figures, figure, RELATED_SHOWN);

  return (
    <>
      <PageHeader
        eyebrow={section ? `${t('breadcrumb')} · ${section.navTitle}` : t('breadcrumb')}
        title={figure.label[locale]}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.figure(figure.id)}
            crumbs={[
              { label: tCrumbs('home'), href: routes.home },
              { label: t('breadcrumb'), href: routes.figures },
              { label: figure.label[locale] },
            ]}
          />
        }
      >
        <div className="mt-8 flex flex-wrap items-end gap-x-6 gap-y-3">
          <p className="font-display text-5xl leading-none font-bold tracking-tight text-white tabular-nums sm:text-6xl">
            {figureText(figure, locale)}
          </p>
          <p className="flex items-center gap-3 pb-1 text-lg text-ink-100">
            {figurePeriodText(figure, locale)}
            <StatusBadge status={figure.status} label={tCard(figure.status)} />
          </p>
        </div>
      </PageHeader>

      <Container className="grid gap-12 py-12 lg:grid-cols-[minmax(0,1fr)_20rem] lg:py-16">
        <div className="min-w-0 space-y-12">
          {figure.note[locale] && <p className="max-w-2xl text-xl leading-relaxed text-ink-900">{figure.note[locale]}</p>}

          <section aria-labelledby="source-title">
            <h2 id="source-title" className="font-display text-2xl font-bold text-ink-900">
              {t('sourceTitle')}
            </h2>
            <p className="mt-3 text-muted">
              {t('sourceDocument', { description: source.description[locale], date: formatIsoDate(source.published, locale) })}
            </p>
            <figure className="mt-5 max-w-2xl">
              <figcaption className="text-sm font-semibold text-muted">{t('sourceSentence')}</figcaption>
              <blockquote
                lang="zh-CN"
                className="mt-2 border-l-4 border-signal-600 bg-white py-3 pr-4 pl-5 text-lg leading-relaxed text-ink-900"
              >
                {figure.quote}
              </blockquote>
            </figure>
            {section && (
              <p className="mt-4">
                <Link href={routes.section(section.slug)} className="font-semibold text-river-700 underline underline-offset-4">
                  {t('inSection', { title: section.title })}
                </Link>
              </p>
            )}
          </section>

          <section aria-labelledby="cite-title" className="max-w-2xl">
            <h2 id="cite-title" className="font-display text-2xl font-bold text-ink-900">
              {t('citeTitle')}
            </h2>
            <div className="mt-4">
              <CiteBlock figure={figure} locale={locale} />
            </div>
          </section>

          <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-t border-line pt-6 text-sm">
            <dt className="text-muted">{t('idLabel')}</dt>
            <dd className="font-mono text-ink-900">{figure.id}</dd>
            <dt className="text-muted">{t('period')}</dt>
            <dd className="font-mono text-ink-900">{figure.period}</dd>
            <dt className="text-muted">{t('value')}</dt>
            <dd className="font-mono text-ink-900">
              {String(figure.value)} ({figure.unit})
            </dd>
          </dl>
        </div>

        {related.total > 0 && (
          <aside aria-labelledby="related-title" className="lg:sticky lg:top-28 lg:self-start" data-print="hide" data-pagefind-ignore="all">
            <h2 id="related-title" className="text-xs font-semibold tracking-[0.14em] text-muted uppercase">
              {t('related')}
            </h2>
            <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-white">
              {related.shown.map((other) => (
                <li key={other.id}>
                  <Link href={routes.figure(other.id)} className="flex flex-col gap-0.5 px-4 py-3 no-underline hover:bg-paper">
                    <span className="font-semibold text-ink-900 tabular-nums">{figureText(other, locale)}</span>
                    <span className="text-sm text-muted">{other.label[locale]}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <Link
              href={`${routes.figures}#theme-${figure.section}`}
              className="mt-4 inline-block text-sm font-semibold text-river-700 underline underline-offset-4"
            >
              {t('allInPart', { count: related.total + 1 })} →
            </Link>
          </aside>
        )}
      </Container>
      <SharePanel locale={locale} path={routes.figure(figure.id)} />
    </>
  );
}
