/**
 * The check titles as dictionary entries (`check.<CheckId>`), built from the engine's one table of titles
 * (lib/audit/titles.ts), for the popup's and the reports' dictionaries.
 */
import { CHECK_TITLES } from '../audit/titles';
import { CHECK_IDS, type CheckId } from '../types';

type CheckTitles = Record<`check.${CheckId}`, string>;

const titlesIn = (locale: 'ru' | 'en'): CheckTitles =>
  Object.fromEntries(CHECK_IDS.map((id) => [`check.${id}`, CHECK_TITLES[id][locale]])) as CheckTitles;

export const checkTitles = { ru: titlesIn('ru'), en: titlesIn('en') };
