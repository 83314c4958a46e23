import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { getTranslations } from 'next-intl/server';
import type { ComponentProps, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Section } from '@/lib/content';
import { FigureReference } from './figure-reference';
import { KeyFigureList } from './key-figure-list';
import { PullQuote } from './pull-quote';

/** Renders a section's Markdown (already checked by lib/content) with the site's components. */
export async function Prose({ section }: { section: Section }) {
  const t = await getTranslations({ locale: section.locale, namespace: 'SectionPage' });

  const components = {
    h2: ({ id, children }: ComponentProps<'h2'>) => {
      const title = section.headings.find((heading) => heading.id === id)?.text ?? '';
      return (
        <h2 id={id} className="group">
          {children}
          <a
            href={`#${id}`}
            aria-label={t('anchorLink', { title })}
            className="ml-2 inline-block rounded-sm px-1 font-normal text-ink-200 no-underline transition-colors group-hover:text-river-600 focus-visible:text-river-600"
            data-print="hide"
          >
            #
          </a>
        </h2>
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

  return (
    <div className="prose-article">
      {toJsxRuntime(section.tree, {
        Fragment,
        jsx,
        jsxs,
        // The two custom tags come from lib/content/markdown.ts; hast's types only know HTML tags.
        components: components as unknown as Partial<Components>,
      })}
    </div>
  );
}
