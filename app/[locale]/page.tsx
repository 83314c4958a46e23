import { getTranslations } from 'next-intl/server';
import { Picture } from '@/components/gallery/picture';
import { HomeHero } from '@/components/home/home-hero';
import { PillarCard } from '@/components/home/pillar-card';
import { KeyFigureList } from '@/components/figures/key-figure-list';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { heading } from '@/components/ui/heading';
import { PullQuote } from '@/components/ui/pull-quote';
import { Link } from '@/i18n/navigation';
import { languages, localizedPath } from '@/i18n/languages';
import { currentFigure, getContent, getSections, getSource, newestActual, periodEnd } from '@/lib/content';
import { formatIsoDate, formatSourceName } from '@/lib/format';
import { getImage } from '@/lib/images/manifest';
import { routes } from '@/lib/pages';
import { metadataFor } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';

export const generateMetadata = metadataFor('home');

export default async function HomePage({ params }: PageProps<'home'>) {
  const page = await openPage('home', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const tHero = await getTranslations({ locale, namespace: 'HomeHero' });
  const { site, article, figures } = getContent();
  const sections = getSections(locale);
  const overview = sections.find((section) => section.kind === 'overview');
  const outlook = sections.find((section) => section.kind === 'outlook');
  const pillars = sections.filter((section) => section.kind === 'pillar');
  if (!overview || !outlook) throw new Error('content: the overview and outlook sections are required');
  const tagline = overview.pullQuotes[0]?.text ?? site.brand[locale];
  const outlookQuote = outlook.pullQuotes[0];
  const heroImage = getImage(site.pictures.hero);
  const { address, foundingFigure } = site.organisation;
  // The overview's key figures as they stand now: each indicator's newest actual value.
  const keyFigures = overview.keyFigures.map((figure) => currentFigure(figure, figures.indicatorById));
  const newest = newestActual(figures.indicators);

  const organisation = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: site.name[locale],
    alternateName: [
      ...languages.filter((language) => language.code !== locale).map((language) => site.name[language.code]),
      site.brand[locale],
    ],
    foundingDate: String(figures.byId.get(foundingFigure)?.value ?? ''),
    url: absoluteUrl(localizedPath(locale, routes.home)),
    logo: absoluteUrl('/icon.svg'),
    image: absoluteUrl(heroImage.output.full.src),
    location: {
      '@type': 'Place',
      name: site.name[locale],
      address: {
        '@type': 'PostalAddress',
        addressLocality: address.locality[locale],
        addressRegion: address.region[locale],
        addressCountry: address.country,
      },
    },
  };

  return (
    <PageShell page={page} structuredData={organisation}>
      <HomeHero
        eyebrow={site.brand[locale]}
        title={site.name[locale]}
        tagline={tagline}
        lede={overview.summary}
        art={<Picture image={heroImage} locale={locale} sizes="100vw" priority cover />}
        artCaption={
          heroImage.kind === 'illustration' ? tHero('artCaption', { caption: heroImage.caption[locale] }) : heroImage.caption[locale]
        }
        artHref={routes.image(heroImage.id)}
        actions={
          <>
            <ButtonLink href={routes.section(overview.slug)}>{t('heroCta')}</ButtonLink>
            <ButtonLink href={routes.section(outlook.slug)} variant="onDark">
              {t('heroSecondary')}
            </ButtonLink>
          </>
        }
      />

      <section aria-labelledby="achievements-title" className="border-b border-line bg-white">
        <Container className="grid gap-10 py-16 lg:grid-cols-[1fr_2fr] lg:gap-16 lg:py-20">
          <div>
            <h2 id="achievements-title" className={heading({ size: 'display' })}>
              {t('achievementsTitle')}
            </h2>
            <p className="mt-4 text-lg text-muted">{t('achievementsIntro')}</p>
            {newest && (
              <p className="mt-3 text-muted">
                {t('latest', {
                  period: formatIsoDate(periodEnd(newest.period), locale),
                  published: formatIsoDate(getSource(newest.source).published, locale),
                })}
              </p>
            )}
            <Link
              href={routes.section(overview.slug)}
              className="mt-6 inline-block font-semibold text-river-700 underline underline-offset-4"
            >
              {overview.title} <span aria-hidden="true">→</span>
            </Link>
            <Link href={routes.figures} className="mt-3 block w-fit font-semibold text-river-700 underline underline-offset-4">
              {t('allFigures', { count: figures.figures.length })} <span aria-hidden="true">→</span>
            </Link>
          </div>
          <KeyFigureList figures={keyFigures} locale={locale} className="my-0" />
        </Container>
      </section>

      <section aria-labelledby="pillars-title" className="py-16 lg:py-24">
        <Container>
          <div className="max-w-3xl">
            <h2 id="pillars-title" className={heading({ size: 'display' })}>
              {t('pillarsTitle')}
            </h2>
            <p className="mt-4 text-lg text-muted">{t('pillarsIntro')}</p>
          </div>
          <ol className="mt-12 grid gap-5 md:grid-cols-2">
            {pillars.map((section, index) => (
              <PillarCard
                key={section.slug}
                section={section}
                number={index + 1}
                partLabel={t('pillarLabel', { number: index + 1 })}
                readLabel={t('readSection', { title: section.navTitle })}
              />
            ))}
          </ol>
        </Container>
      </section>

      <section aria-labelledby="outlook-title" className="on-dark bg-ink-900 text-white">
        <Container className="grid gap-10 py-16 lg:grid-cols-[1.1fr_1fr] lg:items-center lg:gap-16 lg:py-24">
          <div>
            <p className="text-sm font-semibold tracking-[0.16em] text-river-300 uppercase">{t('outlookLabel')}</p>
            <h2 id="outlook-title" className="mt-4 font-display text-3xl font-bold tracking-tight sm:text-4xl">
              {outlook.title}
            </h2>
            <p className="mt-5 text-lg leading-relaxed text-ink-100">{outlook.summary}</p>
            <ButtonLink href={routes.section(outlook.slug)} variant="light" className="mt-8">
              {t('readOutlook')}
            </ButtonLink>
          </div>
          <div>
            {outlookQuote && (
              <PullQuote tone="dark" cite={outlookQuote.cite} className="my-0">
                <p>{outlookQuote.text}</p>
              </PullQuote>
            )}
            <KeyFigureList figures={outlook.keyFigures} locale={locale} tone="dark" className="mb-0" />
          </div>
        </Container>
      </section>

      <section aria-labelledby="source-title">
        <Container className="py-14">
          <div className="max-w-3xl rounded-2xl border border-line bg-paper-deep/60 p-6 sm:p-8">
            <h2 id="source-title" className={heading({ size: 'block' })}>
              {t('sourceTitle')}
            </h2>
            <p className="mt-3 text-muted">
              {t('sourceText', { description: formatSourceName(article, locale), date: formatIsoDate(article.published, locale) })}
            </p>
            <Link href={routes.corrections} className="mt-4 inline-block font-semibold text-river-700 underline underline-offset-4">
              {t('sourceLink')}
            </Link>
          </div>
        </Container>
      </section>
    </PageShell>
  );
}
