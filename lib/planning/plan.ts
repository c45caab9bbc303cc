/**
 * Planning help: the calendar of this and next month with the evaluation weeks, today's position, the posts still
 * needed per remaining week, and a «праздники впереди» notice before long public holidays.
 * Pure: `now` and the IANA zone come in as arguments; the evaluation weeks come from lib/calendar.ts.
 */
import { monthOf, WEEK_NUMBERS, weekOfDay, weekRange, zonedParts } from '../calendar';
import type { WeekNumber, WeekStatus } from '../types';
import {
  addDays,
  compareDays,
  type DayDate,
  dayInfo,
  HOLIDAY_YEARS,
  type HolidayBasis,
  type HolidayId,
  type HolidayRun,
  type HolidayYear,
  holidayRuns,
  holidayYear,
  isoDay,
  weekdayOf,
} from './holidays';

/** The part of an engine `Audit` the plan reads (structural: a real `Audit` fits). */
export interface AuditWeekLike {
  week: WeekNumber;
  posts: number;
  required: number;
  status: WeekStatus;
  /** Scheduled (postponed) posts in this week, when the reader could see them. */
  scheduled?: number | null;
}
export interface AuditLike {
  month: { year: number; month: number; weeks: readonly AuditWeekLike[] };
}

export interface PlanDay {
  date: DayDate;
  iso: string;
  /** Evaluation week of the day, null on days 29–31. */
  week: WeekNumber | null;
  today: boolean;
  past: boolean;
  /** Production calendar: null when the year is not in the data. */
  dayOff: boolean | null;
  holiday: HolidayId | null;
  transferred: boolean;
  weekend: boolean;
}

export type PlanWeekState = 'ended' | 'current' | 'upcoming';

export interface PlanWeek {
  year: number;
  month: number;
  week: WeekNumber;
  firstDay: number;
  lastDay: number;
  /** ISO instants of the week's first and last moments in the zone. */
  start: string;
  deadline: string;
  state: PlanWeekState;
  /** Published posts counted by the audit; null when there is no audit for that month. */
  posts: number | null;
  scheduled: number | null;
  required: number;
  /** Posts still to publish or schedule (0 when met); null for ended weeks. */
  needed: number | null;
  status: WeekStatus | null;
}

export interface PlanMonth {
  year: number;
  month: number;
  days: PlanDay[];
  weeks: PlanWeek[];
  /** The production-calendar basis of this month, or null when the data has no such year. */
  holidayBasis: HolidayBasis | null;
  holidaySource: string | null;
}

export interface HolidayNoticeWeek {
  year: number;
  month: number;
  week: WeekNumber;
  firstDay: number;
  lastDay: number;
  /** Days of this evaluation week that fall inside the run. */
  daysOffInRun: number;
  /** Posts the week still needs. */
  needed: number;
  /** Posts to schedule for the days off: all the week needs when every day is off, else a share by days. */
  toSchedule: number;
}

export interface HolidayNotice {
  run: HolidayRun;
  inProgress: boolean;
  /** Whole days from today to the run's first day (0 when in progress). */
  startsInDays: number;
  weeks: HolidayNoticeWeek[];
  /** Days of the run outside evaluation (29–31): posts there count for nothing. */
  outsideDays: number;
}

export interface Plan {
  today: DayDate;
  /** The evaluation week containing now, null on days 29–31. */
  todayWeek: WeekNumber | null;
  timeZone: string;
  months: PlanMonth[];
  /** Posts needed per remaining (current and upcoming) week of both months. */
  remaining: PlanWeek[];
  holidaysAhead: HolidayNotice[];
  /** Set when the horizon reaches past the holiday data: the product says so instead of guessing. */
  holidayDataMissing: { year: number } | null;
}

