/**
 * Which month the screens show first (methodology §3.1, revision 2026-12), through the public contract: from day 1
 * to day N of a month the month that ended, after day N the current month; days counted in the rule zone.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDED_MONTH_DAYS, lastInstantOfMonth, monthAuditInstant, monthShownFirst } from '../../lib/index';

const MSK = 'Europe/Moscow'; // UTC+3
const YEKT = 'Asia/Yekaterinburg'; // UTC+5
const at = (iso: string) => new Date(iso);

describe('monthShownFirst', () => {
  it('the methodology default N is 5', () => {
    expect(DEFAULT_ENDED_MONTH_DAYS).toBe(5);
  });

  it.each([
    ['2026-12-01T09:00:00Z', 'previous', 2026, 11],
    ['2026-12-03T09:00:00Z', 'previous', 2026, 11],
    ['2026-12-05T20:59:59.999Z', 'previous', 2026, 11], // 5 December 23:59:59.999 in Moscow
    ['2026-12-05T21:00:00.000Z', 'current', 2026, 12], // 6 December 00:00 in Moscow
    ['2026-12-06T12:00:00Z', 'current', 2026, 12],
    ['2026-12-28T12:00:00Z', 'current', 2026, 12],
    ['2026-12-31T12:00:00Z', 'current', 2026, 12],
  ] as const)('%s with N = 5 in Moscow: %s month (%i-%i)', (iso, view, year, month) => {
    const choice = monthShownFirst(at(iso), MSK, 5);
    expect(choice.view).toBe(view);
    expect({ year: choice.year, month: choice.month }).toEqual({ year, month });
  });

  it('names both months a screen can switch between', () => {
    const choice = monthShownFirst(at('2026-12-02T09:00:00Z'), MSK, 5);
    expect(choice.current).toEqual({ year: 2026, month: 12 });
    expect(choice.previous).toEqual({ year: 2026, month: 11 });
    expect(monthShownFirst(at('2026-12-20T09:00:00Z'), MSK, 5).previous).toEqual({ year: 2026, month: 11 });
  });

  it('turns the year: on 2 January the ended month is December of the year before', () => {
    const choice = monthShownFirst(at('2027-01-02T09:00:00Z'), MSK, 5);
    expect(choice).toMatchObject({ view: 'previous', year: 2026, month: 12, current: { year: 2027, month: 1 } });
  });

  it('counts the day in the rule zone, not in UTC', () => {
    // 5 December 20:00 UTC: still day 5 in UTC, already day 6 in Yekaterinburg (01:00).
    const instant = at('2026-12-05T20:00:00Z');
    expect(monthShownFirst(instant, 'UTC', 5).view).toBe('previous');
    expect(monthShownFirst(instant, YEKT, 5).view).toBe('current');
    // 30 November 20:00 UTC: still November in UTC (day 30), 1 December in Yekaterinburg.
    const turn = at('2026-11-30T20:00:00Z');
    expect(monthShownFirst(turn, 'UTC', 5)).toMatchObject({ view: 'current', year: 2026, month: 11 });
    expect(monthShownFirst(turn, YEKT, 5)).toMatchObject({ view: 'previous', year: 2026, month: 11 });
  });

  it('N = 0 always shows the current month; N = 31 shows the ended month all month', () => {
    expect(monthShownFirst(at('2026-12-01T09:00:00Z'), MSK, 0).view).toBe('current');
    expect(monthShownFirst(at('2026-12-31T09:00:00Z'), MSK, 31).view).toBe('previous');
  });

  it('rejects an N that is not a whole number of days from 0 to 31', () => {
    for (const n of [-1, 2.5, 32, Number.NaN]) {
      expect(() => monthShownFirst(at('2026-12-01T09:00:00Z'), MSK, n), String(n)).toThrow(RangeError);
    }
  });
});

describe('monthAuditInstant', () => {
  it('audits the current month at now and the ended month at its last instant', () => {
    const now = at('2026-12-03T09:00:00Z');
    expect(monthAuditInstant('current', now, MSK)).toEqual(now);
    expect(monthAuditInstant('previous', now, MSK)).toEqual(lastInstantOfMonth(2026, 11, MSK));
    expect(monthAuditInstant('previous', now, MSK).toISOString()).toBe('2026-11-30T20:59:59.999Z');
  });
});
