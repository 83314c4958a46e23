import { getTranslations } from 'next-intl/server';
import { ImageKindBadge } from '@/components/gallery/image-kind-badge';
import { Picture } from '@/components/gallery/picture';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { buttonVariants } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { cn } from '@/lib/cn';
import { getSection } from '@/lib/content';
import { formatBytes, formatIsoDate } from '@/lib/format';
import { getImages } from '@/lib/images/manifest';
import { routes, staticParams } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('image');
export const generateMetadata = metadataFor('image');

export default async function ImagePage({ params }: PageProps<'image'>) {
  const page = await openPage('image', params);
  const { locale, item: image } = page;
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  const images = getImages();
  const index = images.findIndex((candidate) => candidate.id === image.id);
  const section = getSection(locale, image.section);
  const previous = images[(index - 1 + images.length) % images.length];
  const next = images[(index + 1) % images.length];
  const { full } = image.output;

  return (
    <PageShell page={page} article>
      <div className="on-dark bg-ink-950 text-white">
        <Container className="py-6 sm:py-10">
          <Breadcrumbs page={page} />
          <figure className="mt-5">
            <div className="overflow-hidden rounded-xl">
              <Picture image={image} locale={locale} sizes="(min-width: 1216px) 1136px, 100vw" priority />
            </div>
            <figcaption className="mt-5 max-w-3xl">
              <ImageKindBadge
                kind={image.kind}
                label={image.kind === 'illustration' ? t('illustrationNote') : t('photo')}
                className="bg-white/10 text-white"
              />
              <h1 className="mt-3 font-display text-2xl leading-snug font-bold sm:text-3xl">{image.caption[locale]}</h1>
              <p className="mt-2 text-ink-200">{image.credit[locale]}</p>
            </figcaption>
          </figure>
        </Container>
      </div>
      <Container className="grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[8rem_1fr]">
          <dt className="text-sm font-semibold text-muted">{t('altText')}</dt>
          <dd>{image.alt[locale]}</dd>
          <dt className="text-sm font-semibold text-muted">{t('credit')}</dt>
          <dd>{image.credit[locale]}</dd>
          {image.date && (
            <>
              <dt className="text-sm font-semibold text-muted">{t('date')}</dt>
              <dd>{formatIsoDate(image.date, locale)}</dd>
            </>
          )}
          {section && (
            <>
              <dt className="text-sm font-semibold text-muted">{t('part')}</dt>
              <dd>
                <Link href={routes.section(section.slug)} className="font-semibold text-river-700 underline underline-offset-4">
                  {t('inSection', { title: section.title })}
                </Link>
              </dd>
            </>
          )}
        </dl>
        <aside className="space-y-4" data-print="hide">
          <a href={full.src} download={`${image.id}.jpg`} className={cn(buttonVariants(), 'flex text-center')}>
            {t('download', { width: full.width, height: full.height, size: formatBytes(full.bytes) })}
          </a>
          <p className="text-sm text-muted">{t('creditLine', { credit: image.credit[locale] })}</p>
          <nav aria-label={t('title')} className="flex justify-between gap-3 border-t border-line pt-4 text-sm font-semibold">
            {previous && (
              <Link href={routes.image(previous.id)} rel="prev" className="text-river-700 underline underline-offset-4">
                ← {t('previous')}
              </Link>
            )}
            {next && (
              <Link href={routes.image(next.id)} rel="next" className="text-river-700 underline underline-offset-4">
                {t('next')} →
              </Link>
            )}
          </nav>
        </aside>
      </Container>
    </PageShell>
  );
}
