import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '../../components/SettingsForm';
import { VkApiKeySettings } from '../../components/VkApiKeySettings';
import { loadSettings, type Settings } from '../../lib/ext/settings';
import { saveSettings } from '../../lib/ext/settings-write';
import { checkVkApiKey } from '../../lib/ext/vk-api-check';
import { deleteVkApiKey, loadVkApiKey, requestApiPermission, saveVkApiKey } from '../../lib/ext/vk-api-key';
import { pickLocale } from '../../lib/i18n/index';

const locale = pickLocale(navigator.language);

const keyDeps = {
  hasKey: async () => (await loadVkApiKey()) !== null,
  save: async (key: string) => {
    const allowed = requestApiPermission(); // first, inside the click
    if (!(await allowed)) return 'denied' as const;
    await saveVkApiKey(key);
    return 'saved' as const;
  },
  check: async () => {
    const key = await loadVkApiKey();
    return key === null ? 'invalid' : checkVkApiKey(key);
  },
  remove: deleteVkApiKey,
};

/** Group names by the settings' key (`vk:123`), from the group lists' history; {} when it cannot be read. */
async function groupNames(): Promise<Record<string, string>> {
  try {
    const { getGroups } = await import('../../lib/ext/history');
    const names: Record<string, string> = {};
    for (const g of await getGroups()) {
      if (!g.name) continue;
      names[g.key] = g.name;
      if (g.id) names[`${g.site}:${g.id}`] = g.name;
    }
    return names;
  } catch {
    return {};
  }
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    loadSettings().then(setSettings);
    groupNames().then(setNames);
  }, []);
  if (!settings) return null;
  return (
    <>
      <SettingsForm
        groupNames={names}
        settings={settings}
        locale={locale}
        onSave={async (s) => {
          setSettings(await saveSettings({ ...s, timeZoneConfirmed: true }));
        }}
      />
      <VkApiKeySettings locale={locale} {...keyDeps} />
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
