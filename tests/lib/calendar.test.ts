import { describe, expect, it } from 'vitest';
import {
  evaluationWeekOf,
  isValidTimeZone,
  lastInstantOfMonth,
  monthWeeks,
  nextMonthStart,
  previousMonthEnd,
  previousMonthStart,
  weekRange,
  zonedParts,
  zonedTimeToInstant,
} from '../../lib/calendar';

const MSK = 'Europe/Moscow'; // UTC+3, no DST
const YEKT = 'Asia/Yekaterinburg'; // UTC+5, no DST
const LA = 'America/Los_Angeles'; // DST
const BER = 'Europe/Berlin'; // DST

const at = (iso: string) => new Date(iso);

describe('evaluationWeekOf', () => {
  it.each([
    [1, 1],
    [7, 1],
    [8, 2],
    [14, 2],
    [15, 3],
    [21, 3],
    [22, 4],
    [28, 4],
  ] as const)('day %i of the month is in week %i', (day, week) => {
    // Noon in Moscow: the same calendar day in every zone used here.
    const instant = at(`2026-03-${String(day).padStart(2, '0')}T09:00:00Z`);
    expect(evaluationWeekOf(instant, MSK)).toEqual({ year: 2026, month: 3, week });
  });

  it.each([29, 30, 31])('day %i belongs to no week', (day) => {
    expect(evaluationWeekOf(at(`2026-03-${day}T09:00:00Z`), MSK)).toBeNull();
  });

  it('buckets instants near midnight by the calendar day in the given zone', () => {
    // 2026-03-07 21:30Z is 8 March 00:30 in Moscow, 8 March 02:30 in Yekaterinburg, still 7 March in UTC.
    const instant = at('2026-03-07T21:30:00Z');
    expect(evaluationWeekOf(instant, 'UTC')).toEqual({ year: 2026, month: 3, week: 1 });
    expect(evaluationWeekOf(instant, MSK)).toEqual({ year: 2026, month: 3, week: 2 });
    expect(evaluationWeekOf(instant, YEKT)).toEqual({ year: 2026, month: 3, week: 2 });
    // 2026-03-07 19:30Z: 7 March 22:30 in Moscow (week 1), 8 March 00:30 in Yekaterinburg (week 2).
    const between = at('2026-03-07T19:30:00Z');
    expect(evaluationWeekOf(between, MSK)).toEqual({ year: 2026, month: 3, week: 1 });
    expect(evaluationWeekOf(between, YEKT)).toEqual({ year: 2026, month: 3, week: 2 });
  });

  it('the last millisecond of day 28 is in week 4 and the next one is outside', () => {
    expect(evaluationWeekOf(at('2026-03-28T20:59:59.999Z'), MSK)).toEqual({ year: 2026, month: 3, week: 4 });
    expect(evaluationWeekOf(at('2026-03-28T21:00:00.000Z'), MSK)).toBeNull();
    expect(evaluationWeekOf(at('2026-03-28T18:59:59.999Z'), YEKT)).toEqual({ year: 2026, month: 3, week: 4 });
    expect(evaluationWeekOf(at('2026-03-28T19:00:00.000Z'), YEKT)).toBeNull();
  });

  it('handles February with 28 and 29 days', () => {
    expect(evaluationWeekOf(at('2026-02-28T12:00:00Z'), MSK)).toEqual({ year: 2026, month: 2, week: 4 });
    // 2026-02-28 21:00Z is already 1 March in Moscow.
    expect(evaluationWeekOf(at('2026-02-28T21:00:00Z'), MSK)).toEqual({ year: 2026, month: 3, week: 1 });
    expect(evaluationWeekOf(at('2028-02-28T12:00:00Z'), MSK)).toEqual({ year: 2028, month: 2, week: 4 });
    expect(evaluationWeekOf(at('2028-02-29T12:00:00Z'), MSK)).toBeNull();
    expect(evaluationWeekOf(at('2028-02-29T21:00:00Z'), MSK)).toEqual({ year: 2028, month: 3, week: 1 });
  });

  it('handles the year turn', () => {
    // 31 Dec 2026 22:00 in Moscow: outside; 1 Jan 2027 in Yekaterinburg already.
    const instant = at('2026-12-31T19:30:00Z');
    expect(evaluationWeekOf(instant, MSK)).toBeNull();
    expect(evaluationWeekOf(instant, YEKT)).toEqual({ year: 2027, month: 1, week: 1 });
    expect(evaluationWeekOf(at('2026-12-31T21:00:00Z'), MSK)).toEqual({ year: 2027, month: 1, week: 1 });
  });

  it('works in zones with daylight saving time', () => {
    // 2026-03-08 is the US spring-forward day; 10:30Z = 8 March 03:30 PDT.
    expect(evaluationWeekOf(at('2026-03-08T10:30:00Z'), LA)).toEqual({ year: 2026, month: 3, week: 2 });
    // 2026-03-08T07:59Z is 7 March 23:59 PST.
    expect(evaluationWeekOf(at('2026-03-08T07:59:00Z'), LA)).toEqual({ year: 2026, month: 3, week: 1 });
    // Berlin: 2026-03-28 23:30Z is 29 March 00:30 CET (DST starts later that night) → outside.
    expect(evaluationWeekOf(at('2026-03-28T23:30:00Z'), BER)).toBeNull();
    expect(evaluationWeekOf(at('2026-03-28T22:59:00Z'), BER)).toEqual({ year: 2026, month: 3, week: 4 });
  });
});

