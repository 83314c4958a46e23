import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { ImageKindBadge } from '@/components/gallery/image-kind-badge';
import { Picture } from '@/components/gallery/picture';
import { Link } from '@/i18n/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getSection } from '@/lib/content';
import { formatBytes, formatIsoDate } from '@/lib/format';
import { getImages, type SiteImage } from '@/lib/images/manifest';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SharePanel } from '@/components/share/share-panel';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getImages().map((image) => ({ locale, id: image.id })));
}

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

async function load(params: Props['params']): Promise<{ locale: Locale; image: SiteImage; index: number; images: SiteImage[] }> {
  const { locale, id } = await params;
  const images = getImages();
  const index = images.findIndex((candidate) => candidate.id === id);
  const image = images[index];
  if (!isLocale(locale) || !image) notFound();
  return { locale, image, index, images };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, image } = await load(params);
  return pageMetadata({
    locale,
    path: routes.image(image.id),
    title: image.caption[locale].replace(/[。.]$/, ''),
    description: image.alt[locale],
  });
}

export default async function ImagePage({ params }: Props) {
  const { locale, image, index, images } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  const tCrumbs = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  const section = getSection(locale, image.section);
  const previous = images[(index - 1 + images.length) % images.length];
  const next = images[(index + 1) % images.length];
  const { full } = image.output;

  return (
    <article>
      <div className="on-dark bg-ink-950 text-white">
        <Container className="py-6 sm:py-10">
          <Breadcrumbs
            locale={locale}
            label={tCrumbs('label')}
            currentPath={routes.image(image.id)}
            crumbs={[
              { label: tCrumbs('home'), href: routes.home },
              { label: t('title'), href: routes.gallery },
              { label: image.caption[locale].replace(/[。.]$/, '') },
            ]}
          />
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
          <a
            href={full.src}
            download={`${image.id}.jpg`}
            className="flex min-h-12 items-center justify-center rounded-full bg-signal-600 px-6 text-center font-semibold text-white no-underline hover:bg-[#9c2f14]"
          >
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
      <SharePanel locale={locale} path={routes.image(image.id)} />
    </article>
  );
}
