import { describe, expect, it } from 'vitest';
import { auditCommunity } from '../../../lib/audit/audit';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES, RULES_VERSION } from '../../../lib/audit/rules';
import type { Audit } from '../../../lib/audit/types';
import { previousMonthEnd } from '../../../lib/calendar';
import { CHECK_IDS } from '../../../lib/types';
import { page, post, posts } from './factory';

/** ISO instant of `hour`:00 Moscow time (UTC+3) on the given day of March 2026. */
const msk = (day: number, hour = 12, month = 3) => new Date(Date.UTC(2026, month - 1, day, hour - 3)).toISOString();
const check = (a: Audit, id: string) => a.checks.find((c) => c.id === id);
const statuses = (a: Audit) => a.month.weeks.map((w) => w.status);

describe('week status and the frequency check', () => {
  it('3 posts pass, 2 posts in an ended, fully read week fail', () => {
    const a = auditCommunity(page({ posts: [...posts(3, msk(2)), ...posts(2, msk(9))] }), { now: new Date(msk(16)) });
    expect(a.month).toMatchObject({ year: 2026, month: 3 });
    expect(a.month.weeks.map((w) => [w.week, w.posts, w.required])).toEqual([
      [1, 3, 3],
      [2, 2, 3],
      [3, 0, 3],
      [4, 0, 3],
    ]);
    expect(statuses(a)).toEqual(['pass', 'fail', 'pending', 'pending']);
    expect(check(a, 'frequency')).toEqual({ id: 'frequency', status: 'fail', reason: 'week-failed' });
  });

  it("'>' mode (St Petersburg) needs 4 posts", () => {
    const p = page({ posts: [...posts(3, msk(2)), ...posts(4, msk(9))] });
    const a = auditCommunity(p, { now: new Date(msk(16)), rules: RULE_PRESETS['st-petersburg'] });
    expect(a.month.weeks.map((w) => w.required)).toEqual([4, 4, 4, 4]);
    expect(statuses(a)).toEqual(['fail', 'pass', 'pending', 'pending']);
  });

  it('a week is unknown when postsSince is after its start, fail when it covers it', () => {
    const few = posts(1, msk(3));
    const partly = auditCommunity(page({ posts: few, postsSince: msk(2, 0) }), { now: new Date(msk(10)) });
    expect(statuses(partly)).toEqual(['unknown', 'pending', 'pending', 'pending']);
    expect(check(partly, 'frequency')).toMatchObject({ status: 'unknown', reason: 'week-unreadable' });
    const unknownCoverage = auditCommunity(page({ posts: few, postsSince: null }), { now: new Date(msk(10)) });
    expect(statuses(unknownCoverage)[0]).toBe('unknown');
    const covered = auditCommunity(page({ posts: few, postsSince: msk(1, 0) }), { now: new Date(msk(10)) });
    expect(statuses(covered)[0]).toBe('fail');
    // Enough posts pass even when the coverage is unknown.
    const enough = auditCommunity(page({ posts: posts(3, msk(3)), postsSince: null }), { now: new Date(msk(10)) });
    expect(statuses(enough)[0]).toBe('pass');
  });

  it('says page-not-readable for a closed page whose weeks could not be read', () => {
    const a = auditCommunity(page({ access: 'closed', postsSince: null }), { now: new Date(msk(10)) });
    expect(check(a, 'frequency')).toMatchObject({ status: 'unknown', reason: 'page-not-readable' });
  });

  it('an undated post keeps a short ended week unknown instead of failing it', () => {
    const a = auditCommunity(page({ posts: [...posts(2, msk(3)), post(null)] }), { now: new Date(msk(10)) });
    expect(statuses(a)[0]).toBe('unknown');
  });

  it('the running week without enough posts is pending, and the check is in progress', () => {
    const a = auditCommunity(page({ posts: [...posts(3, msk(2)), ...posts(1, msk(9))] }), { now: new Date(msk(10)) });
    expect(statuses(a)).toEqual(['pass', 'pending', 'pending', 'pending']);
    expect(check(a, 'frequency')).toMatchObject({ status: 'unknown', reason: 'in-progress' });
    expect(a.month.weeks.map((w) => [w.ended, w.current])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(a.month.weeks[1]).toMatchObject({ start: '2026-03-07T21:00:00.000Z', end: '2026-03-14T20:59:59.999Z' });
  });

  it('every week passed → pass; on days 29–31 the audit is outside evaluation', () => {
    const all = [2, 9, 16, 23].flatMap((d) => posts(3, msk(d)));
    const a = auditCommunity(page({ posts: all }), { now: new Date(msk(30)) });
    expect(statuses(a)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(check(a, 'frequency')).toMatchObject({ status: 'pass', reason: 'all-weeks-met' });
    expect(a.outsideEvaluation).toBe(true);
    expect(a.forecast).toBeNull();
    expect(a.nextWeekStart).toBe('2026-03-31T21:00:00.000Z');
  });

  it('an old pinned post, a duplicated pinned post and an ad post do not count', () => {
    const pinned = post(msk(20, 12, 2), { pinned: true });
    const pinnedThisWeek = post(msk(3), { pinned: true });
    const p = page({
      posts: [pinned, pinnedThisWeek, pinnedThisWeek, post(msk(3), { ad: true }), post(msk(4))],
    });
    const a = auditCommunity(p, { now: new Date(msk(10)) });
    expect(a.month.weeks[0]?.posts).toBe(2);
    expect(statuses(a)[0]).toBe('fail');
    const withAds = auditCommunity(p, { now: new Date(msk(10)), rules: { ...DEFAULT_RULES, countAdPosts: true } });
    expect(withAds.month.weeks[0]?.posts).toBe(3);
    // Reposts are the community's own posts and count.
    const reposts = auditCommunity(page({ posts: posts(3, msk(3), { repost: true }) }), { now: new Date(msk(10)) });
    expect(statuses(reposts)[0]).toBe('pass');
  });

  it('scheduled posts are never counted as published, only in the forecast', () => {
    const p = page({
      posts: [...posts(1, msk(9)), post(msk(12), { scheduled: true })],
      scheduledPosts: [post(msk(13)), post(msk(16))],
    });
    const a = auditCommunity(p, { now: new Date(msk(10)) });
    expect(a.month.weeks.map((w) => [w.posts, w.scheduled])).toEqual([
      [0, 0],
      [1, 2],
      [0, 1],
      [0, 0],
    ]);
    expect(a.forecast).toEqual({
      week: 2,
      posts: 1,
      required: 3,
      scheduled: 2,
      stillNeeded: 0,
      stillNeededWithoutScheduled: 2,
      deadline: '2026-03-14T20:59:59.999Z',
      postsComplete: true,
    });
    expect(statuses(a)[1]).toBe('pending');
    expect(a.nextWeekStart).toBeNull();
  });

  it('a missing «Госорганизация» mark fails every ended week and the frequency check', () => {
    const p = page({ govMark: 'missing', posts: [...posts(5, msk(2)), ...posts(5, msk(9))] });
    const a = auditCommunity(p, { now: new Date(msk(10)) });
    expect(statuses(a)).toEqual(['fail', 'pending', 'pending', 'pending']);
    expect(check(a, 'frequency')).toMatchObject({ status: 'fail', reason: 'gov-mark-missing' });
    expect(check(a, 'gov-mark')).toMatchObject({ status: 'fail', reason: 'gov-mark-missing' });
    expect(a.breakdown.frequency).toBe(0);
    const unknownMark = auditCommunity({ ...p, govMark: 'unknown' }, { now: new Date(msk(10)) });
    expect(statuses(unknownMark)).toEqual(['pass', 'pass', 'pending', 'pending']);
    expect(check(unknownMark, 'gov-mark')).toMatchObject({ status: 'unknown', reason: 'not-detected' });
  });

  it('buckets posts by the zone of options.timeZone, else the rule set', () => {
    // 7 March 23:30 in Moscow, 8 March 01:30 in Yekaterinburg.
    const p = page({ posts: posts(3, '2026-03-07T20:30:00.000Z') });
    const now = new Date(msk(10));
    expect(auditCommunity(p, { now }).month.weeks.map((w) => w.posts)).toEqual([3, 0, 0, 0]);
    const yekt = auditCommunity(p, { now, timeZone: 'Asia/Yekaterinburg' });
    expect(yekt.month.weeks.map((w) => w.posts)).toEqual([0, 3, 0, 0]);
    expect(yekt.timeZone).toBe('Asia/Yekaterinburg');
    const byRules = auditCommunity(p, { now, rules: { ...DEFAULT_RULES, timeZone: 'Asia/Yekaterinburg' } });
    expect(byRules.month.weeks.map((w) => w.posts)).toEqual([0, 3, 0, 0]);
  });

  it('audits a past month when passed its last instant', () => {
    const feb = [2, 9, 16, 23].flatMap((d) => posts(3, msk(d, 12, 2)));
    const now = previousMonthEnd(new Date(msk(5)), 'Europe/Moscow');
    const a = auditCommunity(page({ posts: [...feb, ...posts(1, msk(2))] }), { now });
    expect(a.month).toMatchObject({ year: 2026, month: 2 });
    expect(statuses(a)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(a.month.weeks.every((w) => w.ended)).toBe(true);
  });

  it('lists every check once, in CHECK_IDS order, with the rules version and zone', () => {
    const a = auditCommunity(page(), { now: new Date(msk(10)) });
    expect(a.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(a.rulesVersion).toBe(RULES_VERSION);
    expect(a.timeZone).toBe('Europe/Moscow');
    expect(a.now).toBe(msk(10));
  });
});
