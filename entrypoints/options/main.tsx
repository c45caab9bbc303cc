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

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <>
      <SettingsForm
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
