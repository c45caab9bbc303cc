/**
 * When the background re-reads tracked groups: once a day, and again on the last two days of every evaluation week
 * (the 6th–7th, 13th–14th, 20th–21st, 27th–28th). Pure: `now` and the zone come in as arguments, so the schedule
 * survives a restart — it is recomputed from the stored `lastRunAt` alone.
 */
import { zonedParts, zonedTimeToInstant } from '../calendar';
import { addDays } from './holidays';
import { CLOSING_DAYS } from './notify';

/** The daily re-read, wall time in the evaluation zone. */
export const DAILY_RUN_AT = { hour: 10, minute: 0 };
/** The extra re-read on the last two days of a week, early enough to post before 23:59. */
export const CLOSING_RUN_AT = { hour: 17, minute: 0 };

/** The re-read slots of the calendar days around `now` (±2 days), sorted. */
function slotsAround(now: Date, timeZone: string): Date[] {
  const p = zonedParts(now, timeZone);
  const out: Date[] = [];
  for (let add = -2; add <= 2; add++) {
    const date = addDays(p, add);
    out.push(zonedTimeToInstant({ ...date, ...DAILY_RUN_AT }, timeZone));
    if (CLOSING_DAYS.includes(date.day)) out.push(zonedTimeToInstant({ ...date, ...CLOSING_RUN_AT }, timeZone));
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}

/** The latest slot at or before `now`. */
export function lastSlotAtOrBefore(now: Date, timeZone: string): Date {
  const slots = slotsAround(now, timeZone).filter((s) => s.getTime() <= now.getTime());
  return slots[slots.length - 1] ?? new Date(now.getTime() - 86_400_000);
}

/** The first slot strictly after `now`. */
export function nextSlotAfter(now: Date, timeZone: string): Date {
  return slotsAround(now, timeZone).find((s) => s.getTime() > now.getTime()) ?? new Date(now.getTime() + 86_400_000);
}

/**
 * Whether a re-read is due: never ran, or a slot passed since the last run (the browser may have been closed then:
 * the missed slot is caught up once, not once per missed slot).
 */
export function isRunDue(lastRunAt: string | null, now: Date, timeZone: string): boolean {
  if (lastRunAt === null) return true;
  const last = Date.parse(lastRunAt);
  if (Number.isNaN(last)) return true;
  return last < lastSlotAtOrBefore(now, timeZone).getTime();
}
