/**
 * The user's VK API key (a service key of their own VK application; docs/vk-api.md): stored only in
 * `browser.storage.local` under its own item, never in the settings item, IndexedDB, exports, backups, snapshots or
 * logs; and the optional host permissions for VK's API hosts, asked for when the key is first saved and given back
 * when it is deleted. Without a key (or without the permission) nothing is ever sent to the API.
 * Storage and permissions only: the pages import it up front, the API code (lib/vkapi) loads when a key is there;
 * «Проверить ключ» is lib/ext/vk-api-check.ts.
 */
import { browser } from 'wxt/browser';
import { type KeyCheck, normaliseKey, VK_API_KEY_ITEM } from '../vkapi/key';
import { VK_API_ORIGINS } from '../vkapi/limits';

export async function loadVkApiKey(): Promise<string | null> {
  const got = await browser.storage.local.get(VK_API_KEY_ITEM);
  const value: unknown = got[VK_API_KEY_ITEM];
  return typeof value === 'string' && normaliseKey(value) === value ? value : null;
}

export async function saveVkApiKey(key: string): Promise<void> {
  await browser.storage.local.set({ [VK_API_KEY_ITEM]: key });
}

export async function deleteVkApiKey(): Promise<void> {
  await browser.storage.local.remove(VK_API_KEY_ITEM);
  await browser.permissions.remove({ origins: [...VK_API_ORIGINS] }).catch(() => false);
}

export function hasApiPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: [...VK_API_ORIGINS] }).catch(() => false);
}

/**
 * Asks the browser for the API hosts. Must be called right inside the click's handler, before anything is awaited
 * (Firefox grants a permission request only from a user action).
 */
export function requestApiPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: [...VK_API_ORIGINS] }).catch(() => false);
}

/** The key and the permission, both there: what the API mode needs; null means the page mode. */
export async function vkApiAccess(): Promise<{ key: string } | null> {
  const key = await loadVkApiKey();
  if (key === null) return null;
  return (await hasApiPermission()) ? { key } : null;
}

export { type KeyCheck, VK_API_KEY_ITEM };
