import { Fragment, type ReactNode } from 'react';
import type { Locale } from '@/i18n/languages';
import { listSeparators } from '@/lib/format';

/** Elements in a row, separated as the language separates the items of a list (、 or , ). */
export function InlineList({ items, locale }: { items: Array<{ key: string; node: ReactNode }>; locale: Locale }) {
  const separators = listSeparators(items.length, locale);
  return items.map((item, index) => (
    <Fragment key={item.key}>
      {index > 0 && separators[index - 1]}
      {item.node}
    </Fragment>
  ));
}
