import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';
import { getContent } from '@/lib/content';
import { heading } from './heading';

/**
 * Contact details from content/site.json. The source gives none, so until staff fill them in
 * this renders nothing at all: never a made-up address or number.
 */
export async function ContactBlock({ locale, title }: { locale: Locale; title: string }) {
  const { contact } = getContent().site;
  const t = await getTranslations({ locale, namespace: 'InvestPage' });
  const rows = [
    { label: t('contactAddress'), value: contact.address[locale] },
    { label: t('contactPhone'), value: contact.phone, href: contact.phone ? `tel:${contact.phone.replace(/[^\d+]/g, '')}` : undefined },
    { label: t('contactEmail'), value: contact.email, href: contact.email ? `mailto:${contact.email}` : undefined },
    { label: t('contactWebsite'), value: contact.website, href: contact.website || undefined },
  ].filter((row) => row.value);
  if (rows.length === 0 && !contact.organisation[locale]) return null;
  return (
    <section aria-labelledby="contact-title" className="rounded-2xl border border-line bg-white p-6 sm:p-8">
      <h2 id="contact-title" className={heading({ size: 'section' })}>
        {title}
      </h2>
      {contact.organisation[locale] && <p className="mt-3 font-semibold">{contact.organisation[locale]}</p>}
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-sm font-semibold text-muted">{row.label}</dt>
            <dd>
              {row.href ? (
                <a href={row.href} className="text-river-700 underline underline-offset-4">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
