import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../lib/planning/plan';

const MSK = 'Europe/Moscow';
const YEKT = 'Asia/Yekaterinburg';

const audit = (year: number, month: number, posts: [number, number, number, number]) => ({
  month: {
    year,
    month,
    weeks: posts.map((p, i) => ({
      week: (i + 1) as 1 | 2 | 3 | 4,
      posts: p,
      required: 3,
      status: p >= 3 ? ('pass' as const) : ('pending' as const),
    })),
  },
});

describe('buildPlan', () => {
  it('lays out this and next month with the evaluation weeks and today', () => {
    const plan = buildPlan({ now: new Date('2026-11-18T09:00:00Z'), timeZone: MSK });
    expect(plan.months.map((m) => [m.year, m.month, m.days.length])).toEqual([
      [2026, 11, 30],
      [2026, 12, 31],
    ]);
    expect(plan.today).toEqual({ year: 2026, month: 11, day: 18 });
    expect(plan.todayWeek).toBe(3);
    const nov = plan.months[0];
    expect(nov?.days.filter((d) => d.today).map((d) => d.iso)).toEqual(['2026-11-18']);
    expect(nov?.days.filter((d) => d.week === null).map((d) => d.date.day)).toEqual([29, 30]);
    expect(nov?.weeks.map((w) => w.state)).toEqual(['ended', 'ended', 'current', 'upcoming']);
    expect(nov?.days.find((d) => d.date.day === 4)).toMatchObject({ holiday: 'unity-day', dayOff: true });
    expect(nov?.holidayBasis).toBe('decree');
  });

  it('uses the zone: 22:30 UTC on 21 Nov is already the 22nd (week 4) in Yekaterinburg', () => {
    const now = new Date('2026-11-21T20:30:00Z');
    expect(buildPlan({ now, timeZone: MSK }).todayWeek).toBe(3);
    expect(buildPlan({ now, timeZone: YEKT }).todayWeek).toBe(4);
  });

  it('counts the posts needed per remaining week from the audit', () => {
    const plan = buildPlan({
      now: new Date('2026-11-18T09:00:00Z'),
      timeZone: MSK,
      audit: audit(2026, 11, [3, 5, 1, 0]),
    });
    expect(plan.remaining.map((w) => [w.month, w.week, w.needed])).toEqual([
      [11, 3, 2],
      [11, 4, 3],
      [12, 1, 3],
      [12, 2, 3],
      [12, 3, 3],
      [12, 4, 3],
    ]);
    expect(plan.months[0]?.weeks[0]).toMatchObject({ posts: 3, needed: null, state: 'ended' });
  });

  it('ignores an audit of another month', () => {
    const plan = buildPlan({
      now: new Date('2026-11-18T09:00:00Z'),
      timeZone: MSK,
      audit: audit(2026, 10, [3, 3, 3, 3]),
    });
    expect(plan.remaining[0]).toMatchObject({ week: 3, posts: null, needed: 3 });
  });

  it('warns before the New Year holidays and says how many posts to schedule for which week', () => {
    const plan = buildPlan({ now: new Date('2026-12-15T09:00:00Z'), timeZone: MSK, horizonDays: 21 });
    expect(plan.holidaysAhead).toHaveLength(1);
    const n = plan.holidaysAhead[0];
    expect(n?.inProgress).toBe(false);
    expect(n?.startsInDays).toBe(16);
    expect(n?.outsideDays).toBe(1); // 31 December
    expect(n?.weeks.map((w) => [w.year, w.month, w.week, w.daysOffInRun, w.needed, w.toSchedule])).toEqual([
      [2027, 1, 1, 7, 3, 3],
      [2027, 1, 2, 3, 3, 2],
    ]);
    // January 2027 is outside the plan's two months: the data basis is still reported.
    expect(plan.holidayDataMissing).toBeNull();
  });

  it('says nothing about holidays more than the horizon away', () => {
    const plan = buildPlan({ now: new Date('2026-11-18T09:00:00Z'), timeZone: MSK });
    expect(plan.holidaysAhead).toEqual([]);
  });

  it('shows a run in progress from today on', () => {
    const plan = buildPlan({ now: new Date('2026-05-02T09:00:00Z'), timeZone: MSK });
    const first = plan.holidaysAhead[0];
    expect(first?.inProgress).toBe(true);
    // 2–3 May are off, 6 days of week 1 are left (2–7 May): 3 posts · 2/6 → schedule 1.
    expect(first?.weeks).toEqual([expect.objectContaining({ week: 1, daysOffInRun: 2, needed: 3, toSchedule: 1 })]);
    expect(plan.holidaysAhead[1]?.weeks).toEqual([
      expect.objectContaining({ week: 2, daysOffInRun: 3, toSchedule: 2 }),
    ]);
  });

  it('says the holiday data ran out (December 2027 → 2028)', () => {
    const plan = buildPlan({ now: new Date('2027-12-20T09:00:00Z'), timeZone: MSK });
    expect(plan.holidayDataMissing).toEqual({ year: 2028 });
    expect(plan.months[1]?.holidayBasis).toBeNull();
    expect(plan.months[1]?.days[0]?.dayOff).toBeNull();
  });
});
