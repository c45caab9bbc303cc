/**
 * The reminder alarms (re-registered idempotently on every service-worker start, on install and on browser start):
 *   reminders:tick      every 30 min — catches up a missed slot (browser closed) and delivers deferred reminders;
 *   reminders:next      at the next re-read slot (10:00 daily, 17:00 on the last two days of a week, rule zone);
 *   reminders:deferred  at the end of the quiet hours when reminders wait.
 */
import { browser } from 'wxt/browser';
import { nextSlotAfter } from '../../planning/schedule';
import { loadSettings } from '../settings';

export const REMINDER_ALARMS = {
  tick: 'reminders:tick',
  next: 'reminders:next',
  deferred: 'reminders:deferred',
} as const;
export const TICK_MINUTES = 30;
/** Creates the reminder alarms that are missing or out of date; safe to call any number of times. */
export async function ensureReminderAlarms(now: Date = new Date(), timeZone?: string): Promise<void> {
  const zone = timeZone ?? (await loadSettings()).rules.timeZone;
  const tick = await browser.alarms.get(REMINDER_ALARMS.tick);
  if (!tick || tick.periodInMinutes !== TICK_MINUTES) {
    await browser.alarms.create(REMINDER_ALARMS.tick, { periodInMinutes: TICK_MINUTES, delayInMinutes: 1 });
  }
  const when = nextSlotAfter(now, zone).getTime();
  const next = await browser.alarms.get(REMINDER_ALARMS.next);
  if (!next || next.scheduledTime !== when) await browser.alarms.create(REMINDER_ALARMS.next, { when });
}
