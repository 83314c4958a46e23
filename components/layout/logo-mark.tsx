/** The site's mark: a hexagon (innovation cell) over the river's bend. Decorative. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={className} aria-hidden="true" focusable="false">
      <path d="M20 2.5 35.2 11.25v17.5L20 37.5 4.8 28.75v-17.5Z" fill="#0b1a36" />
      <path
        d="M9 24.5c4.2-3.6 8-3.6 11.2-1.2 3.3 2.4 6.7 2.5 10.8-1"
        fill="none"
        stroke="#6fd6de"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path
        d="M9 29.5c4.2-3.6 8-3.6 11.2-1.2 3.3 2.4 6.7 2.5 10.8-1"
        fill="none"
        stroke="#6fd6de"
        strokeOpacity=".55"
        strokeWidth="2"
        strokeLinecap="round"
      />
      <path d="m14 18.5 6-7.5 6 7.5" fill="none" stroke="#ff7a4d" strokeWidth="2.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
