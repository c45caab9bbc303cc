/**
 * The reminder settings for the options page: on/off, quiet hours and one switch per kind of reminder.
 * Presentational and controlled: the page loads and saves with loadReminderSettings/saveReminderSettings
 * (lib/ext/reminder-settings.ts).
 */
import { createT, type Locale } from '../../lib/i18n';
import { reminderSettingsDicts } from '../../lib/i18n/reminder-settings';
import { REMINDER_KINDS, type ReminderKind, type ReminderSettings } from '../../lib/planning/reminder-settings';

export interface ReminderSettingsProps {
  value: ReminderSettings;
  onChange: (next: ReminderSettings) => void;
  locale: Locale;
  disabled?: boolean;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function ReminderSettingsForm({ value, onChange, locale, disabled }: ReminderSettingsProps) {
  const t = createT(reminderSettingsDicts, locale);
  const off = disabled === true || !value.enabled;
  const setKind = (kind: ReminderKind, on: boolean) => onChange({ ...value, kinds: { ...value.kinds, [kind]: on } });
  const setQuiet = (patch: Partial<ReminderSettings['quietHours']>) =>
    onChange({ ...value, quietHours: { ...value.quietHours, ...patch } });
  return (
    <section class="reminder-settings" data-testid="reminder-settings">
      <h2>{t('settings.title')}</h2>
      <label>
        <input
          type="checkbox"
          checked={value.enabled}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, enabled: e.currentTarget.checked })}
        />{' '}
        {t('settings.enabled')}
      </label>
      <p style={{ fontSize: '12px', color: 'var(--muted, #59636e)' }}>{t('settings.howToTrack')}</p>
      <p style={{ fontSize: '12px', color: 'var(--muted, #59636e)' }}>{t('settings.schedule')}</p>
      <fieldset disabled={off}>
        <legend>{t('settings.kinds')}</legend>
        {REMINDER_KINDS.map((kind) => (
          <label key={kind} style={{ display: 'block' }}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={value.kinds[kind]}
              onChange={(e) => setKind(kind, e.currentTarget.checked)}
            />{' '}
            {t(`settings.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={off}>
        <legend>{t('settings.quiet')}</legend>
        <label style={{ display: 'block' }}>
          <input
            type="checkbox"
            name="quiet-enabled"
            checked={value.quietHours.enabled}
            onChange={(e) => setQuiet({ enabled: e.currentTarget.checked })}
          />{' '}
          {t('settings.quietEnabled')}
        </label>
        <label>
          {t('settings.quietFrom')}{' '}
          <input
            type="time"
            name="quiet-start"
            value={value.quietHours.start}
            disabled={!value.quietHours.enabled}
            onChange={(e) => HHMM.test(e.currentTarget.value) && setQuiet({ start: e.currentTarget.value })}
          />
        </label>{' '}
        <label>
          {t('settings.quietTo')}{' '}
          <input
            type="time"
            name="quiet-end"
            value={value.quietHours.end}
            disabled={!value.quietHours.enabled}
            onChange={(e) => HHMM.test(e.currentTarget.value) && setQuiet({ end: e.currentTarget.value })}
          />
        </label>
      </fieldset>
    </section>
  );
}
