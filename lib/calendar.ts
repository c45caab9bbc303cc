/**
 * The evaluation calendar: weeks 1–7, 8–14, 15–21, 22–28 of a month in an IANA time zone; days 29–31 belong to
 * no week (methodology §1.3, §3.1). Pure: the zone and the instant always come in as arguments, zone arithmetic
 * uses Intl.DateTimeFormat only, so nothing depends on the machine's own zone or clock.
 */
import type { WeekNumber } from './types';

export const WEEK_NUMBERS: readonly WeekNumber[] = [1, 2, 3, 4];
/** Days of each evaluation week. */
export const DAYS_PER_WEEK = 7;
const DAY_MS = 86_400_000;

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

export interface EvaluationWeek {
  year: number;
  month: number;
  week: WeekNumber;
}

export interface InstantRange {
  start: Date;
  end: Date;
}

export interface MonthWeek extends InstantRange {
  week: WeekNumber;
  /** The whole week lies at or before `now`. */
  ended: boolean;
  /** `now` falls inside the week. */
  current: boolean;
}

export interface MonthWeeks {
  year: number;
  month: number;
  weeks: MonthWeek[];
  /** `now` is on day 29–31: no week is running. */
  outsideEvaluation: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone (IANA names such as 'Europe/Moscow', or 'UTC'). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const HOUR_MS = 3_600_000;
/** Instants where the UTC-getters shortcut is used (1900–2200): far from the Julian/Gregorian and era edges. */
const FAST_MIN = Date.UTC(1900, 0, 1);
const FAST_MAX = Date.UTC(2200, 0, 1);
const MAX_CACHED_HOURS = 50_000;
/** Per zone: the offset (wall minus UTC, ms) of each UTC hour, or null when the offset changes within that hour. */
const hourOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset throughout the UTC hour holding `t`, from two Intl calls per hour and zone and then memoised;
 * null when the offset at the hour's first and last millisecond differ (a transition inside the hour).
 */
function hourOffset(t: number, timeZone: string): number | null {
  let zone = hourOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    hourOffsets.set(timeZone, zone);
  }
  const hour = Math.floor(t / HOUR_MS);
  let offset = zone.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const end = start + HOUR_MS - 1;
    const a = wallMs(intlParts(new Date(start), timeZone)) - start;
    const b = wallMs(intlParts(new Date(end), timeZone)) - end;
    offset = a === b ? a : null;
    if (zone.size >= MAX_CACHED_HOURS) zone.clear();
    zone.set(hour, offset);
  }
  return offset;
}

/**
 * The wall clock of `instant` in `timeZone`. Throws RangeError for an unknown zone. Between 1900 and 2200 the
 * zone's offset for the hour is memoised and the wall clock read with UTC getters (the same figures as Intl's,
 * without one formatToParts per call).
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('Invalid date');
  if (t >= FAST_MIN && t < FAST_MAX) {
    formatterFor(timeZone); // RangeError for an unknown zone, as below
    const offset = hourOffset(t, timeZone);
    if (offset !== null) {
      const d = new Date(t + offset);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds(),
      };
    }
  }
  return intlParts(instant, timeZone);
}

function intlParts(instant: Date, timeZone: string): ZonedParts {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('Invalid date');
  const values: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) values[part.type] = part.value;
  let year = Number(values.year);
  if (values.era === 'BC' || values.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour) % 24,
    minute: Number(values.minute),
    second: Number(values.second),
    millisecond: ((t % 1000) + 1000) % 1000,
  };
}

function wallMs(p: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour ?? 0, p.minute ?? 0, p.second ?? 0, p.millisecond ?? 0);
  return d.getTime();
}

/** Offset of the zone at `t` in ms (wall clock minus UTC). */
function offsetAt(t: number, timeZone: string): number {
  return wallMs(zonedParts(new Date(t), timeZone)) - t;
}

/**
 * The instant at which the wall clock in `timeZone` shows `wall`. An ambiguous time (clocks set back) gives the
 * earlier instant; a time in a gap (clocks set forward) moves forward by the gap, as Temporal's 'compatible'.
 */
export function zonedTimeToInstant(wall: WallTime, timeZone: string): Date {
  const w = wallMs(wall);
  const before = offsetAt(w - DAY_MS, timeZone);
  const after = offsetAt(w + DAY_MS, timeZone);
  const candidates = [w - before, w - after].filter((t) => offsetAt(t, timeZone) + t === w).sort((a, b) => a - b);
  const first = candidates[0];
  return new Date(first ?? w - before);
}

/** 1–4 for days 1–28, null for days 29–31. */
export function weekOfDay(day: number): WeekNumber | null {
  if (day < 1 || day > 28) return null;
  return WEEK_NUMBERS[Math.floor((day - 1) / DAYS_PER_WEEK)] ?? null;
}

/** The evaluation week containing `instant` in `timeZone`, or null on days 29–31. */
export function evaluationWeekOf(instant: Date, timeZone: string): EvaluationWeek | null {
  const p = zonedParts(instant, timeZone);
  const week = weekOfDay(p.day);
  return week === null ? null : { year: p.year, month: p.month, week };
}

/** The year and month (1–12) containing `instant` in `timeZone`. */
export function monthOf(instant: Date, timeZone: string): { year: number; month: number } {
  const p = zonedParts(instant, timeZone);
  return { year: p.year, month: p.month };
}

