import { getTranslations } from 'next-intl/server';
import { GalleryGrid } from '@/components/gallery/gallery-grid';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { getImages } from '@/lib/images/manifest';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('gallery');

export default async function GalleryPage({ params }: PageProps<'gallery'>) {
  const page = await openPage('gallery', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  const images = getImages();
  return (
    <PageShell page={page} header={{ eyebrow: t('count', { count: images.length }), lede: t('lede') }}>
      <Container className="py-12 lg:py-16">
        <GalleryGrid id="gallery" images={images} locale={locale} />
      </Container>
    </PageShell>
  );
}
