/** The texts of the popup's details below the first screen (lib/i18n/popup-details.ts), in the popup's locale. */
import { createT } from '../lib/i18n/index';
import { popupDetailsDicts } from '../lib/i18n/popup-details';
import { useI18n } from './i18n';

export function useDetailsT() {
  return createT(popupDetailsDicts, useI18n().locale);
}
