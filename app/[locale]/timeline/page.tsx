import { getTranslations } from 'next-intl/server';
import { SourceLink } from '@/components/figures/source-link';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { heading } from '@/components/ui/heading';
import { Link } from '@/i18n/navigation';
import { getContent, type TimelineEvent } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('timeline');

/** Events by year; in a year, dated events in order, then those dated only by the year. */
function byYear(events: TimelineEvent[]): Array<{ year: string; events: TimelineEvent[] }> {
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) years.set(event.date.slice(0, 4), [...(years.get(event.date.slice(0, 4)) ?? []), event]);
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, list]) => ({
      year,
      events: [...list].sort((a, b) =>
        (a.date.length === 4) === (b.date.length === 4) ? a.date.localeCompare(b.date) : a.date.length === 4 ? 1 : -1,
      ),
    }));
}

export default async function TimelinePage({ params }: PageProps<'timeline'>) {
  const page = await openPage('timeline', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'TimelinePage' });
  const { timeline } = getContent();

  return (
    <PageShell page={page} header={{ lede: t('lede') }}>
      <Container className="py-12 lg:py-16">
        <div className="max-w-4xl space-y-12">
          {byYear(timeline).map(({ year, events }) => (
            <section key={year} aria-labelledby={`year-${year}`} className="grid gap-4 sm:grid-cols-[9rem_1fr] sm:gap-8">
              <h2
                id={`year-${year}`}
                className="font-display text-4xl font-bold whitespace-nowrap text-ink-900 tabular-nums sm:sticky sm:top-28 sm:self-start"
              >
                {t('yearEvents', { year })}
              </h2>
              <ol className="relative space-y-5 border-l-2 border-line pl-6">
                {events.map((event) => (
                  <li key={event.id} id={event.id} className="relative scroll-mt-28">
                    <span
                      aria-hidden="true"
                      className="absolute top-2 -left-[calc(1.5rem+7px)] size-3 rounded-full border-2 border-paper bg-signal-600"
                    />
                    <article className="rounded-2xl border border-line bg-white p-5 sm:p-6">
                      {/* A plain year is the group's heading already; a day, a month or the source's own wording is shown. */}
                      {!(event.date.length === 4 && event.dateLabel[locale] === formatIsoDate(event.date, locale)) && (
                        <p className="text-sm font-semibold text-signal-600">
                          <time dateTime={event.date}>{event.dateLabel[locale]}</time>
                        </p>
                      )}
                      <h3 className={heading({ size: 'block', className: 'mt-1 leading-snug' })}>{event.title[locale]}</h3>
                      <p className="mt-2 leading-relaxed text-ink-800">{event.text[locale]}</p>
                      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                        <span>
                          {t('readInContext')}
                          <SourceLink source={event} locale={locale} />
                        </span>
                        {event.figure && (
                          <Link
                            href={routes.figure(event.figure.id)}
                            className="font-medium text-river-700 underline decoration-river-600/40 underline-offset-4"
                          >
                            {t('figure')}
                          </Link>
                        )}
                      </p>
                    </article>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </Container>
    </PageShell>
  );
}
