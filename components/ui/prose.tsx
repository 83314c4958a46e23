import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { getTranslations } from 'next-intl/server';
import type { ComponentProps, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Locale } from '@/i18n/languages';
import type { NarrativeDocument } from '@/lib/content';
import { CopyLinkButton } from '../share/copy-link-button';
import { FigureReference } from '../figures/figure-reference';
import { KeyFigureList } from '../figures/key-figure-list';
import { PullQuote } from './pull-quote';

/**
 * Renders narrative Markdown (already checked by lib/content) with the site's components.
 * `level` 3 demotes its sub-headings when it sits under another heading (a section inside
 * the original feature); `bare` leaves out the reading-width wrapper.
 */
export async function Prose({
  section,
  level = 2,
  bare = false,
}: {
  section: NarrativeDocument & { locale: Locale };
  level?: 2 | 3;
  bare?: boolean;
}) {
  const t = await getTranslations({ locale: section.locale, namespace: 'SectionPage' });
  const tCopy = await getTranslations({ locale: section.locale, namespace: 'CopyLink' });
  const Heading = level === 2 ? 'h2' : 'h3';

  const components = {
    h2: ({ id, children }: ComponentProps<'h2'>) => {
      const title = section.headings.find((heading) => heading.id === id)?.text ?? '';
      // The controls sit beside the heading, not in it, so the heading's name is just its text.
      return (
        <div className="section-heading group">
          <Heading id={id}>{children}</Heading>
          <a
            href={`#${id}`}
            aria-label={t('anchorLink', { title })}
            className="inline-flex size-9 items-center justify-center rounded-full text-ink-200 no-underline transition-colors group-hover:text-river-600 hover:bg-ink-100 focus-visible:text-river-600"
            data-print="hide"
          >
            <span aria-hidden="true">#</span>
          </a>
          <CopyLinkButton anchor={id} label={tCopy('section', { title })} copied={tCopy('copied')} />
        </div>
      );
    },
    'pull-quote': ({ cite, children }: { cite?: string; children?: ReactNode }) => <PullQuote cite={cite}>{children}</PullQuote>,
    'key-figures': ({ block }: { block?: number | string }) => (
      <KeyFigureList figures={section.keyFigureBlocks[Number(block)] ?? []} locale={section.locale} title={t('keyFigures')} />
    ),
    'figure-ref': ({ figure, children }: { figure?: string; children?: ReactNode }) => (
      <FigureReference id={figure ?? ''}>{children}</FigureReference>
    ),
  };

  const rendered = toJsxRuntime(section.tree, {
    Fragment,
    jsx,
    jsxs,
    // The two custom tags come from lib/content/markdown.ts; hast's types only know HTML tags.
    components: components as unknown as Partial<Components>,
  });
  return bare ? rendered : <div className="prose-article">{rendered}</div>;
}
