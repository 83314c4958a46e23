import { Link } from '@/i18n/navigation';
import { type Section } from '@/lib/content';
import { formatFigureValue, formatPartNumber, formatPeriod } from '@/lib/format';
import { routes } from '@/lib/pages';

/** One of the four pillars on the home page: number, title, summary, a headline figure. */
export function PillarCard({
  section,
  number,
  partLabel,
  readLabel,
}: {
  section: Section;
  number: number;
  partLabel: string;
  readLabel: string;
}) {
  const figure = section.keyFigures[0];
  return (
    <li className="group relative flex flex-col rounded-2xl border border-line bg-white p-6 transition-shadow duration-300 hover:shadow-xl hover:shadow-ink-900/10 sm:p-8">
      <div className="flex items-baseline justify-between gap-4">
        {/* Pure decoration (the label beside it says the part), drawn by CSS so it is not read as text. */}
        <span
          data-number={formatPartNumber(number)}
          className="font-display text-5xl leading-none font-bold text-ink-100 transition-colors group-hover:text-river-100 before:content-[attr(data-number)]"
          aria-hidden="true"
        />
        <span className="text-sm font-semibold tracking-wider text-signal-600 uppercase">{partLabel}</span>
      </div>
      <h3 className="mt-6 font-display text-[1.45rem] leading-snug font-bold text-ink-900">
        <Link
          href={routes.section(section.slug)}
          className="no-underline after:absolute after:inset-0 after:rounded-2xl after:content-['']"
        >
          {section.title}
        </Link>
      </h3>
      <p className="mt-3 flex-1 text-[1rem] leading-relaxed text-muted">{section.summary}</p>
      {figure && (
        <p className="mt-6 flex flex-col border-t border-line pt-5">
          <span className="font-display text-3xl font-bold tracking-tight text-ink-900 tabular-nums">
            {formatFigureValue(figure, section.locale)}
          </span>
          <span className="text-sm text-muted">
            {figure.label[section.locale]} · {formatPeriod(figure.period, section.locale)}
          </span>
        </p>
      )}
      <span className="mt-6 inline-flex items-center gap-2 text-[0.95rem] font-semibold text-river-700" aria-hidden="true">
        {readLabel}
        <span className="transition-transform duration-200 group-hover:translate-x-1">→</span>
      </span>
    </li>
  );
}
