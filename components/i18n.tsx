/** The locale and translate function of the popup and settings page, passed down by context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createT, type Locale } from '../lib/i18n/index';
import { type PopupKey, popupDicts } from '../lib/i18n/popup';

export interface I18n {
  locale: Locale;
  t: (key: PopupKey, params?: Record<string, string | number>) => string;
  /** Translates a key built at run time (advice.<check>.<reason>), or null when the dictionary has no such key. */
  maybe: (key: string, params?: Record<string, string | number>) => string | null;
}

export function makeI18n(locale: Locale): I18n {
  const t = createT(popupDicts, locale);
  const dict = popupDicts[locale];
  const maybe = (key: string, params?: Record<string, string | number>) =>
    key in dict ? t(key as PopupKey, params) : null;
  return { locale, t, maybe };
}

const defaultI18n = makeI18n('ru');
export const I18nContext = createContext<I18n>(defaultI18n);
export const useI18n = (): I18n => useContext(I18nContext);
