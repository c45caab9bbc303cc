/**
 * Texts of the popup. Russian first; the English locale has the same keys (checked by tests/meta/i18n.test.ts).
 * The two locales live in lib/i18n/popup/{ru,en}.ts so the popup can load English only when it is needed; the
 * texts of the panels that load after the first render are in lib/i18n/popup-secondary.ts.
 * Check advice is looked up as `advice.<checkId>.<reason>`, then `advice.<reason>`, then `status.<status>`; only a
 * failed check's advice (the first screen's) is here, the rest is in lib/i18n/popup-details.ts.
 */
import type { Dictionaries } from './index';
import { en } from './popup/en';
import { type PopupKey, ru } from './popup/ru';

export type { PopupKey };
export const popupDicts: Dictionaries<PopupKey> = { ru, en };
