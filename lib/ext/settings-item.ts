/**
 * The versioned storage item of the settings (@wxt-dev/storage): runs SETTINGS_MIGRATIONS and writes. Loaded by
 * lib/ext/settings.ts only to migrate an old value or to save, so that reading the settings (the popup's first
 * render) does not load the storage library.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings';

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
