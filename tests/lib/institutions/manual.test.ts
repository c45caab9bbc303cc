/**
 * MAX/Telegram figures entered by hand → an audit of the month (weeks, frequency, RKN «А+»), written before the code:
 * a user's own count is positive evidence (an ended week below the norm fails); a week without a count is never a
 * fail; days 29–31 belong to no week (methodology §3.1).
 */
import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { auditManual, manualRecordOf } from '../../../lib/institutions/manual';
import type { ManualMonth } from '../../../lib/institutions/types';

const msk = (iso: string) => new Date(`${iso}+03:00`);
const entry = (patch: Partial<ManualMonth> = {}): ManualMonth => ({
  groupKey: 'max:@s5_gos',
  year: 2026,
  month: 12,
  subscribers: 1200,
  weeks: [3, 2, null, null],
  aPlus: 'unknown',
  posts: [],
  enteredAt: '2026-12-09T10:00:00.000Z',
  ...patch,
});
const weeks = (a: ReturnType<typeof auditManual>) => a.month.weeks.map((w) => [w.posts, w.status, w.entered]);
const check = (a: ReturnType<typeof auditManual>, id: string) => a.checks.find((c) => c.id === id);

describe('auditManual: weeks from counts', () => {
  it('week 2 running: an ended week that met the norm passes, the running one is pending', () => {
    const a = auditManual(entry(), { now: msk('2026-12-10T12:00'), rules: DEFAULT_RULES });
    expect(a.month).toMatchObject({ year: 2026, month: 12 });
    expect(weeks(a)).toEqual([
      [3, 'pass', true],
      [2, 'pending', true],
      [0, 'pending', false],
      [0, 'pending', false],
    ]);
    expect(check(a, 'frequency')).toEqual({ id: 'frequency', status: 'unknown', reason: 'in-progress' });
    expect(a.forecast).toMatchObject({ week: 2, posts: 2, required: 3, stillNeeded: 1 });
  });

  it('an ended week below the norm fails (the user’s own count is the evidence)', () => {
    const a = auditManual(entry(), { now: msk('2026-12-20T12:00'), rules: DEFAULT_RULES });
    expect(weeks(a)[1]).toEqual([2, 'fail', true]);
    expect(check(a, 'frequency')).toMatchObject({ status: 'fail', reason: 'week-failed' });
  });

  it('an ended week without a count is unknown (input missing), never failed', () => {
    const a = auditManual(entry({ weeks: [3, null, 1, null] }), { now: msk('2026-12-20T12:00'), rules: DEFAULT_RULES });
    expect(weeks(a)).toEqual([
      [3, 'pass', true],
      [0, 'unknown', false],
      [1, 'pending', true],
      [0, 'pending', false],
    ]);
    expect(check(a, 'frequency')).toMatchObject({ status: 'unknown', reason: 'input-missing' });
  });

  it('St Petersburg «более 3»: 3 posts fail an ended week, 4 pass', () => {
    const rules = RULE_PRESETS['st-petersburg'];
    const a = auditManual(entry({ weeks: [3, 4, 4, 4] }), { now: msk('2026-12-30T12:00'), rules });
    expect(a.month.weeks.map((w) => [w.status, w.required])).toEqual([
      ['fail', 4],
      ['pass', 4],
      ['pass', 4],
      ['pass', 4],
    ]);
  });

  it('days 29–31: every week ended, no forecast; all four met → the month passes', () => {
    const a = auditManual(entry({ weeks: [3, 3, 5, 3] }), { now: msk('2026-12-30T12:00'), rules: DEFAULT_RULES });
    expect(a.month.weeks.every((w) => w.ended)).toBe(true);
    expect(a.forecast).toBeNull();
    expect(a.outsideEvaluation).toBe(true);
    expect(check(a, 'frequency')).toMatchObject({ status: 'pass', reason: 'all-weeks-met' });
  });

  it('nothing entered: ended weeks unknown, the rest pending', () => {
    const a = auditManual(null, { now: msk('2026-12-10T12:00'), rules: DEFAULT_RULES });
    expect(a.month.weeks.map((w) => w.status)).toEqual(['unknown', 'pending', 'pending', 'pending']);
    expect(check(a, 'frequency')).toMatchObject({ status: 'unknown', reason: 'input-missing' });
  });

  it('checks that MAX has no such thing for are not applicable, with their own reason', () => {
    const a = auditManual(entry(), { now: msk('2026-12-10T12:00'), rules: DEFAULT_RULES });
    for (const id of ['cover', 'avatar', 'description', 'pos-widget', 'gov-mark', 'engagement', 'reach']) {
      expect(check(a, id), id).toEqual({ id, status: 'not-applicable', reason: 'not-on-platform' });
    }
    expect(a.predictedScore).toBeNull();
    expect(a.engagement).toEqual({ rate: null, achievement: null });
  });
});

describe('auditManual: RKN registration («А+») × subscribers', () => {
  it.each([
    [null, 'present', 'unknown', 'input-missing'],
    [5000, 'missing', 'not-applicable', 'under-rkn-threshold'],
    [9500, 'missing', 'not-applicable', 'rkn-heads-up'],
    [10_000, 'missing', 'not-applicable', 'rkn-heads-up'],
    [12_000, 'present', 'pass', 'registered'],
    [12_000, 'missing', 'fail', 'not-registered'],
    [12_000, 'unknown', 'unknown', 'input-missing'],
  ] as const)('%s subscribers, «А+» %s → %s (%s)', (subscribers, aPlus, status, reason) => {
    const a = auditManual(entry({ subscribers, aPlus }), { now: msk('2026-12-10T12:00'), rules: DEFAULT_RULES });
    expect(check(a, 'rkn-registration')).toEqual({ id: 'rkn-registration', status, reason });
  });
});

describe('manualRecordOf', () => {
  const group = { key: 'max:@s5_gos', site: 'max' as const, url: 'https://max.ru/s5_gos', name: 'Школа №5' };
  const now = msk('2026-12-10T12:00');

  it('turns the months entered into a history-shaped record of source «manual»', () => {
    const november = entry({ month: 11, weeks: [3, 3, 3, 2], enteredAt: '2026-12-01T09:00:00.000Z' });
    const record = manualRecordOf(group, [november, entry()], { now, rules: DEFAULT_RULES });
    expect(record).toMatchObject({
      groupKey: 'max:@s5_gos',
      source: 'manual',
      status: 'complete',
      at: '2026-12-09T10:00:00.000Z',
      page: { site: 'max', url: 'https://max.ru/s5_gos', members: 1200 },
    });
    if (record === null) throw new Error('no record');
    expect((record.audit as { month: { month: number } }).month.month).toBe(12);
    const previous = record.previous as unknown as ReturnType<typeof auditManual>;
    expect(previous.month.weeks.map((w) => w.status)).toEqual(['pass', 'pass', 'pass', 'fail']);
  });

  it('is null when nothing was entered for this month or the previous one', () => {
    expect(manualRecordOf(group, [entry({ month: 9 })], { now, rules: DEFAULT_RULES })).toBeNull();
  });
});
