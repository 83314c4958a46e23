import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import type { Source } from '@/lib/content';
import { cn } from '@/lib/cn';
import { formatIsoDate } from '@/lib/format';

/** What a source is: its kind, publisher (or that the copy names none), date, and a link to read it when it is online. */
export async function SourceDetails({ source, locale, className }: { source: Source; locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: 'FigurePage' });
  const tKind = await getTranslations({ locale, namespace: 'SourceKind' });
  return (
    <>
      <dl className={cn('grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm', className)}>
        <dt className="text-muted">{t('kind')}</dt>
        <dd>{tKind(source.kind)}</dd>
        <dt className="text-muted">{t('publisher')}</dt>
        <dd>{source.publisher ? source.publisher[locale] : t('publisherUnnamed')}</dd>
        <dt className="text-muted">{t('published')}</dt>
        <dd>{formatIsoDate(source.published, locale)}</dd>
      </dl>
      {source.url && (
        <p className="mt-3">
          <a href={source.url} className="font-semibold text-river-700 underline underline-offset-4" rel="noopener">
            {t('readSource')}
          </a>
        </p>
      )}
    </>
  );
}
