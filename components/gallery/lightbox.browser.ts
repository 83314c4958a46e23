/**
 * The lightbox (components/gallery/lightbox.tsx) in the browser: a thumbnail's link (a[data-lightbox]) in
 * its gallery opens the picture in the modal <dialog data-lightbox-dialog>. ←/→, the arrows and
 * a swipe move, Esc closes, Tab stays in the dialog, focus returns to the thumbnail.
 */

import { formatMessage } from '@/i18n/message-format';
import type { LightboxItem as Item } from './lightbox';

function enhance(dialog: HTMLDialogElement): void {
  const root = document.getElementById(dialog.dataset.lightboxGallery ?? '');
  if (!root || root.dataset.lightboxReady !== undefined) return;
  let items: Item[];
  try {
    items = JSON.parse(dialog.dataset.lightboxItems ?? '') as Item[];
  } catch {
    return;
  }
  if (!Array.isArray(items) || items.length === 0) return;
  const template = dialog.dataset.lightboxPosition ?? '';
  const counter = dialog.querySelector<HTMLElement>('[data-lightbox-counter]');
  const closeButton = dialog.querySelector<HTMLElement>('[data-lightbox-close]');
  const stage = dialog.querySelector<HTMLElement>('[data-lightbox-stage]');
  const badge = dialog.querySelector<HTMLElement>('[data-lightbox-badge]');
  const caption = dialog.querySelector<HTMLElement>('[data-lightbox-caption]');
  const credit = dialog.querySelector<HTMLElement>('[data-lightbox-credit]');
  const link = dialog.querySelector<HTMLAnchorElement>('a[data-lightbox-link]');

  let index = 0;
  let opener: HTMLElement | null = null;
  let swipeStart: number | null = null;

  const setText = (node: HTMLElement | null, text: string) => {
    if (node && node.textContent !== text) node.textContent = text;
  };

  /** Shows items[index]; the picture is a new element for a new image, as the React key made it. */
  const render = () => {
    const item = items[index];
    if (!item) return;
    setText(counter, formatMessage(template, { index: index + 1, count: items.length }, document.documentElement.lang));
    const picture = dialog.querySelector<HTMLPictureElement>('picture[data-lightbox-picture]');
    const shown = picture?.querySelector('img');
    if (picture && shown && shown.getAttribute('src') !== item.src) {
      const next = picture.cloneNode(true) as HTMLPictureElement;
      next.querySelector('source[type="image/avif"]')?.setAttribute('srcset', item.avif);
      next.querySelector('source[type="image/webp"]')?.setAttribute('srcset', item.webp);
      const img = next.querySelector('img');
      if (img) {
        img.setAttribute('src', item.src);
        img.setAttribute('width', String(item.width));
        img.setAttribute('height', String(item.height));
        img.setAttribute('alt', item.alt);
        img.style.backgroundImage = `url(${item.placeholder})`;
      }
      picture.replaceWith(next);
    }
    setText(badge, item.badge);
    setText(caption, item.caption);
    setText(credit, item.credit);
    if (link && link.getAttribute('href') !== item.href) link.setAttribute('href', item.href);
  };

  const move = (step: number) => {
    index = (index + step + items.length) % items.length;
    render();
  };

  root.addEventListener('click', (event) => {
    const target = event.target;
    const thumbnail = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-lightbox]') : null;
    if (!thumbnail || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const next = Number(thumbnail.dataset.lightbox);
    // Not one of ours: the link works as a link.
    if (!Number.isInteger(next) || !items[next]) return;
    event.preventDefault();
    opener = thumbnail;
    index = next;
    render();
    if (!dialog.open) dialog.showModal();
    closeButton?.focus();
  });
  // Until this runs, a thumbnail is a plain link to the picture's page.
  root.dataset.lightboxReady = '';

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') {
      // Keep focus in the dialog: from the last control back to the first, and the other way.
      const focusable = [...dialog.querySelectorAll<HTMLElement>('button, a[href]')].filter((element) => element.offsetParent !== null);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
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
  });

  // Esc and the close button (a form[method=dialog]) close the dialog natively.
  dialog.addEventListener('close', () => opener?.focus());

  stage?.addEventListener('pointerdown', (event) => {
    swipeStart = event.clientX;
  });
  stage?.addEventListener('pointerup', (event) => {
    if (swipeStart === null) return;
    const distance = event.clientX - swipeStart;
    swipeStart = null;
    if (Math.abs(distance) > 50) move(distance < 0 ? 1 : -1);
  });

  for (const button of dialog.querySelectorAll<HTMLElement>('[data-lightbox-previous]')) button.addEventListener('click', () => move(-1));
  for (const button of dialog.querySelectorAll<HTMLElement>('[data-lightbox-next]')) button.addEventListener('click', () => move(1));
}

/** Enhances every gallery's lightbox on the page; a gallery already enhanced is left alone. */
export function enhanceLightbox(): void {
  for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[data-lightbox-dialog]')) enhance(dialog);
}
