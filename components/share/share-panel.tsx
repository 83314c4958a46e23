import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { qrSvg } from '@/lib/qr';
import { localizedPath } from '@/i18n/languages';
import { absoluteUrl } from '@/lib/site';
import { Container } from '../layout/container';
import { CopyButton } from './copy-button';
import { heading } from '@/components/ui/heading';

/** "Share this page": its permanent URL, a QR code for WeChat (SVG made at build), copy-link. */
export async function SharePanel({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'SharePanel' });
  const url = absoluteUrl(localizedPath(locale, path));
  const svg = await qrSvg(url, t('qrLabel', { url }));
  return (
    <Container className="mt-16" data-print="hide" data-pagefind-ignore="all">
      <section
        aria-labelledby="share-title"
        className="flex flex-col gap-6 rounded-2xl border border-line bg-white p-6 sm:flex-row sm:items-center sm:p-8"
      >
        <div
          className="size-36 shrink-0 self-center rounded-lg border border-line p-1 [&>svg]:h-full [&>svg]:w-full"
          data-qr
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <div className="min-w-0">
          <h2 id="share-title" className={heading({ size: 'block' })}>
            {t('title')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('wechat')}</p>
          <p id="share-url" className="mt-3 rounded-lg bg-paper-deep/70 px-3 py-2 font-mono text-sm break-all text-ink-900 select-all">
            {url}
          </p>
          <CopyButton className="mt-3" target="share-url" label={t('copy')} copied={t('copied')} failed={t('failed')} />
        </div>
      </section>
    </Container>
  );
}
