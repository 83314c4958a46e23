import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { citeFigure } from '@/lib/cite';
import { getContent, getSource, type Figure } from '@/lib/content';
import { formatFigureValue, formatIsoDate, formatPeriod, formatSourceName } from '@/lib/format';
import { figureUrl } from '@/lib/site';
import { CopyButton } from '../share/copy-button';
import { TodayDate } from './today-date';

/** "Cite this": the short and full citation as text (readable without JavaScript) with copy buttons. */
export async function CiteBlock({ figure, locale, compact = false }: { figure: Figure; locale: Locale; compact?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'CiteBlock' });
  const { site } = getContent();
  const source = getSource(figure.source);
  const citation = citeFigure(
    {
      zoneName: site.name[locale],
      label: figure.label[locale],
      value: formatFigureValue(figure, locale),
      period: formatPeriod(figure.period, locale),
      status: figure.status,
      source: { description: formatSourceName(source, locale), published: formatIsoDate(source.published, locale) },
      siteName: t('siteName', { name: site.name[locale] }),
      url: figureUrl(locale, figure.id),
    },
    {
      short: (values) => t('citationShort', values),
      target: (values) => t('citationTarget', values),
      full: (values) => t('citationFull', values),
    },
  );
  const shortId = `cite-short-${figure.id}`;
  const fullId = `cite-full-${figure.id}`;
  const buildDay = new Date().toISOString().slice(0, 10);
  const copy = { copied: t('copied'), failed: t('copyFailed') };
  return (
    <div className={compact ? 'space-y-4 text-sm' : 'space-y-5'}>
      <div>
        <p className="text-xs font-semibold tracking-wider text-muted uppercase">{t('short')}</p>
        <p id={shortId} className="mt-1.5 rounded-lg bg-paper-deep/70 p-3 leading-relaxed text-ink-900 select-all">
          {citation.short}
        </p>
        <CopyButton className="mt-2" target={shortId} label={t('copyShort')} {...copy} />
      </div>
      <div>
        <p className="text-xs font-semibold tracking-wider text-muted uppercase">{t('full')}</p>
        <p id={fullId} className="mt-1.5 rounded-lg bg-paper-deep/70 p-3 leading-relaxed break-words text-ink-900 select-all">
          {citation.full.before}
          <TodayDate initial={buildDay} locale={locale} />
          {citation.full.after}
        </p>
        <CopyButton className="mt-2" target={fullId} label={t('copyFull')} {...copy} />
      </div>
    </div>
  );
}
