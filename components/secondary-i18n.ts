/**
 * The translate function of the popup's secondary texts (lib/i18n/popup-secondary.ts): the views loaded lazily below
 * the first screen (details, diagnostics, notices, the score formula). In the popup's locale unless one is given.
 */
import { createT, type Locale } from '../lib/i18n/index';
import { popupSecondaryDicts } from '../lib/i18n/popup-secondary';
import { useI18n } from './i18n';

export function useSecondaryT(locale?: Locale) {
  const current = useI18n().locale;
  return createT(popupSecondaryDicts, locale ?? current);
}