export interface PlanOptions {
  now: Date;
  timeZone: string;
  /** The audit of the month containing `now` (ignored when it is for another month). */
  audit?: AuditLike | null;
  /** Posts a week needs (rules: requiredPostsPerWeek). Default 3. */
  requiredPerWeek?: number;
  /** How far ahead to look for long holidays, in days. Default 21. */
  horizonDays?: number;
  /** Minimum consecutive days off that make a notice. Default 3. */
  minRunDays?: number;
  holidayData?: readonly HolidayYear[];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function nextMonth(year: number, month: number): { year: number; month: number } {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

function buildWeeks(
  year: number,
  month: number,
  now: Date,
  timeZone: string,
  required: number,
  audit: AuditLike | null,
): PlanWeek[] {
  const auditHere = audit && audit.month.year === year && audit.month.month === month ? audit : null;
  return WEEK_NUMBERS.map((week): PlanWeek => {
    const range = weekRange(year, month, week, timeZone);
    const t = now.getTime();
    const state: PlanWeekState =
      range.end.getTime() < t ? 'ended' : range.start.getTime() <= t ? 'current' : 'upcoming';
    const a = auditHere?.month.weeks.find((w) => w.week === week) ?? null;
    const req = a?.required ?? required;
    const posts = a ? a.posts : null;
    const scheduled = a?.scheduled ?? null;
    const needed = state === 'ended' ? null : Math.max(0, req - (posts ?? 0) - (scheduled ?? 0));
    return {
      year,
      month,
      week,
      firstDay: (week - 1) * 7 + 1,
      lastDay: week * 7,
      start: range.start.toISOString(),
      deadline: range.end.toISOString(),
      state,
      posts,
      scheduled,
      required: req,
      needed,
      status: a ? a.status : null,
    };
  });
}

/** The plan for the month containing `now` and the next one. */
export function buildPlan(options: PlanOptions): Plan {
  const { now, timeZone } = options;
  const data = options.holidayData ?? HOLIDAY_YEARS;
  const required = options.requiredPerWeek ?? 3;
  const horizon = options.horizonDays ?? 21;
  const minRun = options.minRunDays ?? 3;
  const audit = options.audit ?? null;
  const p = zonedParts(now, timeZone);
  const today: DayDate = { year: p.year, month: p.month, day: p.day };

  const first = monthOf(now, timeZone);
  const second = nextMonth(first.year, first.month);
  const months = [first, second].map(({ year, month }): PlanMonth => {
    const days: PlanDay[] = [];
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const date = { year, month, day };
      const info = dayInfo(date, data);
      const cmp = compareDays(date, today);
      days.push({
        date,
        iso: isoDay(date),
        week: weekOfDay(day),
        today: cmp === 0,
        past: cmp < 0,
        dayOff: info.known ? info.dayOff : null,
        holiday: info.known ? info.holiday : null,
        transferred: info.known ? info.transferred !== null : false,
        weekend: info.known ? info.weekend : [0, 6].includes(weekdayOf(date)),
      });
    }
    const y = holidayYear(year, data);
    return {
      year,
      month,
      days,
      weeks: buildWeeks(year, month, now, timeZone, required, audit),
      holidayBasis: y?.basis ?? null,
      holidaySource: y?.source ?? null,
    };
  });

  const allWeeks = months.flatMap((m) => m.weeks);
  const remaining = allWeeks.filter((w) => w.state !== 'ended');
  const neededFor = (year: number, month: number, week: WeekNumber): number => {
    const w = allWeeks.find((x) => x.year === year && x.month === month && x.week === week);
    return w?.needed ?? required;
  };

  const runs = holidayRuns(today, addDays(today, horizon), minRun, data);
  const holidaysAhead = runs.runs.map((run): HolidayNotice => {
    const weeks: HolidayNoticeWeek[] = [];
    let outsideDays = 0;
    for (let d = run.start; compareDays(d, run.end) <= 0; d = addDays(d, 1)) {
      if (compareDays(d, today) < 0) continue;
      const week = weekOfDay(d.day);
      if (week === null) {
        outsideDays++;
        continue;
      }
      const existing = weeks.find((w) => w.year === d.year && w.month === d.month && w.week === week);
      if (existing) existing.daysOffInRun++;
      else {
        weeks.push({
          year: d.year,
          month: d.month,
          week,
          firstDay: (week - 1) * 7 + 1,
          lastDay: week * 7,
          daysOffInRun: 1,
          needed: neededFor(d.year, d.month, week),
          toSchedule: 0,
        });
      }
    }
    for (const w of weeks) {
      // Days of the week still ahead (today included) — the days the posts can go to.
      const firstAhead =
        w.year === today.year && w.month === today.month ? Math.max(w.firstDay, today.day) : w.firstDay;
      const daysAhead = w.lastDay - firstAhead + 1;
      w.toSchedule = w.daysOffInRun >= daysAhead ? w.needed : Math.ceil((w.needed * w.daysOffInRun) / daysAhead);
    }
    const inProgress = compareDays(run.start, today) <= 0;
    const startsInDays = inProgress ? 0 : Math.round(compareDays(run.start, today) / 86_400_000);
    return { run, inProgress, startsInDays, weeks, outsideDays };
  });

  return {
    today,
    todayWeek: weekOfDay(today.day),
    timeZone,
    months,
    remaining,
    holidaysAhead,
    holidayDataMissing: runs.known
      ? ((m) => (m ? { year: m.year } : null))(months.find((m) => m.holidayBasis === null))
      : { year: runs.missingYear },
  };
}
