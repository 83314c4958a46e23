import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/languages';
import { getSection, getSource, type SourceRef } from '@/lib/content';
import { cn } from '@/lib/cn';
import { routes } from '@/lib/pages';

/** A link to where the source says something: the section, and its sub-heading when known. */
export function SourceLink({ source, locale, className }: { source: SourceRef; locale: Locale; className?: string }) {
  const linkClass = cn(
    'font-medium text-river-700 underline decoration-river-600/40 underline-offset-4 hover:decoration-river-600',
    className,
  );
  if (source.section === undefined) {
    // A source other than the feature: its entry in the list of sources.
    return (
      <Link href={`${routes.corrections}#source-${source.source}`} className={linkClass}>
        {getSource(source.source).title[locale]}
      </Link>
    );
  }
  const section = getSection(locale, source.section);
  if (!section) return null;
  const heading = source.anchor ? section.headings.find((candidate) => candidate.id === source.anchor) : undefined;
  const href = `${routes.section(section.slug)}${heading ? `#${heading.id}` : ''}`;
  return (
    <Link href={href} className={linkClass}>
      {section.navTitle}
      {heading ? ` · ${heading.text}` : ''}
    </Link>
  );
}
