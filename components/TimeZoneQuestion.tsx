/**
 * First run: which time zone the region is in, as one compact line — a list of Russia's zones by city, regions and
 * UTC offset (prefilled from the browser) and a confirm button. The weeks are counted in it.
 */
import { useState } from 'preact/hooks';
import { isValidTimeZone } from '../lib/calendar';
import { zoneOptions } from '../lib/i18n/time-zone-list';
import { useI18n } from './i18n';
import { useSecondaryT } from './secondary-i18n';

export function TimeZoneQuestion({
  initial,
  onSave,
  now = new Date(),
}: {
  initial: string;
  onSave: (zone: string) => void;
  now?: Date;
}) {
  const { locale } = useI18n();
  const t = useSecondaryT();
  const start = isValidTimeZone(initial) ? initial : 'Europe/Moscow';
  const [zone, setZone] = useState(start);
  return (
    <form
      class="tz"
      data-testid="tz-question"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(zone);
      }}
    >
      <label>
        <span>{t('tz.question')}</span>
        <select
          value={zone}
          data-testid="tz-input"
          title={t('tz.hint')}
          onChange={(e) => setZone((e.currentTarget as HTMLSelectElement).value)}
        >
          {zoneOptions(now, locale, [start]).map((o) => (
            <option key={o.zone} value={o.zone}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('tz.save')}</button>
    </form>
  );
}
