/** The texts of the popup's details below the first screen (lib/i18n/popup-details.ts), in the popup's locale. */
import { createT } from '../lib/i18n/index';
import { type PopupDetailsKey, popupDetailsDicts } from '../lib/i18n/popup-details';
import { type I18n, useI18n } from './i18n';

export function useDetailsT() {
  return createT(popupDetailsDicts, useI18n().locale);
}

/**
 * The popup's i18n whose `maybe` finds the details' texts first: the checklist's advice lives there, out of the
 * popup's first load (only a failed check's advice, shown by «Что исправить», is in lib/i18n/popup/{ru,en}.ts).
 */
export function useDetailsI18n(): I18n {
  const i18n = useI18n();
  const dict = popupDetailsDicts[i18n.locale];
  const dt = createT(popupDetailsDicts, i18n.locale);
  return {
    ...i18n,
    maybe: (key, params) => (key in dict ? dt(key as PopupDetailsKey, params) : i18n.maybe(key, params)),
  };
}
