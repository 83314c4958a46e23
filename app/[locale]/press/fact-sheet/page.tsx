import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { LogoMark } from '@/components/layout/logo-mark';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { PrintButton } from '@/components/share/print-button';
import { localizedPath } from '@/i18n/languages';
import { getContent } from '@/lib/content';
import { formatFigureValue, formatIsoDate, formatPeriod, formatSourceName } from '@/lib/format';
import { routes } from '@/lib/pages';
import { qrSvg } from '@/lib/qr';
import { metadataFor } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';

export const generateMetadata = metadataFor('factSheet');

/** One A4 page of key figures (see .fact-sheet in globals.css for the paper layout). */
export default async function FactSheetPage({ params }: PageProps<'factSheet'>) {
  const page = await openPage('factSheet', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'FactSheet' });
  const { site, article, press } = getContent();
  const figuresUrl = absoluteUrl(localizedPath(locale, routes.figures));
  const qr = await qrSvg(figuresUrl, figuresUrl);

  return (
    <PageShell page={page} share={false}>
      <Container className="py-10">
        <div className="mb-6 flex justify-end print:hidden">
          <PrintButton label={t('print')} />
        </div>
        <article className="fact-sheet mx-auto max-w-[52rem] rounded-2xl border border-line bg-white p-6 sm:p-10">
          <header className="flex items-start justify-between gap-6 border-b-4 border-signal-600 pb-5">
            <div>
              <p className="text-sm font-semibold tracking-wider text-river-700 uppercase">{site.brand[locale]}</p>
              <h1 className="mt-1 font-display text-3xl font-bold text-ink-900 sm:text-4xl print:text-2xl">{page.text.title}</h1>
              <p className="mt-2 text-sm text-muted">{t('asOf', { date: formatIsoDate(article.published, locale) })}</p>
            </div>
            <LogoMark className="size-14 shrink-0" />
          </header>
          <p className="mt-5 text-[0.95rem] leading-relaxed text-ink-900 print:mt-3 print:text-[8.5pt]">{press.boilerplate[locale]}</p>
          <div className="mt-6 grid gap-x-8 gap-y-6 sm:grid-cols-2 print:mt-4 print:grid-cols-3 print:gap-x-5 print:gap-y-3">
            {press.factSheet.map((group) => (
              <section key={group.title[locale]} className="break-inside-avoid">
                <h2 className="border-b border-line pb-1 font-display text-base font-bold text-ink-900">{group.title[locale]}</h2>
                <dl className="mt-2 space-y-1.5">
                  {group.figures.map((figure) => (
                    <div key={figure.id} className="flex items-baseline justify-between gap-3 text-sm print:text-[8pt]">
                      <dt className="text-ink-800">
                        {figure.label[locale]} <span className="text-muted">({formatPeriod(figure.period, locale)})</span>
                      </dt>
                      <dd className="shrink-0 font-bold text-ink-900 tabular-nums">{formatFigureValue(figure, locale)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <footer className="mt-8 flex items-end justify-between gap-6 border-t border-line pt-4 print:mt-4">
            <p className="text-xs leading-relaxed text-muted">
              {t('source', {
                description: formatSourceName(article, locale),
                date: formatIsoDate(article.published, locale),
                url: figuresUrl,
              })}
            </p>
            <div className="size-20 shrink-0 [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qr }} />
          </footer>
        </article>
      </Container>
    </PageShell>
  );
}
