/** The toolbar badge's default text: how many tracked groups are at risk this week. */
import { browser } from 'wxt/browser';
import { remindersBadgeText } from '../../planning/notify';
import { loadSettings } from '../settings';
import { getTracked, loadReminderState, resolveTracked } from './store';

/** Badge text for tabs that are not a community page: tracked groups at risk this week ('' when none). */
export async function remindersBadge(now: Date = new Date()): Promise<string> {
  const settings = await loadSettings();
  const tracked = await resolveTracked(await getTracked());
  const state = await loadReminderState();
  return remindersBadgeText(
    state,
    tracked.groups.map((g) => g.key),
    now,
    settings.rules.timeZone,
  );
}

/** Colour of the at-risk count (the same red as the popup's urgent badge). */
export const REMINDERS_BADGE_COLOR = '#d93025';

/**
 * Sets the badge's default text (all tabs) to the number of tracked groups at risk this week. Community tabs keep
 * their own per-tab badge (lib/ext/badge.ts sets it with a tabId, which overrides this default).
 */
export async function refreshRemindersBadge(now: Date = new Date()): Promise<string> {
  const text = await remindersBadge(now);
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return text;
  await action.setBadgeText({ text });
  if (text) await action.setBadgeBackgroundColor({ color: REMINDERS_BADGE_COLOR });
  return text;
}
