import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { SearchLabels } from './search';

/** The search box's words in one language, for the client leaf. */
export async function searchLabels(locale: Locale): Promise<SearchLabels> {
  const t = await getTranslations({ locale, namespace: 'SearchDialog' });
  return {
    open: t('open'),
    shortcut: t('shortcut'),
    title: t('title'),
    label: t('label'),
    placeholder: t('placeholder'),
    close: t('close'),
    results: [t('results', { count: 2 }).replace('2', '{count}'), t('results', { count: 1 }).replace('1', '{count}')],
    noResults: t.raw('noResults') as string,
    loading: t('loading'),
    unavailable: t('unavailable'),
    hint: t('hint'),
    searchPage: t('searchPage'),
  };
}
