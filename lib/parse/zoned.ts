/**
 * Zoned wall time ↔ UTC instant in epoch milliseconds: thin wrappers over lib/calendar.ts (the one implementation
 * of zone arithmetic, via Intl). The date parser calls lib/calendar.ts directly; these remain for lib/export.
 * Pure: the IANA zone always comes in as an argument.
 */
import { zonedParts, zonedTimeToInstant } from '../calendar';

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
