/**
 * The titles of the audit checks, one wording for every place that names a check: the popup's checklist, the
 * printable report, the XLSX/CSV exports. The titles name the requirement, not its threshold: the thresholds come
 * from the user's rule set (St Petersburg counts «более 3» posts, the ER target and the RKN threshold can be changed),
 * and the advice and statuses next to each title state them.
 */
import type { CheckId } from '../types';

type CheckTitles = Record<`check.${CheckId}`, string>;

const ru = {
  'check.cover': 'Обложка',
  'check.avatar': 'Аватар',
  'check.description': 'Описание',
  'check.pos-widget': 'Виджеты ПОС',
  'check.gov-mark': 'Отметка «Госорганизация»',
  'check.frequency': 'Частота публикаций',
  'check.engagement': 'Вовлечённость (ER)',
  'check.reach': 'Охват аудитории',
  'check.rkn-registration': 'Регистрация в РКН',
} as const satisfies CheckTitles;

const en: Record<keyof typeof ru, string> = {
  'check.cover': 'Cover',
  'check.avatar': 'Avatar',
  'check.description': 'Description',
  'check.pos-widget': 'ПОС widgets',
  'check.gov-mark': '«Госорганизация» mark',
  'check.frequency': 'Posting frequency',
  'check.engagement': 'Engagement (ER)',
  'check.reach': 'Audience reach',
  'check.rkn-registration': 'RKN registration',
};

export const checkTitles = { ru, en };
