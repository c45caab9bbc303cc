/**
 * The evaluation weeks of this month and last month (the month in view first): posts against the norm and each
 * week's state in the one vocabulary (lib/i18n/vocabulary.ts); for the running week, the posts still needed and the
 * deadline, scheduled posts shown apart; days 29–31 marked as outside. (The running week in one line for the first
 * screen is components/ThisWeek.tsx.)
 */
import { Fragment } from 'preact';
import type { Audit } from '../lib/audit/types';
import type { MonthView } from '../lib/calendar';
import { formatDay, formatMonth, monthAfterDay } from '../lib/i18n/index';
import { checkTone, checkWord, isExcluded, monthState, weekStates, weekTone, weekWord } from '../lib/i18n/vocabulary';
import { useDetailsT } from './details-i18n';
import { useI18n } from './i18n';
import { deadlineText } from './ThisWeek';

export interface WeekTableProps {
  current: Audit;
  /** The audit of the previous month (its last instant as `now`); null when not computed. */
  previous: Audit | null;
  /** The browser's own zone: deadlines name the rule zone when it differs. */
  browserTimeZone: string;
  /** The month in view, shown first (default: this month). */
  view?: MonthView;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

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
  const dt = useDetailsT();
  const { year, month, weeks } = audit.month;
  const monthName = monthAfterDay(month, locale);
  const last = daysInMonth(year, month);
  const forecast = audit.forecast;
  const excluded = isExcluded(audit);
  const states = weekStates(weeks, excluded);
  const verdict = monthState(audit);
  return (
    <div class="month" data-testid={`month-${year}-${String(month).padStart(2, '0')}`}>
      <h3>
        {title}
        <span class={`badge tone-${checkTone(verdict)}`} data-testid="month-verdict" data-status={verdict}>
          {checkWord('frequency', verdict, locale)}
        </span>
      </h3>
      <table class="weeks">
        <tbody>
          {weeks.map((w, i) => {
            const from = (w.week - 1) * 7 + 1;
            const state = states[i] ?? 'unknown';
            const isForecast = forecast !== null && forecast.week === w.week && w.current;
            return (
              <Fragment key={w.week}>
                <tr
                  class={`week week--${state} tone-${weekTone(state)}`}
                  data-testid={`week-${w.week}`}
                  data-status={w.status}
                  data-state={state}
                >
                  <th scope="row">
                    {t('weeks.label', { week: w.week })}
                    <span class="muted"> {dt('weeks.range', { from, to: from + 6, month: monthName })}</span>
                  </th>
                  <td class="week__count" data-testid="week-count" data-posts={w.posts} data-required={w.required}>
                    {t('weeks.count', {
                      posts: w.status === 'unknown' && !w.postsComplete ? `≥ ${w.posts}` : w.posts,
                      required: w.required,
                    })}
                  </td>
                  <td class="week__status">
                    {weekWord(state, locale)}
                    {!isForecast && w.scheduled > 0 && (
                      <span class="scheduled"> · {t('weeks.scheduled', { count: w.scheduled })}</span>
                    )}
                  </td>
                </tr>
                {isForecast && (
                  <tr class="week__forecast-row">
                    <td class="week__forecast" data-testid="forecast" colSpan={3}>
                      {excluded ? (
                        <strong>{t('weeks.excluded')}</strong>
                      ) : forecast.stillNeeded > 0 ? (
                        <strong>
                          {t('weeks.left', {
                            n: forecast.stillNeeded,
                            deadline: deadlineText(new Date(forecast.deadline), audit, browserTimeZone, locale, t),
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
                            ` (${dt('weeks.leftWithoutScheduled', { count: forecast.stillNeededWithoutScheduled })})`}
                        </span>
                      )}
                      {!forecast.postsComplete && <span class="muted"> · {dt('weeks.incomplete')}</span>}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
          {last > 28 && (
            <tr class="week week--outside" data-testid="outside-days">
              <td colSpan={3} class="muted">
                {dt('weeks.outside', { days: `${29}–${last} ${monthName}` })}
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

export function WeekTable({ current, previous, browserTimeZone, view = 'current' }: WeekTableProps) {
  const { locale } = useI18n();
  const dt = useDetailsT();
  const months = [
    <MonthWeeks
      key="current"
      audit={current}
      current
      browserTimeZone={browserTimeZone}
      title={dt('weeks.current', { month: formatMonth(current.month.year, current.month.month, locale) })}
    />,
    previous && (
      <MonthWeeks
        key="previous"
        audit={previous}
        current={false}
        browserTimeZone={browserTimeZone}
        title={dt('weeks.previous', { month: formatMonth(previous.month.year, previous.month.month, locale) })}
      />
    ),
  ];
  return (
    <section class="card" aria-labelledby="weeks-title" data-testid="weeks">
      <h2 id="weeks-title">{dt('weeks.title')}</h2>
      {view === 'previous' ? months.reverse() : months}
    </section>
  );
}
