import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getContent, getSections } from '@/lib/content';
import { formatIsoDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { Container } from './container';
import { LogoMark } from './logo-mark';
import { TextSizeControl } from './text-size-control';

/** The footer's id: the layout blocks the first paint until the parser reaches it. */
export const SITE_FOOTER_ID = 'site-footer';

const footerLink = 'rounded-sm text-ink-100 underline decoration-ink-700 underline-offset-4 hover:text-white hover:decoration-river-300';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const tSize = await getTranslations({ locale, namespace: 'TextSize' });
  const { site, source } = getContent();
  const { filing } = site;
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const explore = [
    { href: routes.invest, label: tHeader('invest') },
    { href: routes.enterprises, label: tHeader('enterprises') },
    { href: routes.figures, label: t('figures') },
    { href: routes.updates, label: tHeader('updates') },
    { href: routes.timeline, label: tHeader('timeline') },
    { href: routes.gallery, label: t('gallery') },
    { href: routes.press, label: tHeader('press') },
  ];
  const about = [
    { href: routes.search, label: t('search') },
    { href: routes.glossary, label: t('glossary') },
    { href: routes.corrections, label: t('corrections') },
  ];
  const hasFiling = Boolean(filing.icp || filing.publicSecurity);

  return (
    <footer id={SITE_FOOTER_ID} className="site-footer on-dark mt-24 bg-ink-950 text-ink-100">
      <Container className="grid gap-12 py-14 md:grid-cols-[1.2fr_0.8fr_1.6fr] lg:py-16">
        <div className="max-w-md">
          <div className="flex items-center gap-3">
            <LogoMark className="size-10 rounded-md bg-white/95 p-0.5" />
            <div className="leading-tight">
              <p className="font-display text-lg font-bold text-white">{site.name[locale]}</p>
              <p className="text-sm text-ink-200">{site.brand[locale]}</p>
            </div>
          </div>
          <p className="mt-6 text-sm leading-relaxed text-ink-200">
            {t('sourceLine', { description: source.description[locale], date: formatIsoDate(source.published, locale) })}{' '}
            {source.photoCredit[locale]}
          </p>
          <p className="mt-3 text-sm leading-relaxed text-ink-200">{t('editorialLine')}</p>
          <div className="mt-6 hidden [.js_&]:block" data-print="hide">
            <p className="mb-2 text-sm font-semibold text-white">{t('readingAids')}</p>
            <div className="inline-block rounded-md bg-white">
              <TextSizeControl
                label={tSize('label')}
                names={{ standard: tSize('standard'), large: tSize('large'), larger: tSize('larger') }}
              />
            </div>
          </div>
        </div>

        <nav aria-label={t('sections')} data-print="hide">
          <h2 className="text-sm font-semibold tracking-wider text-white uppercase">{t('sections')}</h2>
          <ul className="mt-4 space-y-2.5 text-[0.95rem]">
            {getSections(locale).map((section) => (
              <li key={section.slug}>
                <Link href={routes.section(section.slug)} className={footerLink}>
                  {section.navTitle}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="grid gap-10 sm:grid-cols-2">
          <nav aria-label={t('explore')} data-print="hide">
            <h2 className="text-sm font-semibold tracking-wider text-white uppercase">{t('explore')}</h2>
            <ul className="mt-4 space-y-2.5 text-[0.95rem]">
              {explore.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={footerLink}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t('about')} data-print="hide">
            <h2 className="text-sm font-semibold tracking-wider text-white uppercase">{t('about')}</h2>
            <ul className="mt-4 space-y-2.5 text-[0.95rem]">
              {about.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={footerLink}>
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <a href={`/${locale}${routes.feed}`} className={footerLink}>
                  {t('feed')}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </Container>

      {hasFiling && (
        <div className="border-t border-white/10">
          <Container className="flex flex-wrap gap-x-6 gap-y-2 py-5 text-sm text-ink-200">
            <h2 className="sr-only">{t('filing')}</h2>
            {filing.icp && <FilingNumber text={filing.icp} href={filing.icpUrl} />}
            {filing.publicSecurity && <FilingNumber text={filing.publicSecurity} href={filing.publicSecurityUrl} />}
          </Container>
        </div>
      )}
    </footer>
  );
}

function FilingNumber({ text, href }: { text: string; href: string }) {
  return href ? (
    <a href={href} className={footerLink} rel="noopener">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}
