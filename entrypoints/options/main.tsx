import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SettingsForm } from '../../components/SettingsForm';
import { VkApiKeySettings } from '../../components/VkApiKeySettings';
import { loadSettings, type Settings } from '../../lib/ext/settings';
import { saveSettings } from '../../lib/ext/settings-write';
import { checkVkApiKey } from '../../lib/ext/vk-api-check';
import { deleteVkApiKey, loadVkApiKey, requestApiPermission, saveVkApiKey } from '../../lib/ext/vk-api-key';
import { createT, pickLocale } from '../../lib/i18n/index';
import { reminderSettingsDicts } from '../../lib/i18n/reminder-settings';
import type { ReminderSettings } from '../../lib/planning/reminder-settings';

const locale = pickLocale(navigator.language);

/**
 * The reminder options (below the rules, at #reminders): their form and storage load after the settings are on
 * screen, so the page's first load carries neither.
 */
const reminderForm = () => import('../../components/planning/ReminderSettings');
const reminderStore = () => import('../../lib/ext/reminder-settings');
type ReminderForm = Awaited<ReturnType<typeof reminderForm>>['ReminderSettingsForm'];

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
  const [reminders, setReminders] = useState<ReminderSettings | null>(null);
  const [Form, setForm] = useState<{ C: ReminderForm } | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [remindersSaved, setRemindersSaved] = useState(false);
  const saving = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    loadSettings().then(setSettings);
    reminderStore()
      .then((m) => m.loadReminderSettings())
      .then(setReminders);
    reminderForm().then((m) => setForm({ C: m.ReminderSettingsForm }));
    groupNames().then(setNames);
  }, []);
  if (!settings) return null;
  const t = createT(reminderSettingsDicts, locale);
  return (
    <>
      <SettingsForm
        settings={settings}
        locale={locale}
        groupNames={names}
        onSave={async (s) => {
          setSettings(await saveSettings({ ...s, timeZoneConfirmed: true }));
        }}
      />
      {reminders && Form && (
        <div
          id="reminders"
          ref={(el) => {
            if (el && location.hash === '#reminders') el.scrollIntoView();
          }}
        >
          <Form.C
            value={reminders}
            locale={locale}
            onChange={async (next) => {
              // Shown at once (a controlled switch must not wait for the storage), saved in order: two quick
              // clicks both stay.
              setRemindersSaved(false);
              setReminders(next);
              const store = await reminderStore();
              saving.current = saving.current
                .then(() => store.saveReminderSettings(next))
                .then(
                  () => undefined,
                  () => undefined,
                );
              await saving.current;
              setRemindersSaved(true);
            }}
          />
          <p class="muted" aria-live="polite" data-testid="reminders-saved">
            {remindersSaved ? t('settings.saved') : ''}
          </p>
        </div>
      )}
      <VkApiKeySettings locale={locale} {...keyDeps} />
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
