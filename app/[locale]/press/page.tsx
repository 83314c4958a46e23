import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ButtonLink } from '@/components/ui/button-link';
import { ContactBlock } from '@/components/ui/contact-block';
import { Container } from '@/components/layout/container';
import { CopyButton } from '@/components/share/copy-button';
import { GalleryGrid } from '@/components/gallery/gallery-grid';
import { PageHeader } from '@/components/layout/page-header';
import { SharePanel } from '@/components/share/share-panel';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { getImages } from '@/lib/images/manifest';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'PressPage' });
  return pageMetadata({ locale, path: routes.press, title: t('title'), description: t('description') });
}

const heading = 'font-display text-2xl font-bold text-ink-900';
const textLink = 'font-semibold text-river-700 underline underline-offset-4';

/** One titled card of the press page: a heading, an optional line of text, then its action. */
function PressCard({ id, title, text, children }: { id: string; title: string; text?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-6 sm:p-8">
      <h2 id={id} className={heading}>
        {title}
      </h2>
      {text && <p className="mt-3 text-muted">{text}</p>}
      {children}
    </section>
  );
}

export default async function PressPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'PressPage' });
  const tFigures = await getTranslations({ locale, namespace: 'FiguresPage' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const { press } = getContent();

  return (
    <>
      <PageHeader
        title={t('title')}
        lede={t('lede')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.press}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('navTitle') }]}
          />
        }
      />
      <Container className="space-y-10 py-12 lg:py-16">
        <PressCard id="boilerplate-title" title={t('boilerplateTitle')}>
          <p id="boilerplate" className="mt-4 max-w-3xl text-lg leading-relaxed text-ink-900">
            {press.boilerplate[locale]}
          </p>
          <CopyButton className="mt-4" target="boilerplate" label={t('copyBoilerplate')} copied={t('copied')} failed={t('failed')} />
        </PressCard>

        <div className="grid gap-10 lg:grid-cols-2">
          <PressCard id="fact-sheet-title" title={t('factSheetTitle')} text={t('factSheetText')}>
            <ButtonLink href={routes.factSheet} className="mt-5">
              {t('openFactSheet')}
            </ButtonLink>
          </PressCard>
          <PressCard id="cite-title" title={t('citeTitle')} text={t('citeText')}>
            <Link href={routes.figures} className={`mt-4 inline-block ${textLink}`}>
              {t('citeLink')}
            </Link>
          </PressCard>
          <PressCard id="downloads-title" title={t('downloadsTitle')} text={tFigures('downloadsNote')}>
            <p className="mt-4 flex flex-wrap gap-4">
              <a href={routes.figuresCsv} download className={textLink}>
                {tFigures('downloadCsv')}
              </a>
              <a href={routes.figuresJson} download className={textLink}>
                {tFigures('downloadJson')}
              </a>
            </p>
          </PressCard>
          <PressCard id="corrections-title" title={t('correctionsTitle')} text={t('correctionsText')}>
            <Link href={routes.corrections} className={`mt-4 inline-block ${textLink}`}>
              {t('correctionsLink')}
            </Link>
          </PressCard>
        </div>

        <section aria-labelledby="images-title">
          <h2 id="images-title" className={heading}>
            {t('imagesTitle')}
          </h2>
          <p className="mt-2 mb-6 text-muted">{t('imagesText')}</p>
          <GalleryGrid id="press-images" images={getImages()} locale={locale} />
        </section>

        <ContactBlock locale={locale} title={t('contactTitle')} />
      </Container>
      <SharePanel locale={locale} path={routes.press} />
    </>
  );
}
