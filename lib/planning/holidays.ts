/**
 * Russian public holidays and days off as data, from the Labour Code (art. 112) and the government's yearly
 * decrees on transferring days off («О переносе выходных дней в … году»). Pure: calendar dates only, no zone, no clock.
 *
 * The evaluation calendar ignores holidays (docs/methodology.md §1.3): this data only helps to plan scheduled posts.
 * When a year is not here, lookups answer `{ known: false }`: the product says so instead of guessing.
 */

export interface DayDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The non-working public holidays of art. 112 part 1 of the Labour Code. */
export type HolidayId =
  | 'new-year'
  | 'christmas'
  | 'defender-day'
  | 'womens-day'
  | 'spring-labour-day'
  | 'victory-day'
  | 'russia-day'
  | 'unity-day';

export type HolidayBasis =
  /** A government decree on transfers for the year is known and applied. */
  | 'decree'
  /** Only the statutory holidays and the automatic transfers of art. 112 part 2; the decree is not known yet. */
  | 'statutory';

export interface HolidayYear {
  year: number;
  basis: HolidayBasis;
  /** Where the data comes from, in Russian (shown in the UI as is: it names Russian legal acts). */
  source: string;
  /** Official page of the source, when known. */
  sourceUrl?: string;
  /** Non-working public holidays, 'MM-DD' → which holiday. */
  holidays: Readonly<Record<string, HolidayId>>;
  /** Extra days off (weekday → day off): transferred days, 'MM-DD' → why. */
  transferredDaysOff: Readonly<Record<string, string>>;
  /** Weekend days made working days by the decree, 'MM-DD'. */
  workingWeekends: readonly string[];
}

const STATUTORY: Readonly<Record<string, HolidayId>> = {
  '01-01': 'new-year',
  '01-02': 'new-year',
  '01-03': 'new-year',
  '01-04': 'new-year',
  '01-05': 'new-year',
  '01-06': 'new-year',
  '01-07': 'christmas',
  '01-08': 'new-year',
  '02-23': 'defender-day',
  '03-08': 'womens-day',
  '05-01': 'spring-labour-day',
  '05-09': 'victory-day',
  '06-12': 'russia-day',
  '11-04': 'unity-day',
};

/** The data. Add a year when its decree is published (usually in September–October of the year before). */
export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2026,
    basis: 'decree',
    source:
      'Трудовой кодекс РФ, ст. 112; Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»',
    holidays: STATUTORY,
    transferredDaysOff: {
      // Decree № 1466: Saturday 3 January → Friday 9 January; Sunday 4 January → Thursday 31 December.
      '01-09': 'с субботы 3 января (постановление № 1466)',
      '12-31': 'с воскресенья 4 января (постановление № 1466)',
      // Art. 112 part 2: a holiday on a weekend moves the day off to the next working day.
      '03-09': 'с воскресенья 8 марта (ТК РФ, ст. 112)',
      '05-11': 'с субботы 9 мая (ТК РФ, ст. 112)',
    },
    workingWeekends: [],
  },
  {
    year: 2027,
    basis: 'statutory',
    source:
      'Только Трудовой кодекс РФ, ст. 112: постановление о переносе выходных дней в 2027 году ещё не учтено, ' +
      'переносы январских выходных (2 и 3 января) пока неизвестны',
    holidays: STATUTORY,
    transferredDaysOff: {
      // Art. 112 part 2 (automatic; the January holidays are excluded and moved only by decree).
      '05-03': 'с субботы 1 мая (ТК РФ, ст. 112)',
      '05-10': 'с воскресенья 9 мая (ТК РФ, ст. 112)',
      '06-14': 'с субботы 12 июня (ТК РФ, ст. 112)',
    },
    workingWeekends: [],
  },
];

const pad = (n: number) => String(n).padStart(2, '0');
const mmdd = (d: DayDate) => `${pad(d.month)}-${pad(d.day)}`;