function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

const MAX_CACHED_DAYS = 4096;
/** `startOfDay` instants (ms) by zone and day: every audit asks for the same eight or nine month days. */
const dayStarts = new Map<string, number>();

/** The first instant of calendar day `day` (the start of the day even when midnight falls in a DST gap). */
export function startOfDay(year: number, month: number, day: number, timeZone: string): Date {
  const key = `${timeZone}|${year}|${month}|${day}`;
  let t = dayStarts.get(key);
  if (t === undefined) {
    t = zonedTimeToInstant({ year, month, day }, timeZone).getTime();
    if (dayStarts.size >= MAX_CACHED_DAYS) dayStarts.clear();
    dayStarts.set(key, t);
  }
  return new Date(t);
}

/** Week `week` of the month: 00:00 of day 1/8/15/22 to 23:59:59.999 of day 7/14/21/28, in `timeZone`. */
export function weekRange(year: number, month: number, week: WeekNumber, timeZone: string): InstantRange {
  const firstDay = (week - 1) * DAYS_PER_WEEK + 1;
  const start = startOfDay(year, month, firstDay, timeZone);
  const nextStart = startOfDay(year, month, firstDay + DAYS_PER_WEEK, timeZone);
  return { start, end: new Date(nextStart.getTime() - 1) };
}

/** The first instant of the month after (year, month). */
export function nextMonthStart(year: number, month: number, timeZone: string): Date {
  const next = addMonths(year, month, 1);
  return startOfDay(next.year, next.month, 1, timeZone);
}

/** The last instant (…:59.999) of (year, month) in `timeZone`. Pass it as `now` to audit that whole month. */
export function lastInstantOfMonth(year: number, month: number, timeZone: string): Date {
  return new Date(nextMonthStart(year, month, timeZone).getTime() - 1);
}

/** The last instant of the month before the one containing `now`, in `timeZone`. */
export function previousMonthEnd(now: Date, timeZone: string): Date {
  const { year, month } = monthOf(now, timeZone);
  return new Date(startOfDay(year, month, 1, timeZone).getTime() - 1);
}

/**
 * 00:00 of the 1st of the month before the one containing `now`, in `timeZone`: the oldest post an audit needs
 * (this month and the previous one), so the cut-off of every post collection.
 */
export function previousMonthStart(now: Date, timeZone: string): Date {
  const { year, month } = monthOf(now, timeZone);
  const prev = addMonths(year, month, -1);
  return startOfDay(prev.year, prev.month, 1, timeZone);
}

/** The four evaluation weeks of the month containing `now`, with their ended/current state. */
export function monthWeeks(now: Date, timeZone: string): MonthWeeks {
  const p = zonedParts(now, timeZone);
  const t = now.getTime();
  const weeks = WEEK_NUMBERS.map((week): MonthWeek => {
    const { start, end } = weekRange(p.year, p.month, week, timeZone);
    return { week, start, end, ended: end.getTime() <= t, current: start.getTime() <= t && t < end.getTime() };
  });
  return { year: p.year, month: p.month, weeks, outsideEvaluation: weekOfDay(p.day) === null };
}

/** A screen's choice between the month containing `now` and the month before it. */
export type MonthView = 'current' | 'previous';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export interface MonthShownFirst extends YearMonth {
  /** Which of the two months is shown first. `year`/`month` name it. */
  view: MonthView;
  /** The month containing `now` in the zone. */
  current: YearMonth;
  /** The month before it (the one that ended last). */
  previous: YearMonth;
}

/**
 * The methodology's default N of {@link monthShownFirst}: the ended month is shown first on days 1–5 (methodology
 * §3.1, revision 2026-12). The rule set carries N as a field; this is its default.
 */
export const DEFAULT_ENDED_MONTH_DAYS = 5;

/**
 * Which month the screens (popup, lists page, exports) show first at `now` (methodology §3.1, revision 2026-12):
 * a monthly rating is computed after its month ends, so from day 1 to day `endedMonthDays` (N) of a month, counted
 * in `timeZone`, the month that ended is shown first; after day N, the current month. The user can still switch.
 * N = 0 always shows the current month. Throws RangeError when N is not a whole number from 0 to 31.
 */
export function monthShownFirst(now: Date, timeZone: string, endedMonthDays: number): MonthShownFirst {
  if (!Number.isInteger(endedMonthDays) || endedMonthDays < 0 || endedMonthDays > 31) {
    throw new RangeError(`endedMonthDays must be a whole number from 0 to 31, got ${endedMonthDays}`);
  }
  const p = zonedParts(now, timeZone);
  const current = { year: p.year, month: p.month };
  const previous = addMonths(p.year, p.month, -1);
  const view: MonthView = p.day <= endedMonthDays ? 'previous' : 'current';
  return { view, ...(view === 'previous' ? previous : current), current, previous };
}

/**
 * The instant to audit a month at, as `auditCommunity`'s `now`: `now` itself for the current month, the last
 * instant of the month before for the previous one (its every week ended: all decided).
 */
export function monthAuditInstant(view: MonthView, now: Date, timeZone: string): Date {
  return view === 'current' ? now : previousMonthEnd(now, timeZone);
}
