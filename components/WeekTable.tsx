/**
 * The evaluation weeks of this month and last month: posts against the norm and the status of each week; for the
 * running week, the posts still needed and the deadline, scheduled posts shown apart; days 29–31 marked as outside.
 */
import { Fragment } from 'preact';
import type { Audit, AuditWeek } from '../lib/audit/types';
import { formatDay, formatDeadlineUntil, formatMonth, monthAfterDay } from '../lib/i18n/index';
import { useI18n } from './i18n';

export interface WeekTableProps {
  current: Audit;
  /** The audit of the previous month (its last instant as `now`); null when not computed. */
  previous: Audit | null;
  /** The browser's own zone: deadlines name the rule zone when it differs. */
  browserTimeZone: string;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function weekKey(w: AuditWeek): 'pass' | 'fail' | 'pending' | 'upcoming' | 'unknown' {
  if (w.status === 'pending' && !w.current) return 'upcoming';
  return w.status;
}

function MonthWeeks({
  audit,
  title,
  browserTimeZone,
  current,
}: {
  audit: Audit;
  title: string;
  browserTimeZone: string;
  current: boolean;
}) {
  const { t, locale } = useI18n();
  const { year, month, weeks } = audit.month;
  const monthName = monthAfterDay(month, locale);
  const last = daysInMonth(year, month);
  const forecast = audit.forecast;
  const zoneNote = audit.timeZone !== browserTimeZone ? ` (${t('tz.named', { zone: audit.timeZone })})` : '';
  const verdict = weeks.some((w) => w.status === 'fail')
    ? 'fail'
    : weeks.length > 0 && weeks.every((w) => w.status === 'pass')
      ? 'pass'
      : null;
  return (
    <div class="month" data-testid={`month-${year}-${String(month).padStart(2, '0')}`}>
      <h3>
        {title}
        {verdict && (
          <span class={`badge badge--${verdict}`} data-testid="month-verdict" data-status={verdict}>
            {t(verdict === 'pass' ? 'weeks.monthPassed' : 'weeks.monthFailed')}
          </span>
        )}
      </h3>
      <table class="weeks">
        <tbody>
          {weeks.map((w) => {
            const from = (w.week - 1) * 7 + 1;
            const key = weekKey(w);
            const isForecast = forecast !== null && forecast.week === w.week && w.current;
            return (
              <Fragment key={w.week}>
                <tr class={`week week--${key}`} data-testid={`week-${w.week}`} data-status={w.status}>
                  <th scope="row">
                    {t('weeks.label', { week: w.week })}
                    <span class="muted"> {t('weeks.range', { from, to: from + 6, month: monthName })}</span>
                  </th>
                  <td class="week__count" data-testid="week-count" data-posts={w.posts} data-required={w.required}>
                    {t('weeks.count', {
                      posts: w.status === 'unknown' && !w.postsComplete ? `≥ ${w.posts}` : w.posts,
                      required: w.required,
                    })}
                  </td>
                  <td class="week__status">
                    {t(`weekStatus.${key}`)}
                    {!isForecast && w.scheduled > 0 && (
                      <span class="scheduled"> · {t('weeks.scheduled', { count: w.scheduled })}</span>
                    )}
                  </td>
                </tr>
                {isForecast && (
                  <tr class="week__forecast-row">
                    <td class="week__forecast" data-testid="forecast" colSpan={3}>
                      {forecast.stillNeeded > 0 ? (
                        <strong>
                          {t('weeks.left', {
                            n: forecast.stillNeeded,
                            deadline:
                              formatDeadlineUntil(new Date(forecast.deadline), audit.timeZone, locale) + zoneNote,
                          })}
                        </strong>
                      ) : (
                        <span>
                          {t(forecast.stillNeededWithoutScheduled > 0 ? 'weeks.metWithScheduled' : 'weeks.met')}
                        </span>
                      )}
                      {forecast.scheduled > 0 && (
                        <span class="scheduled" data-testid="scheduled">
                          {' · '}
                          {t('weeks.scheduled', { count: forecast.scheduled })}
                          {forecast.stillNeededWithoutScheduled > forecast.stillNeeded &&
                            ` (${t('weeks.leftWithoutScheduled', { count: forecast.stillNeededWithoutScheduled })})`}
                        </span>
                      )}
                      {!forecast.postsComplete && <span class="muted"> · {t('weeks.incomplete')}</span>}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
          {last > 28 && (
            <tr class="week week--outside" data-testid="outside-days">
              <td colSpan={3} class="muted">
                {t('weeks.outside', { days: `${29}–${last} ${monthName}` })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {current && audit.outsideEvaluation && audit.nextWeekStart && (
        <p class="muted" data-testid="outside-now">
          {t('weeks.outsideNow', { date: formatDay(new Date(audit.nextWeekStart), audit.timeZone, locale) })}
        </p>
      )}
    </div>
  );
}

/** The running week in one line, for the top of the popup: «Неделя 4: 1 из 3 — осталось 2 поста до …». */
export function ThisWeek({ audit, browserTimeZone }: { audit: Audit; browserTimeZone: string }) {
  const { t, locale } = useI18n();
  const f = audit.forecast;
  if (!f) return null;
  const zoneNote = audit.timeZone !== browserTimeZone ? ` (${t('tz.named', { zone: audit.timeZone })})` : '';
  const met = f.stillNeeded === 0;
  return (
    <p
      class={`this-week this-week--${met ? 'met' : 'needed'}`}
      data-testid="this-week"
      data-still-needed={f.stillNeeded}
    >
      <strong>{t('weeks.label', { week: f.week })}:</strong>{' '}
      {t('weeks.count', { posts: f.posts, required: f.required })}
      {' — '}
      {met
        ? t(f.stillNeededWithoutScheduled > 0 ? 'weeks.metWithScheduled' : 'weeks.met')
        : t('weeks.left', {
            n: f.stillNeeded,
            deadline: formatDeadlineUntil(new Date(f.deadline), audit.timeZone, locale) + zoneNote,
          })}
      {f.scheduled > 0 && ` · ${t('weeks.scheduled', { count: f.scheduled })}`}
    </p>
  );
}

export function WeekTable({ current, previous, browserTimeZone }: WeekTableProps) {
  const { t, locale } = useI18n();
  return (
    <section class="card" aria-labelledby="weeks-title" data-testid="weeks">
      <h2 id="weeks-title">{t('weeks.title')}</h2>
      <MonthWeeks
        audit={current}
        current
        browserTimeZone={browserTimeZone}
        title={t('weeks.current', { month: formatMonth(current.month.year, current.month.month, locale) })}
      />
      {previous && (
        <MonthWeeks
          audit={previous}
          current={false}
          browserTimeZone={browserTimeZone}
          title={t('weeks.previous', { month: formatMonth(previous.month.year, previous.month.month, locale) })}
        />
      )}
    </section>
  );
}
