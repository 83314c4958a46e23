import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/layout/container';
import { openPage, PageShell, type PageProps } from '@/components/layout/page-shell';
import { AnchorNav } from '@/components/ui/anchor-nav';
import { heading } from '@/components/ui/heading';
import { languageOf, languages } from '@/i18n/languages';
import { getContent, glossaryKinds } from '@/lib/content';
import { metadataFor } from '@/lib/seo';

export const generateMetadata = metadataFor('glossary');

export default async function GlossaryPage({ params }: PageProps<'glossary'>) {
  const page = await openPage('glossary', params);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'GlossaryPage' });
  const { glossary } = getContent();
  const groups = glossaryKinds
    .map((kind) => ({ kind, terms: glossary.filter((term) => term.kind === kind) }))
    .filter((group) => group.terms.length > 0);
  // One column per language, named in the page's language; the note is in the page's language.
  const languageName = new Intl.DisplayNames(languageOf(locale).tag, { type: 'language' });
  const [first, ...rest] = languages;

  return (
    <PageShell page={page} header={{ lede: t('intro') }}>
      <Container className="py-12 lg:py-16">
        <AnchorNav
          label={page.text.title}
          className="mb-10"
          items={groups.map((group) => ({ target: group.kind, label: t(`kinds.${group.kind}`), count: group.terms.length }))}
        />
        <div className="space-y-14">
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={group.kind} className="scroll-mt-28">
              <h2 id={group.kind} className={heading()}>
                {t(`kinds.${group.kind}`)}
              </h2>
              <div className="mt-5 overflow-x-auto rounded-2xl border border-line bg-white">
                <table className="w-full border-collapse text-left text-[0.98rem]">
                  <thead className="bg-paper-deep/70 text-sm text-muted">
                    <tr>
                      {languages.map((language, index) => (
                        <th
                          key={language.code}
                          scope="col"
                          className={index === 0 ? 'w-[32%] px-5 py-3 font-semibold' : 'px-5 py-3 font-semibold'}
                        >
                          {languageName.of(language.code)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {group.terms.map((term) => (
                      <tr key={term.id} id={`term-${term.id}`} className="align-top">
                        <td lang={first?.tag} className="px-5 py-3 font-medium text-ink-900">
                          {first && term[first.code]}
                        </td>
                        {rest.map((language, index) => (
                          <td key={language.code} lang={language.tag} className="px-5 py-3">
                            <span className="text-ink-900">{term[language.code]}</span>
                            {term.note && index === rest.length - 1 && (
                              <span className="mt-1 block text-sm text-muted" lang={languageOf(locale).tag}>
                                {term.note[locale]}
                              </span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </div>
      </Container>
    </PageShell>
  );
}
