/**
 * Planning help for the popup and the list page: this and next month with the evaluation weeks, today, the days
 * outside evaluation (29–31), public holidays and days off, the posts needed per remaining week, and a
 * «праздники впереди» notice before long holidays. Presentational: the plan is built from the props (pure).
 */
import { useMemo } from 'preact/hooks';
import { createT, formatMonth, type Locale, monthAfterDay } from '../../lib/i18n';
import { remindersDicts } from '../../lib/i18n/reminders';
import { type DayDate, isoDay } from '../../lib/planning/holidays';
import {
  buildPlan,
  type Plan,
  type PlanDay,
  type PlanMonth,
  type PlanOptions,
  type PlanWeek,
} from '../../lib/planning/plan';

export interface PlanningCalendarProps extends PlanOptions {
  locale: Locale;
  /** Show only the current month's grid (the popup); the list page shows both. */
  compact?: boolean;
}

const WEEK_COLORS = ['#e3f2fd', '#e8f5e9', '#fff8e1', '#f3e5f5'];

function range(first: number, last: number, month: number, locale: Locale): string {
  return `${first}–${last} ${monthAfterDay(month, locale)}`;
}

function dayRange(a: DayDate, b: DayDate, locale: Locale): string {
  if (a.month === b.month && a.year === b.year) return range(a.day, b.day, b.month, locale);
  return `${a.day} ${monthAfterDay(a.month, locale)} – ${b.day} ${monthAfterDay(b.month, locale)}`;
}

