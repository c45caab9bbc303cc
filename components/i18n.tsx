/** The locale and translate function of the popup, passed down by context. English is loaded only when needed. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createT, type Dictionary, type Locale } from '../lib/i18n/index';
import { type PopupKey, ru } from '../lib/i18n/popup/ru';

export type PopupDictionary = Dictionary<PopupKey>;

export interface I18n {
  locale: Locale;
  t: (key: PopupKey, params?: Record<string, string | number>) => string;
  /** Translates a key built at run time (advice.<check>.<reason>), or null when the dictionary has no such key. */
  maybe: (key: string, params?: Record<string, string | number>) => string | null;
}

export function makeI18n(locale: Locale, dict: PopupDictionary = ru): I18n {
  const t = createT({ ru: dict, en: dict }, locale);
  const maybe = (key: string, params?: Record<string, string | number>) =>
    key in dict ? t(key as PopupKey, params) : null;
  return { locale, t, maybe };
}

/** The popup's texts for a locale: Russian is bundled, English is a separate chunk. */
export async function loadI18n(locale: Locale): Promise<I18n> {
  if (locale === 'ru') return makeI18n('ru');
  const { en } = await import('../lib/i18n/popup/en');
  return makeI18n('en', en);
}

export const I18nContext = createContext<I18n>(makeI18n('ru'));
export const useI18n = (): I18n => useContext(I18nContext);
