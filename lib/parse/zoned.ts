/**
 * Zoned wall time ↔ UTC instant for the parsers: thin epoch-millisecond wrappers over lib/calendar.ts
 * (the one implementation of zone arithmetic, via Intl). Pure: the IANA zone always comes in as an argument.
 */
import { isValidTimeZone, zonedParts, zonedTimeToInstant } from '../calendar';

export { isValidTimeZone };

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** The wall time shown in `timeZone` at the instant `ms` (epoch milliseconds). */
export function utcToZoned(ms: number, timeZone: string): Required<WallTime> {
  const p = zonedParts(new Date(ms), timeZone);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** The UTC instant (epoch ms) at which the wall clock in `timeZone` shows `wall` (earlier one in an overlap). */
export function zonedToUtc(wall: WallTime, timeZone: string): number {
  return zonedTimeToInstant(wall, timeZone).getTime();
}

/** Calendar arithmetic on a date (no zone involved): add `days` to year/month/day. */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (Moscow: +3 h). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = utcToZoned(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}
