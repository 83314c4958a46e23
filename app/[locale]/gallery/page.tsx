import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { GalleryGrid } from '@/components/gallery/gallery-grid';
import { PageHeader } from '@/components/layout/page-header';
import { isLocale } from '@/i18n/routing';
import { getImages } from '@/lib/images/manifest';
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
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  return pageMetadata({ locale, path: routes.gallery, title: t('title'), description: t('description') });
}

export default async function GalleryPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  const images = getImages();
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  return (
    <>
      <PageHeader
        eyebrow={t('count', { count: images.length })}
        title={t('title')}
        lede={t('lede')}
        breadcrumbs={
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.gallery}
            crumbs={[{ label: tCrumbs('home'), href: routes.home }, { label: t('title') }]}
          />
        }
      />
      <Container className="py-12 lg:py-16">
        <GalleryGrid id="gallery" images={images} locale={locale} />
      </Container>
      <SharePanel locale={locale} path={routes.gallery} />
    </>
  );
}
