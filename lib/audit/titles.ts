/**
 * The titles of the checks, Russian first: the one wording every check definition (lib/audit/checks/*) carries and
 * every place that names a check shows (the popup's checklist, the printable report, the exports; see
 * lib/i18n/checks.ts). They name the requirement, not its threshold: thresholds come from the rule set
 * (St Petersburg counts «более 3» posts, the ER target can be changed). Pure data.
 */
import type { CheckId } from '../types';

export const CHECK_TITLES: Readonly<Record<CheckId, { ru: string; en: string }>> = {
  cover: { ru: 'Обложка', en: 'Cover' },
  avatar: { ru: 'Аватар', en: 'Avatar' },
  description: { ru: 'Описание', en: 'Description' },
  'pos-widget': { ru: 'Виджеты ПОС', en: 'ПОС widgets' },
  'gov-mark': { ru: 'Отметка «Госорганизация»', en: '«Госорганизация» mark' },
  frequency: { ru: 'Частота публикаций', en: 'Posting frequency' },
  engagement: { ru: 'Вовлечённость (ER)', en: 'Engagement (ER)' },
  reach: { ru: 'Охват аудитории', en: 'Audience reach' },
  'rkn-registration': { ru: 'Регистрация в РКН', en: 'RKN registration' },
};
