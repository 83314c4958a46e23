import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { localizedPath, type Locale } from '@/i18n/languages';
import { getContent } from '@/lib/content';
import { formatIsoDate, formatSourceName } from '@/lib/format';
import { files, navigation, type NavLink } from '@/lib/pages';
import { Container } from './container';
import { LogoMark } from './logo-mark';
import { TextSizeControl } from './text-size-control';

/** The footer's id: the layout blocks the first paint until the parser reaches it. */
export const SITE_FOOTER_ID = 'site-footer';

const footerLink = 'rounded-sm text-ink-100 underline decoration-ink-700 underline-offset-4 hover:text-white hover:decoration-river-300';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const { site, article, lastChanged } = getContent();
  const { filing } = site;
  const columns = navigation(locale).footer;
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
            {t('sourceLine', { description: formatSourceName(article, locale), date: formatIsoDate(article.published, locale) })}{' '}
            {article.credit[locale]}
          </p>
          <p className="mt-3 text-sm leading-relaxed text-ink-200">{t('editorialLine')}</p>
          <p className="mt-3 text-sm leading-relaxed text-ink-200">
            <time dateTime={lastChanged}>{t('lastUpdated', { date: formatIsoDate(lastChanged, locale) })}</time>
          </p>
          <div className="mt-6 hidden [.js_&]:block" data-print="hide">
            <p className="mb-2 text-sm font-semibold text-white">{t('readingAids')}</p>
            <div className="inline-block rounded-md bg-white">
              <TextSizeControl locale={locale} />
            </div>
          </div>
        </div>

        <FooterColumn title={t('sections')} links={columns.sections} locale={locale} />

        <div className="grid gap-10 sm:grid-cols-2">
          <FooterColumn title={t('explore')} links={columns.explore} locale={locale} />
          <FooterColumn title={t('about')} links={columns.about} locale={locale}>
            <li>
              <a href={localizedPath(locale, files.feed)} className={footerLink}>
                {t('feed')}
              </a>
            </li>
          </FooterColumn>
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

/** A titled list of links (paths without the language); `children` are further items. */
function FooterColumn({ title, links, locale, children }: { title: string; links: NavLink[]; locale: Locale; children?: ReactNode }) {
  return (
    <nav aria-label={title} data-print="hide">
      <h2 className="text-sm font-semibold tracking-wider text-white uppercase">{title}</h2>
      <ul className="mt-4 space-y-2.5 text-[0.95rem]">
        {links.map((link) => (
          <li key={link.href}>
            <a href={localizedPath(locale, link.href)} className={footerLink}>
              {link.label}
            </a>
          </li>
        ))}
        {children}
      </ul>
    </nav>
  );
}
