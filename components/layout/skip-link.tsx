import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/languages';

export async function SkipLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SkipLink' });
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-ink-900 px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      {t('label')}
    </a>
  );
}
