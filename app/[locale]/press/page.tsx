import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { GalleryGrid } from '@/components/gallery/gallery-grid';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { CopyButton } from '@/components/share/copy-button';
import { ButtonLink } from '@/components/ui/button-link';
import { ContactBlock } from '@/components/ui/contact-block';
import { heading } from '@/components/ui/heading';
import { Link } from '@/i18n/navigation';
import { getContent } from '@/lib/content';
import { getImages } from '@/lib/images/manifest';
import { files, routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('press');

const textLink = 'font-semibold text-river-700 underline underline-offset-4';

/** One titled card of the press page: a heading, an optional line of text, then its action. */
function PressCard({ id, title, text, children }: { id: string; title: string; text?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-6 sm:p-8">
      <h2 id={id} className={heading()}>
        {title}
      </h2>
      {text && <p className="mt-3 text-muted">{text}</p>}
      {children}
    </section>
  );
}

export default async function PressPage({ params }: PageProps<'press'>) {
  const page = await openPage('press', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'PressPage' });
  const tFigures = await getTranslations({ locale, namespace: 'FiguresPage' });
  const { press } = getContent();

  return (
    <PageShell page={page} header={{ lede: t('lede') }}>
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
              <a href={files.figuresCsv} download className={textLink}>
                {tFigures('downloadCsv')}
              </a>
              <a href={files.figuresJson} download className={textLink}>
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
          <h2 id="images-title" className={heading()}>
            {t('imagesTitle')}
          </h2>
          <p className="mt-2 mb-6 text-muted">{t('imagesText')}</p>
          <GalleryGrid id="press-images" images={getImages()} locale={locale} />
        </section>

        <ContactBlock locale={locale} title={t('contactTitle')} />
      </Container>
    </PageShell>
  );
}
