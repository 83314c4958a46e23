import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/languages';
import { getSource, type Figure, type Indicator } from '@/lib/content';
import { formatFigureValue, formatIsoDate, formatPeriod } from '@/lib/format';
import { localizedPath } from '@/i18n/languages';
import { routes } from '@/lib/pages';
import { CiteBlock } from './cite-block';
import { CopyLinkButton } from '../share/copy-link-button';
import { StatusBadge } from './status-badge';

/**
 * One figure on the figures page: value, label, period and its source's date, note, source
 * sentence, link and citation. For an indicator it is the indicator's latest value, anchored by
 * the indicator's id (stable as new periods come), with the length of its history.
 */
export async function FigureCard({ figure, locale, indicator }: { figure: Figure; locale: Locale; indicator?: Indicator }) {
  const t = await getTranslations({ locale, namespace: 'FigureCard' });
  const tCopy = await getTranslations({ locale, namespace: 'CopyLink' });
  const anchor = indicator?.id ?? figure.id;
  const series = indicator && indicator.figures.length > 1 ? indicator.figures : undefined;
  const published = formatIsoDate(getSource(figure.source).published, locale);
  return (
    // content-visibility: the figures page holds 74 cards; the browser lays out only those near
    // the screen (a card it has drawn keeps its measured size, so nothing moves on scrolling).
    <li
      id={anchor}
      className="group scroll-mt-28 rounded-2xl border border-line bg-white p-5 [contain-intrinsic-size:auto_15rem] [content-visibility:auto] target:border-river-600 target:ring-2 target:ring-river-600/30 sm:p-6 print:[content-visibility:visible]"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <p className="font-display text-[1.9rem] leading-tight font-bold tracking-tight text-ink-900 tabular-nums">
          {formatFigureValue(figure, locale)}
        </p>
        <div className="flex items-center gap-2">
          <StatusBadge status={figure.status} label={t(figure.status)} />
          <a
            href={`#${anchor}`}
            className="inline-flex size-9 items-center justify-center rounded-full text-muted no-underline hover:bg-ink-100 hover:text-ink-900"
            aria-label={t('permalink', { label: figure.label[locale] })}
            data-print="hide"
          >
            <span aria-hidden="true">#</span>
          </a>
          <CopyLinkButton
            path={localizedPath(locale, routes.figure(figure.id))}
            label={tCopy('figure', { label: figure.label[locale] })}
            copied={tCopy('copied')}
          />
        </div>
      </div>
      <h3 className="mt-2 text-[1.05rem] leading-snug font-semibold text-ink-900">
        <Link href={routes.figure(figure.id)} className="underline decoration-line underline-offset-4 hover:decoration-river-600">
          {figure.label[locale]}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">{t('periodLine', { period: formatPeriod(figure.period, locale), published })}</p>
      {series && (
        <p className="mt-1 text-sm">
          <Link href={`${routes.figure(figure.id)}#series`} className="font-semibold text-river-700 underline underline-offset-4">
            {t('history', {
              count: series.length,
              first: formatPeriod(series[0]?.period ?? '', locale),
              last: formatPeriod(series.at(-1)?.period ?? '', locale),
            })}
          </Link>
        </p>
      )}
      {figure.note[locale] && <p className="mt-3 text-[0.95rem] leading-relaxed text-ink-800">{figure.note[locale]}</p>}
      <details className="mt-4 border-t border-line pt-3 text-[0.95rem]">
        <summary className="cursor-pointer font-semibold text-river-700 marker:text-river-600">{t('sourceAndCite')}</summary>
        <blockquote lang="zh-CN" className="mt-3 border-l-2 border-signal-600 pl-3 text-ink-800">
          {figure.quote}
        </blockquote>
        <div className="mt-4">
          <CiteBlock figure={figure} locale={locale} compact />
        </div>
      </details>
    </li>
  );
}
