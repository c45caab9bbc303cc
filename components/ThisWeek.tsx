/** The running week in one line, for the popup's first screen, and the deadline in words. */
import type { Audit } from '../lib/audit/types';
import { formatDay, formatDeadlineUntil, formatTime, type Locale, zonedParts } from '../lib/i18n/index';
import type { PopupKey } from '../lib/i18n/popup';
import { zoneAfterBy } from '../lib/i18n/time-zones';
import { isExcluded, weekStates } from '../lib/i18n/vocabulary';
import { useI18n } from './i18n';

const DAY_MS = 86_400_000;

/**
 * After «до»: «23:59 сегодня», «завтра, 7 декабря, 23:59», else «понедельника, 7 декабря, 23:59», with the rule
 * zone named («по времени Екатеринбурга (UTC+5)») when the browser's zone differs.
 */
export function deadlineText(
  deadline: Date,
  audit: Pick<Audit, 'now' | 'timeZone'>,
  browserTimeZone: string,
  locale: Locale,
  t: (key: PopupKey, params?: Record<string, string | number>) => string,
): string {
  const zone = audit.timeZone;
  const day = (d: Date) => {
    const p = zonedParts(d, zone);
    return Date.UTC(p.year, p.month - 1, p.day);
  };
  const days = Math.round((day(deadline) - day(new Date(audit.now))) / DAY_MS);
  const time = formatTime(deadline, zone);
  const text =
    days === 0
      ? t('deadline.today', { time })
      : days === 1
        ? t('deadline.tomorrow', { day: formatDay(deadline, zone, locale), time })
        : formatDeadlineUntil(deadline, zone, locale);
  const note = zone !== browserTimeZone ? ` (${t('tz.named', { zone: zoneAfterBy(zone, deadline, locale) })})` : '';
  return text + note;
}

/**
 * The running week in one line, for the first screen: «Неделя 4: 1 из 3 — осталось 2 поста до завтра, 28 ноября,
 * 23:59»; for a #Н/Д group that the week does not count; on days 29–31 when week 1 starts. Always of this month
 * (`audit` is the current month's), whichever month is in view.
 */
export function ThisWeek({ audit, browserTimeZone }: { audit: Audit; browserTimeZone: string }) {
  const { t, locale } = useI18n();
  const f = audit.forecast;
  if (!f) {
    if (!audit.outsideEvaluation || !audit.nextWeekStart) return null;
    return (
      <p class="this-week tone-neutral" data-testid="this-week" data-state="outside">
        {t('weeks.outsideNow', { date: formatDay(new Date(audit.nextWeekStart), audit.timeZone, locale) })}
      </p>
    );
  }
  const week = audit.month.weeks.find((w) => w.week === f.week);
  const excluded = isExcluded(audit);
  const state = week ? (weekStates([week], excluded)[0] ?? 'running') : 'running';
  const met = f.stillNeeded === 0;
  return (
    <p
      class={`this-week tone-${excluded ? 'fail' : met ? 'pass' : 'warn'}`}
      data-testid="this-week"
      data-still-needed={f.stillNeeded}
      data-state={state}
    >
      <strong>{t('weeks.label', { week: f.week })}:</strong>{' '}
      {t('weeks.count', { posts: f.posts, required: f.required })}
      {' — '}
      {excluded
        ? t('weeks.excluded')
        : met
          ? t(f.stillNeededWithoutScheduled > 0 ? 'weeks.metWithScheduled' : 'weeks.met')
          : t('weeks.left', {
              n: f.stillNeeded,
              deadline: deadlineText(new Date(f.deadline), audit, browserTimeZone, locale, t),
            })}
      {f.scheduled > 0 && ` · ${t('weeks.scheduled', { count: f.scheduled })}`}
    </p>
  );
}
