/**
 * Reminders in the background: tracked groups and lists, the reminder settings and state (store.ts), the alarms
 * (alarms.ts), the re-read of tracked groups with the batch audit's runner (reread.ts), the observations from stored
 * audits (observations.ts), one run with its notifications (run.ts) and the at-risk badge (badge.ts). The decisions
 * are pure (lib/planning/notify.ts); these files are the I/O around them. Only while the browser runs; no server
 * anywhere. This file wires them into the background and opens what a clicked reminder is about.
 */
import { browser } from 'wxt/browser';
import {
  type GroupObservation,
  parseNotificationId,
  type ReminderSettings,
  type TrackedGroup,
} from '../../planning/notify';
import { ensureReminderAlarms } from './alarms';
import { refreshRemindersBadge } from './badge';
import type { ReminderReader } from './reread';
import { runReminders, setReminderReader } from './run';
import { saveReminderSettings, setGroupTracked } from './store';

export * from './alarms';
export * from './badge';
export * from './observations';
export * from './reread';
export * from './run';
export * from './store';

/** Opens what a reminder is about: the group's page, or the list on the batch page. */
export async function openReminderTarget(notificationId: string): Promise<boolean> {
  const target = parseNotificationId(notificationId);
  if (!target) return false;
  const url =
    target.kind === 'group'
      ? target.url
      : // The list page (entrypoints/batch); built from the root so it does not depend on the page existing yet.
        new URL(`batch.html#list=${encodeURIComponent(target.listId)}`, browser.runtime.getURL('/')).href;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
  return true;
}

/**
 * Wires the reminders into the background: one call from entrypoints/background.ts, synchronously at start-up
 * (MV3 listeners must be registered in the first turn). `read` replaces the default reader.
 */
export function registerReminders(options: { read?: ReminderReader | null } = {}): void {
  if (options.read !== undefined) setReminderReader(options.read);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith('reminders:')) void runReminders().catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => void ensureReminderAlarms().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void ensureReminderAlarms().catch(() => undefined));
  browser.notifications.onClicked.addListener((id) => void openReminderTarget(id).catch(() => undefined));
  void ensureReminderAlarms().catch(() => undefined);
  void refreshRemindersBadge().catch(() => undefined);
  if (import.meta.env.MODE === 'e2e') {
    // Test-only hook (e2e build mode only): run the reminders with a fixed clock and fixture observations.
    (globalThis as Record<string, unknown>).__gospablikiReminders = {
      run: (iso: string, observations?: GroupObservation[]) =>
        runReminders({ now: new Date(iso), force: true, observations: observations ?? [], read: null }),
      ensure: (iso: string) => ensureReminderAlarms(new Date(iso)),
      track: (group: TrackedGroup) => setGroupTracked(group, true),
      saveSettings: (s: ReminderSettings) => saveReminderSettings(s),
      badge: (iso: string) => refreshRemindersBadge(new Date(iso)),
      // The default reader (fetch + parse, in Chrome through the offscreen document), history fallback off.
      reread: (iso: string) => runReminders({ now: new Date(iso), force: true, useHistory: false }),
    };
  }
}
