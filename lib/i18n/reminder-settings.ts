/**
 * Texts of the reminder options (the settings page): a module of its own, so that page does not carry the calendar's
 * and the notifications' texts (lib/i18n/reminders.ts merges these in). The tracking switch's texts: lib/i18n/track.ts.
 */
import type { Dictionaries } from './index';

/** The reminder options of the settings page. */
export const settingsRu = {
  // ---- settings ----
  'settings.title': 'Напоминания',
  'settings.enabled': 'Показывать напоминания об отслеживаемых группах',
  'settings.quiet': 'Тихие часы',
  'settings.quietEnabled': 'Не беспокоить в тихие часы (напоминания придут после них)',
  'settings.quietFrom': 'с',
  'settings.quietTo': 'до',
  'settings.kinds': 'О чём напоминать',
  'settings.kind.week-closing': 'Неделя закрывается, а постов не хватает (за 1–2 дня до конца недели)',
  'settings.kind.gov-mark-lost': 'Группа потеряла отметку «Госорганизация»',
  'settings.kind.rkn-threshold': 'Число подписчиков превысило порог регистрации в РКН (порог — из правил расчёта)',
  'settings.kind.name-changed': 'Название изменилось во время оценочной недели',
  'settings.schedule':
    'Расширение перечитывает отслеживаемые группы раз в день и дополнительно в последние два дня каждой недели — ' +
    'только пока браузер открыт. Не больше одного уведомления о группе в день.',
  'settings.howToTrack':
    'Напоминания приходят о группах и списках, за которыми вы следите: отметьте «Следить за группой» в окне расширения или «Следить за списком» на странице списка.',
  'settings.saved': 'Сохранено',
};

export type SettingsKey = keyof typeof settingsRu;

export const settingsEn: Record<SettingsKey, (typeof settingsRu)[SettingsKey]> = {
  'settings.title': 'Reminders',
  'settings.enabled': 'Show reminders about tracked groups',
  'settings.quiet': 'Quiet hours',
  'settings.quietEnabled': 'Do not disturb during quiet hours (reminders come after them)',
  'settings.quietFrom': 'from',
  'settings.quietTo': 'to',
  'settings.kinds': 'Remind me when',
  'settings.kind.week-closing': 'A week is about to close without enough posts (1–2 days before)',
  'settings.kind.gov-mark-lost': 'A group lost its «Госорганизация» mark',
  'settings.kind.rkn-threshold': 'A group passed the RKN registration threshold (from the rule set)',
  'settings.kind.name-changed': 'A group’s name changed during an evaluation week',
  'settings.schedule':
    'The extension re-reads tracked groups once a day and again on the last two days of every week — only while ' +
    'the browser is open. At most one notification per group a day.',
  'settings.howToTrack':
    'Reminders are about the groups and lists you track: tick «Track this group» in the extension’s window or «Track this list» on a list’s page.',
  'settings.saved': 'Saved',
};

export const reminderSettingsDicts: Dictionaries<SettingsKey> = { ru: settingsRu, en: settingsEn };
