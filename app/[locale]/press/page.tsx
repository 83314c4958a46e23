import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ButtonLink } from '@/components/button-link';
import { ContactBlock } from '@/components/contact-block';
import { Container } from '@/components/container';
import { CopyButton } from '@/components/copy-button';
import { GalleryGrid } from '@/components/gallery-grid';
import { PageHeader } from '@/components/page-header';
import { SharePanel } from '@/components/share-panel';
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
const card = 'rounded-2xl border border-line bg-white p-6 sm:p-8';
const textLink = 'font-semibold text-river-700 underline underline-offset-4';

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
        breadcrumbs={<Breadcrumbs locale={locale} label={tCrumbs('label')} currentPath={routes.press} crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('navTitle') }]} />}
      />
      <Container className="space-y-10 py-12 lg:py-16">
        <section aria-labelledby="boilerplate-title" className={card}>
          <h2 id="boilerplate-title" className={heading}>
            {t('boilerplateTitle')}
          </h2>
          <p id="boilerplate" className="mt-4 max-w-3xl text-lg leading-relaxed text-ink-900">
            {press.boilerplate[locale]}
          </p>
          <div className="mt-4 hidden [.js_&]:block">
            <CopyButton target="boilerplate" label={t('copyBoilerplate')} copied={t('copied')} failed={t('failed')} />
          </div>
        </section>

        <div className="grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="fact-sheet-title" className={card}>
            <h2 id="fact-sheet-title" className={heading}>
              {t('factSheetTitle')}
            </h2>
            <p className="mt-3 text-muted">{t('factSheetText')}</p>
            <ButtonLink href={routes.factSheet} className="mt-5">
              {t('openFactSheet')}
            </ButtonLink>
          </section>
          <section aria-labelledby="cite-title" className={card}>
            <h2 id="cite-title" className={heading}>
              {t('citeTitle')}
            </h2>
            <p className="mt-3 text-muted">{t('citeText')}</p>
            <Link href={routes.figures} className={`mt-4 inline-block ${textLink}`}>
              {t('citeLink')}
            </Link>
          </section>
          <section aria-labelledby="downloads-title" className={card}>
            <h2 id="downloads-title" className={heading}>
              {t('downloadsTitle')}
            </h2>
            <p className="mt-3 text-muted">{tFigures('downloadsNote')}</p>
            <p className="mt-4 flex flex-wrap gap-4">
              <a href={routes.figuresCsv} download className={textLink}>
                {tFigures('downloadCsv')}
              </a>
              <a href={routes.figuresJson} download className={textLink}>
                {tFigures('downloadJson')}
              </a>
            </p>
          </section>
          <section aria-labelledby="corrections-title" className={card}>
            <h2 id="corrections-title" className={heading}>
              {t('correctionsTitle')}
            </h2>
            <p className="mt-3 text-muted">{t('correctionsText')}</p>
            <Link href={routes.corrections} className={`mt-4 inline-block ${textLink}`}>
              {t('correctionsLink')}
            </Link>
          </section>
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
