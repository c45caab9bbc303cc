/** First run: which time zone the region is in (prefilled from the browser); the weeks are counted in it. */
import { useState } from 'preact/hooks';
import { createT } from '../lib/i18n/index';
import { popupSecondaryDicts } from '../lib/i18n/popup-secondary';
import { useI18n } from './i18n';

export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Zones of Russia's regions, offered as suggestions. */
export const RUSSIAN_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
];

export function TimeZoneQuestion({ initial, onSave }: { initial: string; onSave: (zone: string) => void }) {
  const t = createT(popupSecondaryDicts, useI18n().locale);
  const [zone, setZone] = useState(initial);
  const valid = isTimeZone(zone);
  return (
    <form
      class="card tz"
      data-testid="tz-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave(zone);
      }}
    >
      <label>
        <strong>{t('tz.question')}</strong>
        <input
          list="gp-zones"
          value={zone}
          aria-invalid={!valid}
          data-testid="tz-input"
          onInput={(e) => setZone((e.currentTarget as HTMLInputElement).value.trim())}
        />
      </label>
      <datalist id="gp-zones">
        {RUSSIAN_ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <button type="submit" disabled={!valid}>
        {t('tz.save')}
      </button>
      <p class="muted">{valid ? t('tz.hint') : t('tz.invalid')}</p>
    </form>
  );
}
