export interface LightboxItem {
  href: string;
  caption: string;
  credit: string;
  badge: string;
  alt: string;
  avif: string;
  webp: string;
  src: string;
  width: number;
  height: number;
  placeholder: string;
}

interface Labels {
  viewer: string;
  close: string;
  previous: string;
  next: string;
  openPage: string;
  /** "{index} of {count}": the raw ICU message, filled in by the browser for the picture shown. */
  position: string;
  /** The same, filled in for the first picture. */
  firstPosition: string;
}

/**
 * Enlarges the pictures of a gallery in a modal <dialog>. Without JavaScript each thumbnail is
 * a link to the picture's own page; with it (lightbox.browser.ts), the same link opens here.
 * ←/→ move, Esc closes, focus stays in the dialog (a modal dialog makes the page inert) and
 * returns to the thumbnail. Rendered with the first picture; the script swaps in the others from
 * data-lightbox-items.
 */
export function Lightbox({ gallery, items, labels }: { gallery: string; items: LightboxItem[]; labels: Labels }) {
  const item = items[0];
  if (!item) return null;
  return (
    <dialog
      aria-label={labels.viewer}
      className="m-auto h-dvh max-h-none w-screen max-w-none bg-ink-950/95 p-0 text-white backdrop:bg-ink-950/80"
      data-lightbox-dialog=""
      data-lightbox-gallery={gallery}
      data-lightbox-items={JSON.stringify(items)}
      data-lightbox-position={labels.position}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <p className="text-sm text-ink-200" aria-live="polite" data-lightbox-counter="">
            {labels.firstPosition}
          </p>
          <form method="dialog">
            <button
              autoFocus
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-white/40 px-4 font-semibold hover:bg-white hover:text-ink-900"
              data-lightbox-close=""
            >
              <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
                <path d="m5 5 10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              {labels.close}
            </button>
          </form>
        </div>
        <div className="relative flex min-h-0 flex-1 touch-pan-y items-center justify-center px-2 sm:px-16" data-lightbox-stage="">
          <picture className="contents" data-lightbox-picture="">
            <source type="image/avif" srcSet={item.avif} sizes="100vw" />
            <source type="image/webp" srcSet={item.webp} sizes="100vw" />
            <img
              src={item.src}
              width={item.width}
              height={item.height}
              alt={item.alt}
              draggable={false}
              className="max-h-full w-auto max-w-full object-contain select-none"
              style={{ backgroundImage: `url(${item.placeholder})`, backgroundSize: 'cover' }}
            />
          </picture>
          <button
            type="button"
            aria-label={labels.previous}
            className="absolute top-1/2 left-2 hidden size-12 -translate-y-1/2 items-center justify-center rounded-full bg-white/10 text-2xl hover:bg-white hover:text-ink-900 sm:flex"
            data-lightbox-previous=""
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            aria-label={labels.next}
            className="absolute top-1/2 right-2 hidden size-12 -translate-y-1/2 items-center justify-center rounded-full bg-white/10 text-2xl hover:bg-white hover:text-ink-900 sm:flex"
            data-lightbox-next=""
          >
            <span aria-hidden="true">→</span>
          </button>
        </div>
        <div className="mx-auto w-full max-w-3xl px-4 py-4 sm:px-6">
          <p className="text-[0.8rem] font-semibold text-river-300" data-lightbox-badge="">
            {item.badge}
          </p>
          <p className="mt-1 text-lg leading-snug" data-lightbox-caption="">
            {item.caption}
          </p>
          <p className="mt-1 text-sm text-ink-200" data-lightbox-credit="">
            {item.credit}
          </p>
          <div className="mt-3 flex items-center justify-between gap-4">
            <a href={item.href} className="text-sm font-semibold text-river-300 underline underline-offset-4" data-lightbox-link="">
              {labels.openPage}
            </a>
            <div className="flex gap-2 sm:hidden">
              <button
                type="button"
                className="min-h-11 rounded-full border border-white/40 px-4 text-sm font-semibold"
                data-lightbox-previous=""
              >
                {labels.previous}
              </button>
              <button
                type="button"
                className="min-h-11 rounded-full border border-white/40 px-4 text-sm font-semibold"
                data-lightbox-next=""
              >
                {labels.next}
              </button>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
