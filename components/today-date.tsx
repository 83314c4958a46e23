'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { formatIsoDate } from '@/lib/format';

/** The reader's today (the page shows the build date until the browser supplies its own). */
export function TodayDate({ initial, locale }: { initial: string; locale: Locale }) {
  const [iso, setIso] = useState(initial);
  useEffect(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    setIso(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
  }, []);
  return <time dateTime={iso}>{formatIsoDate(iso, locale)}</time>;
}
