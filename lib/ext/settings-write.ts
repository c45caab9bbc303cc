/**
 * Writing the settings: the versioned @wxt-dev/storage item (it runs SETTINGS_MIGRATIONS on the stored value when
 * loaded and stamps the version) and the save operations. Reading is lib/ext/settings.ts, which never loads this
 * module, so the background and the popup's first load carry no storage library; the popup imports this module
 * when the user saves something.
 */
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normaliseSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from './settings';

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Validates and stores the settings; answers the stored value. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const { settings: clean } = normaliseSettings(settings);
  await settingsItem.setValue(clean);
  return clean;
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Sets (or, with null, forgets) the audience size of one group. */
export async function setAudienceSize(key: string, size: number | null): Promise<Settings> {
  return updateSettings((s) => {
    const audienceSizes = { ...s.audienceSizes };
    if (size === null) delete audienceSizes[key];
    else audienceSizes[key] = size;
    return { ...s, audienceSizes };
  });
}
