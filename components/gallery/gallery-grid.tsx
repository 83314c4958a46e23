import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { cn } from '@/lib/cn';
import type { SiteImage } from '@/lib/images/manifest';
import { localizedPath } from '@/i18n/languages';
import { routes } from '@/lib/pages';
import { ImageKindBadge } from './image-kind-badge';
import { Lightbox, type LightboxItem } from './lightbox';
import { Picture } from './picture';

/**
 * Pictures with their captions and credits. Each thumbnail links to the picture's own page;
 * the Lightbox leaf opens the same link in place when JavaScript runs.
 */
export async function GalleryGrid({
  id,
  images,
  locale,
  columns = 3,
}: {
  id: string;
  images: SiteImage[];
  locale: Locale;
  columns?: 2 | 3;
}) {
  if (images.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  const badge = (image: SiteImage) => (image.kind === 'illustration' ? t('illustration') : t('photo'));
  const srcSet = (variants: SiteImage['output']['avif']) => variants.map((variant) => `${variant.src} ${variant.width}w`).join(', ');
  const items: LightboxItem[] = images.map((image) => ({
    href: localizedPath(locale, routes.image(image.id)),
    caption: image.caption[locale],
    credit: image.credit[locale],
    badge: badge(image),
    alt: image.alt[locale],
    avif: srcSet(image.output.avif),
    webp: srcSet(image.output.webp),
    src: (image.output.webp.find((variant) => variant.width >= 1200) ?? image.output.webp.at(-1))?.src ?? '',
    width: image.output.width,
    height: image.output.height,
    placeholder: image.output.placeholder,
  }));
  const sizes =
    columns === 3
      ? '(min-width: 1024px) 380px, (min-width: 640px) 50vw, 100vw'
      : '(min-width: 1024px) 320px, (min-width: 640px) 50vw, 100vw';
  return (
    <>
      <ul id={id} className={cn('grid gap-6 sm:grid-cols-2', columns === 3 && 'lg:grid-cols-3')}>
        {images.map((image, index) => (
          <li key={image.id}>
            <figure>
              <a
                href={localizedPath(locale, routes.image(image.id))}
                data-lightbox={index}
                className="group block overflow-hidden rounded-xl bg-ink-900"
              >
                <Picture
                  image={image}
                  locale={locale}
                  sizes={sizes}
                  className="transition-transform duration-500 group-hover:scale-[1.03]"
                />
              </a>
              <figcaption className="mt-3">
                <ImageKindBadge kind={image.kind} label={badge(image)} />
                <p className="mt-2 leading-snug text-ink-900">{image.caption[locale]}</p>
                <p className="mt-1 text-sm text-muted">{image.credit[locale]}</p>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
      <Lightbox
        gallery={id}
        items={items}
        labels={{
          viewer: t('viewer'),
          close: t('close'),
          previous: t('previous'),
          next: t('next'),
          openPage: t('openPage'),
          position: t.raw('position') as string,
          firstPosition: t('position', { index: 1, count: items.length }),
        }}
      />
    </>
  );
}
