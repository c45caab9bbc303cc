/**
 * The reminder settings (`local:reminderSettings`): which events to remind of, quiet hours, on/off. Read by the
 * background (lib/ext/reminders.ts) and edited on the settings page, which loads this module without the
 * reminders' re-read machinery.
 */
import {
  DEFAULT_REMINDER_SETTINGS,
  type ReminderSettings,
  ReminderSettingsSchema,
} from '../planning/reminder-settings';
import { localItem } from './tracked';

export const reminderSettingsItem = localItem('reminderSettings', () => DEFAULT_REMINDER_SETTINGS);

export async function loadReminderSettings(): Promise<ReminderSettings> {
  const parsed = ReminderSettingsSchema.safeParse(await reminderSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

export async function saveReminderSettings(settings: ReminderSettings): Promise<ReminderSettings> {
  const valid = ReminderSettingsSchema.parse(settings);
  await reminderSettingsItem.setValue(valid);
  return valid;
}
