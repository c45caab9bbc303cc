/**
 * What the reminders keep in browser.storage.local: the notifier's state (`local:reminderState`) here; the tracked
 * groups and lists (`local:tracked`, lib/ext/tracked.ts) and the reminder settings (`local:reminderSettings`,
 * lib/ext/reminder-settings.ts) in small modules of their own that the popup and the settings page load alone.
 */
import {
  emptyReminderState,
  parseReminderState,
  type ReminderState,
  type TrackedGroup,
  type TrackedList,
} from '../../planning/notify';
import { getGroups, getList } from '../history';
import { localItem, type Tracked } from '../tracked';

export { loadReminderSettings, reminderSettingsItem, saveReminderSettings } from '../reminder-settings';
// The stored choices live in small modules the popup and the settings page load on their own.
export {
  getTracked,
  isGroupTracked,
  isListTracked,
  type LocalItem,
  localItem,
  setGroupTracked,
  setListTracked,
  type Tracked,
  TrackedSchema,
  trackedItem,
} from '../tracked';

export const reminderStateItem = localItem('reminderState', emptyReminderState);

export interface TrackedLookups {
  getList: (id: string) => Promise<{ id: string; name: string; groupKeys: string[] } | null>;
  getGroups: (keys: readonly string[]) => Promise<{ key: string; url: string; name: string | null }[]>;
}

/** Tracked groups and the groups of tracked lists (from the history database), each once. */
export async function resolveTracked(
  tracked: Tracked,
  lookups: TrackedLookups = { getList, getGroups },
): Promise<{ groups: TrackedGroup[]; lists: TrackedList[] }> {
  const groups = new Map<string, TrackedGroup>();
  for (const g of tracked.groups) groups.set(g.key, { key: g.key, url: g.url, name: g.name });
  const lists: TrackedList[] = [];
  for (const l of tracked.lists) {
    let record: Awaited<ReturnType<TrackedLookups['getList']>> = null;
    try {
      record = await lookups.getList(l.id);
    } catch {
      record = null;
    }
    if (!record) continue;
    lists.push({ id: l.id, name: record.name || l.name, keys: record.groupKeys });
    const rows = await lookups.getGroups(record.groupKeys).catch(() => []);
    for (const r of rows) if (!groups.has(r.key)) groups.set(r.key, { key: r.key, url: r.url, name: r.name });
  }
  return { groups: [...groups.values()], lists };
}

// ---------------------------------------------------------------- state

export async function loadReminderState(): Promise<ReminderState> {
  return parseReminderState(await reminderStateItem.getValue());
}
