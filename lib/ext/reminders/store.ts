/**
 * What the reminders keep in browser.storage.local: the tracked groups and lists (`local:tracked`), the reminder
 * settings (`local:reminderSettings`) and the notifier's state (`local:reminderState`).
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  DEFAULT_REMINDER_SETTINGS,
  emptyReminderState,
  parseReminderState,
  type ReminderSettings,
  ReminderSettingsSchema,
  type ReminderState,
  type TrackedGroup,
  type TrackedList,
} from '../../planning/notify';
import { getGroups, getList } from '../history';

export const TrackedSchema = z.object({
  version: z.literal(1),
  groups: z.array(z.object({ key: z.string(), url: z.string(), name: z.nullable(z.string()) })),
  lists: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Tracked = z.infer<typeof TrackedSchema>;

const EMPTY_TRACKED: Tracked = { version: 1, groups: [], lists: [] };

/**
 * One value in browser.storage.local, stored exactly as @wxt-dev/storage's `defineItem('local:<key>', { version: 1 })`
 * stores it (the bare value under `<key>`; no migration ever ran, so no `<key>$` metadata is written or read): the
 * same stored data, without the storage library in the service worker. The value is unknown until validated.
 */
export interface LocalItem {
  key: string;
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
}

export function localItem(key: string, fallback: () => unknown): LocalItem {
  return {
    key,
    getValue: async () => (await browser.storage.local.get(key))[key] ?? fallback(),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
  };
}

export const trackedItem = localItem('tracked', () => EMPTY_TRACKED);
export const reminderSettingsItem = localItem('reminderSettings', () => DEFAULT_REMINDER_SETTINGS);
export const reminderStateItem = localItem('reminderState', emptyReminderState);

export async function getTracked(): Promise<Tracked> {
  const parsed = TrackedSchema.safeParse(await trackedItem.getValue());
  return parsed.success ? parsed.data : EMPTY_TRACKED;
}

/** Turns tracking of one group on or off (the popup's toggle). */
export async function setGroupTracked(group: TrackedGroup, on: boolean): Promise<Tracked> {
  const t = await getTracked();
  const groups = t.groups.filter((g) => g.key !== group.key);
  if (on) groups.push({ key: group.key, url: group.url, name: group.name });
  const next: Tracked = { ...t, groups };
  await trackedItem.setValue(next);
  return next;
}

/** Turns tracking of a whole list on or off (the list page's toggle); its groups are read from the history DB. */
export async function setListTracked(list: { id: string; name: string }, on: boolean): Promise<Tracked> {
  const t = await getTracked();
  const lists = t.lists.filter((l) => l.id !== list.id);
  if (on) lists.push({ id: list.id, name: list.name });
  const next: Tracked = { ...t, lists };
  await trackedItem.setValue(next);
  return next;
}

export async function isGroupTracked(key: string): Promise<boolean> {
  return (await getTracked()).groups.some((g) => g.key === key);
}

export async function isListTracked(id: string): Promise<boolean> {
  return (await getTracked()).lists.some((l) => l.id === id);
}

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

// ---------------------------------------------------------------- settings and state

export async function loadReminderSettings(): Promise<ReminderSettings> {
  const parsed = ReminderSettingsSchema.safeParse(await reminderSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

export async function saveReminderSettings(settings: ReminderSettings): Promise<ReminderSettings> {
  const valid = ReminderSettingsSchema.parse(settings);
  await reminderSettingsItem.setValue(valid);
  return valid;
}

export async function loadReminderState(): Promise<ReminderState> {
  return parseReminderState(await reminderStateItem.getValue());
}