function MonthGrid({ month, locale }: { month: PlanMonth; locale: Locale }) {
  const t = createT(remindersDicts, locale);
  const weekdays = t('cal.weekdays').split(',');
  // Monday-first grid: blanks before day 1, then rows of 7.
  const firstWeekday = (new Date(Date.UTC(month.year, month.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (PlanDay | null)[] = [...Array.from({ length: firstWeekday }, () => null), ...month.days];
  const rows: (PlanDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  return (
    <div class="plan-month" data-testid={`plan-month-${month.year}-${month.month}`}>
      <table style={{ borderCollapse: 'separate', borderSpacing: '2px', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, margin: '6px 0 2px' }}>
          {formatMonth(month.year, month.month, locale)}
        </caption>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w} scope="col" style={{ fontSize: '11px', fontWeight: 400, color: 'var(--muted, #59636e)' }}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.find((d) => d)?.iso ?? 'blank'}>
              {row.map((d, i) => (d ? <DayCell key={d.iso} d={d} locale={locale} /> : <td key={`blank-${i}`} />))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DayCell({ d, locale }: { d: PlanDay; locale: Locale }) {
  const t = createT(remindersDicts, locale);
  const notes: string[] = [];
  if (d.today) notes.push(t('cal.today'));
  if (d.holiday) notes.push(t(`holiday.${d.holiday}`));
  else if (d.dayOff) notes.push(t('cal.dayOff'));
  if (d.week === null) notes.push(t('cal.outside'));
  const classes = ['plan-day'];
  if (d.today) classes.push('today');
  if (d.week === null) classes.push('outside');
  if (d.dayOff) classes.push('day-off');
  if (d.holiday) classes.push('holiday');
  if (d.past) classes.push('past');
  return (
    <td
      class={classes.join(' ')}
      data-testid={`day-${d.iso}`}
      data-week={d.week ?? 'outside'}
      title={notes.join(', ') || undefined}
      aria-label={`${d.date.day}${notes.length ? `, ${notes.join(', ')}` : ''}`}
      aria-current={d.today ? 'date' : undefined}
      style={{
        textAlign: 'center',
        padding: '2px 0',
        borderRadius: '3px',
        fontSize: '12px',
        background:
          d.week === null
            ? 'repeating-linear-gradient(45deg,#eee,#eee 3px,#fff 3px,#fff 6px)'
            : WEEK_COLORS[d.week - 1],
        color: d.holiday || d.dayOff ? 'var(--fail, #c62828)' : undefined,
        fontWeight: d.today ? 700 : undefined,
        outline: d.today ? '2px solid var(--accent, #0b57d0)' : undefined,
        opacity: d.past && !d.today ? 0.55 : 1,
      }}
    >
      {d.date.day}
    </td>
  );
}

function WeekLine({ w, locale }: { w: PlanWeek; locale: Locale }) {
  const t = createT(remindersDicts, locale);
  const parts: string[] = [t('cal.week', { week: w.week, range: range(w.firstDay, w.lastDay, w.month, locale) })];
  if (w.state === 'ended') parts.push(t('cal.weekEnded'));
  if (w.state === 'current') parts.push(t('cal.weekCurrent'));
  if (w.posts !== null) parts.push(t('cal.posts', { posts: w.posts, required: w.required }));
  if (w.needed !== null) parts.push(t('cal.needed', { needed: w.needed }));
  return (
    <li data-testid={`week-${w.year}-${w.month}-${w.week}`} class={`plan-week ${w.state}`}>
      {parts.join(' · ')}
    </li>
  );
}

function HolidayNotices({ plan, locale }: { plan: Plan; locale: Locale }) {
  const t = createT(remindersDicts, locale);
  if (plan.holidaysAhead.length === 0) return null;
  return (
    <section
      class="plan-holidays"
      data-testid="holidays-ahead"
      role="note"
      style={{
        border: '1px solid #f0c36d',
        background: '#fff8e1',
        borderRadius: '4px',
        padding: '6px 8px',
        margin: '6px 0',
      }}
    >
      <strong>{t('cal.holidaysAhead')}</strong>
      {plan.holidaysAhead.map((n) => (
        <div key={isoDay(n.run.start)} style={{ marginTop: '4px' }}>
          <div>
            {t('cal.holidayRun', { range: dayRange(n.run.start, n.run.end, locale), days: n.run.days })}
            {' — '}
            {n.inProgress ? t('cal.holidayInProgress') : t('cal.holidayStartsIn', { days: n.startsInDays })}
            {n.run.holidays.length ? ` (${n.run.holidays.map((h) => t(`holiday.${h}`)).join(', ')})` : ''}
          </div>
          <ul style={{ margin: '2px 0 0', paddingLeft: '18px' }}>
            {n.weeks.map((w) => {
              const r = range(w.firstDay, w.lastDay, w.month, locale);
              const daysLeft =
                w.year === plan.today.year && w.month === plan.today.month
                  ? w.lastDay - Math.max(w.firstDay, plan.today.day) + 1
                  : 7;
              return (
                <li key={`${w.year}-${w.month}-${w.week}`} data-testid={`schedule-${w.year}-${w.month}-${w.week}`}>
                  {w.needed === 0
                    ? t('cal.scheduleDone', { range: r })
                    : t('cal.schedule', { range: r, posts: w.toSchedule, daysOff: w.daysOffInRun, daysLeft })}
                </li>
              );
            })}
            {n.outsideDays > 0 ? <li>{t('cal.outsideDays', { days: n.outsideDays })}</li> : null}
          </ul>
          {n.run.basis === 'statutory' ? (
            <div style={{ fontSize: '11px', color: 'var(--muted, #59636e)' }}>
              {t('cal.statutoryOnly', { year: n.run.end.year })}
            </div>
          ) : null}
        </div>
      ))}
      <div style={{ fontSize: '11px', marginTop: '4px' }}>{t('cal.scheduleAdvice')}</div>
    </section>
  );
}

export function PlanningCalendar(props: PlanningCalendarProps) {
  const { locale, compact, ...options } = props;
  const t = createT(remindersDicts, locale);
  const plan = useMemo(
    () => buildPlan(options),
    // The plan depends on these values only.
    [
      options.now.getTime(),
      options.timeZone,
      options.audit,
      options.requiredPerWeek,
      options.horizonDays,
      options.minRunDays,
      options.holidayData,
    ],
  );
  const months = compact ? plan.months.slice(0, 1) : plan.months;
  const statutoryYears = [...new Set(plan.months.filter((m) => m.holidayBasis === 'statutory').map((m) => m.year))];
  return (
    <section class="planning-calendar" data-testid="planning-calendar" aria-label={t('cal.title')}>
      <h2>{t('cal.title')}</h2>
      <HolidayNotices plan={plan} locale={locale} />
      {plan.holidayDataMissing ? (
        <p class="plan-no-data" data-testid="holiday-data-missing" role="note">
          {t('cal.noHolidayData', { year: plan.holidayDataMissing.year })}
        </p>
      ) : null}
      <div style={{ display: 'flex', gap: '12px', flexWrap: 'wrap' }}>
        {months.map((m) => (
          <div key={`${m.year}-${m.month}`} style={{ flex: '1 1 180px' }}>
            <MonthGrid month={m} locale={locale} />
          </div>
        ))}
      </div>
      <p style={{ fontSize: '11px', color: 'var(--muted, #59636e)', margin: '4px 0' }}>
        {t('cal.outside')}: {t('cal.outsideHint')}. {t('cal.holidaysHint')}
      </p>
      <h3 style={{ fontSize: '13px', margin: '6px 0 2px' }}>{t('cal.remaining')}</h3>
      <ul data-testid="remaining-weeks" style={{ margin: 0, paddingLeft: '18px' }}>
        {plan.remaining.slice(0, compact ? 4 : 8).map((w) => (
          <WeekLine key={`${w.year}-${w.month}-${w.week}`} w={w} locale={locale} />
        ))}
      </ul>
      {statutoryYears.map((year) => (
        <p key={`s-${year}`} data-testid="statutory-only" style={{ fontSize: '11px', color: 'var(--muted, #59636e)' }}>
          {t('cal.statutoryOnly', { year })}
        </p>
      ))}
      {plan.months[0]?.holidaySource ? (
        <p style={{ fontSize: '11px', color: 'var(--muted, #59636e)' }}>
          {t('cal.source', { source: plan.months[0].holidaySource })}
        </p>
      ) : null}
    </section>
  );
}
