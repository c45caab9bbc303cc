import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '../../components/SettingsForm';
import { loadSettings, type Settings } from '../../lib/ext/settings';
import { saveSettings } from '../../lib/ext/settings-write';
import { pickLocale } from '../../lib/i18n/index';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <SettingsForm
      settings={settings}
      locale={pickLocale(navigator.language)}
      onSave={async (s) => {
        setSettings(await saveSettings({ ...s, timeZoneConfirmed: true }));
      }}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