/** ISO calendar date 'YYYY-MM-DD'. */
export function isoDay(d: DayDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Calendar arithmetic on a date (no zone involved). */
export function addDays(d: DayDate, days: number): DayDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: DayDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function compareDays(a: DayDate, b: DayDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

export function holidayYear(year: number, data: readonly HolidayYear[] = HOLIDAY_YEARS): HolidayYear | null {
  return data.find((y) => y.year === year) ?? null;
}

export type DayInfo =
  | { known: false; year: number }
  | {
      known: true;
      basis: HolidayBasis;
      /** A non-working day: weekend, public holiday or transferred day off (minus working weekends). */
      dayOff: boolean;
      holiday: HolidayId | null;
      /** Why a weekday is a day off (transferred), when it is. */
      transferred: string | null;
      weekend: boolean;
    };

/** What the production calendar says about one day; `{ known: false }` past the data. */
export function dayInfo(d: DayDate, data: readonly HolidayYear[] = HOLIDAY_YEARS): DayInfo {
  const y = holidayYear(d.year, data);
  if (!y) return { known: false, year: d.year };
  const key = mmdd(d);
  const wd = weekdayOf(d);
  const weekend = wd === 0 || wd === 6;
  const holiday = y.holidays[key] ?? null;
  const transferred = y.transferredDaysOff[key] ?? null;
  const working = y.workingWeekends.includes(key);
  return {
    known: true,
    basis: y.basis,
    dayOff: holiday !== null || transferred !== null || (weekend && !working),
    holiday,
    transferred,
    weekend,
  };
}

export interface HolidayRun {
  start: DayDate;
  end: DayDate;
  /** Consecutive days off, weekends included. */
  days: number;
  /** The public holidays inside the run, in order, without repeats. */
  holidays: HolidayId[];
  /** 'statutory' when any day of the run comes from a year whose decree is not known. */
  basis: HolidayBasis;
}

export type HolidayRunsResult =
  | { known: true; runs: HolidayRun[] }
  /** The window reaches past the data: `runs` are the ones found up to `knownUntil` (inclusive). */
  | { known: false; runs: HolidayRun[]; knownUntil: DayDate | null; missingYear: number };

/**
 * Runs of at least `minDays` consecutive days off that contain a public holiday or a transferred day off and that
 * overlap [from, to] (inclusive). A run is followed past `to` so its length is right.
 */
export function holidayRuns(
  from: DayDate,
  to: DayDate,
  minDays = 3,
  data: readonly HolidayYear[] = HOLIDAY_YEARS,
): HolidayRunsResult {
  const runs: HolidayRun[] = [];
  // Start a bit earlier so a run in progress at `from` is seen from its first day.
  let d = addDays(from, -14);
  let current: { start: DayDate; days: DayDate[]; special: boolean; basis: HolidayBasis } | null = null;
  const close = () => {
    if (current?.special && current.days.length >= minDays) {
      const end = current.days[current.days.length - 1] ?? current.start;
      if (compareDays(end, from) >= 0 && compareDays(current.start, to) <= 0) {
        const holidays: HolidayId[] = [];
        for (const day of current.days) {
          const info = dayInfo(day, data);
          if (info.known && info.holiday && !holidays.includes(info.holiday)) holidays.push(info.holiday);
        }
        runs.push({ start: current.start, end, days: current.days.length, holidays, basis: current.basis });
      }
    }
    current = null;
  };
  // Walk until past `to` and out of any run (bounded: no run is longer than a few weeks).
  for (let i = 0; i < 800; i++) {
    const info = dayInfo(d, data);
    if (!info.known) {
      if (compareDays(d, from) < 0) {
        // Before the window and before the data: a run can only start at the first known day.
        current = null;
        d = addDays(d, 1);
        continue;
      }
      if (compareDays(d, to) > 0 && !current) return { known: true, runs };
      // Inside the window, or a run reaching past the data: the rest would be guessed. Say the data ran out.
      return {
        known: false,
        runs,
        knownUntil: compareDays(d, from) === 0 ? null : addDays(d, -1),
        missingYear: d.year,
      };
    }
    if (info.dayOff) {
      if (!current) current = { start: d, days: [], special: false, basis: info.basis };
      current.days.push(d);
      if (info.holiday || info.transferred) current.special = true;
      if (info.basis === 'statutory') current.basis = 'statutory';
    } else {
      close();
      if (compareDays(d, to) > 0) break;
    }
    d = addDays(d, 1);
  }
  close();
  return { known: true, runs };
}
