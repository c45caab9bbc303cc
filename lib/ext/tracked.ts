/**
 * What the user chose to follow: «Следить за группой» (the popup) and «Следить за списком» (the list page), stored
 * in `local:tracked`. Small on purpose: the popup loads it (lazily) without the reminders' re-read machinery, which
 * lives in lib/ext/reminders.ts and reads the same item.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { TrackedGroup } from '../planning/notify';

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
