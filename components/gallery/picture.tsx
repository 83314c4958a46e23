import type { CSSProperties } from 'react';
import type { Locale } from '@/i18n/languages';
import { cn } from '@/lib/cn';
import type { SiteImage } from '@/lib/images/manifest';

/**
 * The one way the site shows an image: <picture> with AVIF and WebP at every width the
 * pipeline made, intrinsic width and height (so the browser reserves the space: no layout
 * shift), a blurred placeholder underneath, lazy by default. No JavaScript.
 */
export function Picture({
  image,
  locale,
  sizes,
  priority = false,
  cover = false,
  className,
}: {
  image: SiteImage;
  locale: Locale;
  /** The rendered width, for the browser to choose a file: "(min-width: 1024px) 50vw, 100vw". */
  sizes: string;
  /** The page's largest image: loaded at once with high priority. */
  priority?: boolean;
  /** Fill the parent (which sets the size), cropped around the focal point. */
  cover?: boolean;
  className?: string;
}) {
  const { output, focal } = image;
  const srcSet = (variants: SiteImage['output']['avif']) => variants.map((variant) => `${variant.src} ${variant.width}w`).join(', ');
  const fallback = output.webp.find((variant) => variant.width >= 800) ?? output.webp.at(-1);
  const style: CSSProperties = {
    backgroundImage: `url(${output.placeholder})`,
    backgroundSize: 'cover',
    backgroundPosition: `${focal.x * 100}% ${focal.y * 100}%`,
    objectPosition: `${focal.x * 100}% ${focal.y * 100}%`,
    // The catalogue's ratio, fixed: a width the pipeline made is rounded (800 × 533 is not 3:2),
    // and the attributes' ratio alone would give way to the file's once it loads, moving what
    // follows by a fraction of a pixel (a layout shift Lighthouse counts).
    ...(cover ? {} : { aspectRatio: `${output.width} / ${output.height}` }),
  };
  return (
    <picture className={cn(cover && 'absolute inset-0 block')}>
      <source type="image/avif" srcSet={srcSet(output.avif)} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(output.webp)} sizes={sizes} />
      <img
        src={fallback?.src}
        width={output.width}
        height={output.height}
        alt={image.alt[locale]}
        sizes={sizes}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? 'sync' : 'async'}
        style={style}
        className={cn('block w-full object-cover', cover ? 'h-full' : 'h-auto', className)}
      />
    </picture>
  );
}