describe('zoned time helpers', () => {
  it('reads the wall clock in a zone', () => {
    expect(zonedParts(at('2026-01-01T00:00:00Z'), MSK)).toMatchObject({ year: 2026, month: 1, day: 1, hour: 3 });
    expect(zonedParts(at('2026-07-01T00:00:00Z'), LA)).toMatchObject({ year: 2026, month: 6, day: 30, hour: 17 });
    expect(zonedParts(at('2026-01-01T00:00:00Z'), LA)).toMatchObject({ year: 2025, month: 12, day: 31, hour: 16 });
    expect(zonedParts(at('2026-07-01T00:00:00.123Z'), BER)).toMatchObject({ hour: 2, millisecond: 123 });
  });

  it('turns a wall clock into an instant, across DST', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 1 }, MSK).toISOString()).toBe('2025-12-31T21:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 1 }, YEKT).toISOString()).toBe('2025-12-31T19:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 1 }, LA).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 1 }, LA).toISOString()).toBe('2026-01-01T08:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 1 }, BER).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // A wall time in a gap (LA spring-forward 02:30) moves forward by the gap (03:30 PDT), like Temporal's
    // 'compatible' disambiguation; a day that starts in a gap therefore starts at the transition.
    expect(zonedTimeToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, LA).toISOString()).toBe(
      '2026-03-08T10:30:00.000Z',
    );
    // America/Santiago springs forward at 00:00 (2026-09-06): that day starts at 01:00 local = 04:00Z.
    expect(zonedTimeToInstant({ year: 2026, month: 9, day: 6 }, 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    // An ambiguous wall time (LA fall-back 01:30) resolves to the earlier instant.
    expect(zonedTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, LA).toISOString()).toBe(
      '2026-11-01T08:30:00.000Z',
    );
  });

  it('validates IANA zones', () => {
    expect(isValidTimeZone('Europe/Moscow')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('week and month ranges', () => {
  it('weekRange spans 00:00 of the first day to 23:59:59.999 of the last day in the zone', () => {
    const w1 = weekRange(2026, 3, 1, MSK);
    expect(w1.start.toISOString()).toBe('2026-02-28T21:00:00.000Z');
    expect(w1.end.toISOString()).toBe('2026-03-07T20:59:59.999Z');
    const w4 = weekRange(2026, 3, 4, YEKT);
    expect(w4.start.toISOString()).toBe('2026-03-21T19:00:00.000Z');
    expect(w4.end.toISOString()).toBe('2026-03-28T18:59:59.999Z');
    // LA week 2 of March 2026 contains the spring-forward: 8 March 00:00 PST … 14 March 23:59:59.999 PDT.
    const la = weekRange(2026, 3, 2, LA);
    expect(la.start.toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(la.end.toISOString()).toBe('2026-03-15T06:59:59.999Z');
  });

  it('lastInstantOfMonth, nextMonthStart and previousMonthEnd', () => {
    expect(lastInstantOfMonth(2026, 2, MSK).toISOString()).toBe('2026-02-28T20:59:59.999Z');
    expect(lastInstantOfMonth(2028, 2, MSK).toISOString()).toBe('2028-02-29T20:59:59.999Z');
    expect(lastInstantOfMonth(2026, 12, YEKT).toISOString()).toBe('2026-12-31T18:59:59.999Z');
    expect(nextMonthStart(2026, 12, MSK).toISOString()).toBe('2026-12-31T21:00:00.000Z');
    // 1 Jan 2027 01:00 in Moscow: the previous month is December 2026.
    expect(previousMonthEnd(at('2026-12-31T22:00:00Z'), MSK).toISOString()).toBe('2026-12-31T20:59:59.999Z');
    // The same instant is still 31 Dec in UTC: the previous month is November.
    expect(previousMonthEnd(at('2026-12-31T22:00:00Z'), 'UTC').toISOString()).toBe('2026-11-30T23:59:59.999Z');
    const prev = previousMonthEnd(at('2026-03-01T00:00:00Z'), MSK);
    // February 2026 has 28 days: its last instant is still in week 4.
    expect(evaluationWeekOf(prev, MSK)).toEqual({ year: 2026, month: 2, week: 4 });
    expect(zonedParts(prev, MSK)).toMatchObject({ year: 2026, month: 2, day: 28, hour: 23, minute: 59 });
  });

  it('previousMonthStart is the 1st of the previous month, 00:00 in the zone (the collection cut-off)', () => {
    expect(previousMonthStart(at('2026-11-20T09:00:00Z'), MSK).toISOString()).toBe('2026-09-30T21:00:00.000Z');
    expect(previousMonthStart(at('2027-01-10T09:00:00Z'), 'Asia/Vladivostok').toISOString()).toBe(
      '2026-11-30T14:00:00.000Z',
    );
  });

  it('monthWeeks marks ended and current weeks', () => {
    const now = at('2026-03-10T09:00:00Z'); // 10 March, week 2
    const m = monthWeeks(now, MSK);
    expect(m.year).toBe(2026);
    expect(m.month).toBe(3);
    expect(m.weeks.map((w) => [w.week, w.ended, w.current])).toEqual([
      [1, true, false],
      [2, false, true],
      [3, false, false],
      [4, false, false],
    ]);
    expect(m.weeks[1]?.start.toISOString()).toBe('2026-03-07T21:00:00.000Z');
    const late = monthWeeks(at('2026-03-30T09:00:00Z'), MSK);
    expect(late.weeks.every((w) => w.ended && !w.current)).toBe(true);
    expect(late.outsideEvaluation).toBe(true);
    expect(m.outsideEvaluation).toBe(false);
  });
});
