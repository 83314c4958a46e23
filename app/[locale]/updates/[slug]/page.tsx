import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Fragment } from 'react';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Container } from '@/components/layout/container';
import { PageHeader } from '@/components/layout/page-header';
import { Prose } from '@/components/ui/prose';
import { SharePanel } from '@/components/share/share-panel';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getContent, getSection, type Update } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getContent().updates[locale].map((update) => ({ locale, slug: update.slug })));
}

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

async function load(params: Props['params']): Promise<{ locale: Locale; update: Update }> {
  const { locale, slug } = await params;
  const update = isLocale(locale) ? getContent().updates[locale].find((candidate) => candidate.slug === slug) : undefined;
  if (!isLocale(locale) || !update) notFound();
  return { locale, update };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, update } = await load(params);
  return pageMetadata({ locale, path: routes.update(update.slug), title: update.title, description: update.summary });
}

export default async function UpdatePage({ params }: Props) {
  const { locale, update } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'UpdatesPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const parts = update.includes.map((slug) => getSection(locale, slug)).filter((section) => section !== undefined);
  const contents = [...update.headings, ...parts.map((section) => ({ id: section.slug, text: section.title }))];

  return (
    <article>
      <PageHeader
        eyebrow={t('published', { date: formatIsoDate(update.date, locale) })}
        title={update.title}
        lede={update.summary}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.update(update.slug)}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title'), href: routes.updates }, { label: update.title }]}
          />
        }
      />
      <Container className="grid gap-10 pt-12 pb-4 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-16 lg:pt-16">
        <aside className="lg:sticky lg:top-28 lg:self-start">
          <TableOfContents headings={contents} title={t('contents')} />
        </aside>
        <div className="prose-article min-w-0">
          <Prose section={update} bare />
          {parts.map((section) => (
            <Fragment key={section.slug}>
              <h2 id={section.slug} className="part-title">
                {section.title}
              </h2>
              <Prose section={section} level={3} bare />
            </Fragment>
          ))}
        </div>
      </Container>
      <SharePanel locale={locale} path={routes.update(update.slug)} />
    </article>
  );
}
