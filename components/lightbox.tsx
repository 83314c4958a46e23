'use client';

import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

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
  /** "{index} of {count}" with the numbers filled in by position(). */
  position: string;
}

/**
 * Enlarges the pictures of a gallery in a modal <dialog>. Without JavaScript each thumbnail is
 * a link to the picture's own page; with it, the same link opens here. ←/→ move, Esc closes,
 * focus stays in the dialog (a modal dialog makes the page inert) and returns to the thumbnail.
 */
export function Lightbox({ gallery, items, labels }: { gallery: string; items: LightboxItem[]; labels: Labels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const swipeStart = useRef<number | null>(null);
  const [index, setIndex] = useState(0);
  const item = items[index];

  const move = useCallback((step: number) => setIndex((current) => (current + step + items.length) % items.length), [items.length]);

  useEffect(() => {
    const root = document.getElementById(gallery);
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-lightbox]');
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      opener.current = link;
      setIndex(Number(link.dataset.lightbox));
      dialog.current?.showModal();
    };
    root.addEventListener('click', onClick);
    // Until this runs, a thumbnail is a plain link to the picture's page.
    root.dataset.lightboxReady = '';
    return () => {
      root.removeEventListener('click', onClick);
      delete root.dataset.lightboxReady;
    };
  }, [gallery]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Tab') {
      // Keep focus in the dialog: from the last control back to the first, and the other way.
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button, a[href]') ?? [])].filter((element) => element.offsetParent !== null);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        last?.focus();
        event.preventDefault();
      } else if (!event.shiftKey && document.activeElement === last) {
        first?.focus();
        event.preventDefault();
      }
      return;
    }
    if (event.key === 'ArrowRight') move(1);
    else if (event.key === 'ArrowLeft') move(-1);
    else return;
    event.preventDefault();
  };
  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = event.clientX;
  };
  const onPointerUp = (event: PointerEvent) => {
    if (swipeStart.current === null) return;
    const distance = event.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(distance) > 50) move(distance < 0 ? 1 : -1);
  };
  const onClose = () => opener.current?.focus();

  if (!item) return null;
  const position = labels.position.replace('{index}', String(index + 1)).replace('{count}', String(items.length));
  return (
    <dialog
      ref={dialog}
      aria-label={labels.viewer}
      onKeyDown={onKeyDown}
      onClose={onClose}
      className="m-auto h-dvh max-h-none w-screen max-w-none bg-ink-950/95 p-0 text-white backdrop:bg-ink-950/80"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <p className="text-sm text-ink-200" aria-live="polite">
            {position}
          </p>
          <form method="dialog">
            <button autoFocus className="inline-flex min-h-11 items-center gap-2 rounded-full border border-white/40 px-4 font-semibold hover:bg-white hover:text-ink-900">
              <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
                <path d="m5 5 10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              {labels.close}
            </button>
          </form>
        </div>
        <div className="relative flex min-h-0 flex-1 touch-pan-y items-center justify-center px-2 sm:px-16" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
          <picture key={item.src} className="contents">
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
            onClick={() => move(-1)}
            aria-label={labels.previous}
            className="absolute top-1/2 left-2 hidden size-12 -translate-y-1/2 items-center justify-center rounded-full bg-white/10 text-2xl hover:bg-white hover:text-ink-900 sm:flex"
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            onClick={() => move(1)}
            aria-label={labels.next}
            className="absolute top-1/2 right-2 hidden size-12 -translate-y-1/2 items-center justify-center rounded-full bg-white/10 text-2xl hover:bg-white hover:text-ink-900 sm:flex"
          >
            <span aria-hidden="true">→</span>
          </button>
        </div>
        <div className="mx-auto w-full max-w-3xl px-4 py-4 sm:px-6">
          <p className="text-[0.8rem] font-semibold text-river-300">{item.badge}</p>
          <p className="mt-1 text-lg leading-snug">{item.caption}</p>
          <p className="mt-1 text-sm text-ink-200">{item.credit}</p>
          <div className="mt-3 flex items-center justify-between gap-4">
            <a href={item.href} className="text-sm font-semibold text-river-300 underline underline-offset-4">
              {labels.openPage}
            </a>
            <div className="flex gap-2 sm:hidden">
              <button type="button" onClick={() => move(-1)} className="min-h-11 rounded-full border border-white/40 px-4 text-sm font-semibold">
                {labels.previous}
              </button>
              <button type="button" onClick={() => move(1)} className="min-h-11 rounded-full border border-white/40 px-4 text-sm font-semibold">
                {labels.next}
              </button>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
