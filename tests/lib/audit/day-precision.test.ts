/**
 * Posts whose label gave only the day («вчера», «2 дн. назад», «7 авг»): the engine counts them in their day's
 * evaluation week and never treats the 00:00 placeholder as their time (docs/dates.md). Through the public contract.
 * The rule zone is Moscow; the labels are read in the viewer's zone, which may be far from it.
 */
import { describe, expect, it } from 'vitest';
import type { Audit, Post } from '../../../lib/index';
import { auditCommunity, parseDate, VK_DATE_FORMAT } from '../../../lib/index';
import { page, post, posts } from './factory';

/** ISO instant of `hour`:`minute` Moscow time (UTC+3) on the given day of March 2026. */
const msk = (day: number, hour = 12, minute = 0) => new Date(Date.UTC(2026, 2, day, hour - 3, minute)).toISOString();
const statuses = (a: Audit) => a.month.weeks.map((w) => w.status);
const counts = (a: Audit) => a.month.weeks.map((w) => w.posts);

/** A post read from `label` at `now` in the viewer's `zone`, as the readers build it. */
function labelled(label: string, now: string, zone: string): Post {
  const d = parseDate(label, VK_DATE_FORMAT, { now: new Date(now), timeZone: zone });
  if (!d) throw new Error(`unparsed ${label}`);
  return post(d.publishedAt, d.datePrecision === 'day' ? { datePrecision: 'day' } : {});
}

describe('day-only posts in the evaluation weeks (rule zone Moscow)', () => {
  it('counts a «вчера» post in its day’s week when the viewer is in Moscow too', () => {
    // read on the 9th: «вчера» = the 8th, the first day of week 2
    const read = msk(9, 10);
    const p = page({ posts: [...posts(2, msk(3)), labelled('вчера', read, 'Europe/Moscow')], readAt: read });
    const a = auditCommunity(p, { now: new Date(msk(9, 10)) });
    expect(counts(a)).toEqual([2, 1, 0, 0]);
    // the week before holds no part of the 8th: its 2 posts fail it
    expect(statuses(a)).toEqual(['fail', 'pending', 'pending', 'pending']);
  });

  it('places a Vladivostok viewer’s «вчера» (the 8th) in week 2, not at its placeholder (7th 17:00 Moscow)', () => {
    const read = msk(9, 10);
    const day = labelled('вчера', read, 'Asia/Vladivostok');
    expect(day.publishedAt).toBe(msk(7, 17)); // 00:00 on the 8th in Vladivostok
    const a = auditCommunity(page({ posts: [...posts(2, msk(3)), day], readAt: read }), { now: new Date(read) });
    expect(counts(a)).toEqual([2, 1, 0, 0]);
    // The Vladivostok day began at 17:00 on the 7th in Moscow: the post may be week 1's third; no false 'fail'.
    expect(statuses(a)).toEqual(['unknown', 'pending', 'pending', 'pending']);
    const three = auditCommunity(page({ posts: [...posts(3, msk(3)), day], readAt: read }), { now: new Date(read) });
    expect(statuses(three)).toEqual(['pass', 'pending', 'pending', 'pending']);
  });

  it('a Kiritimati viewer (UTC+14): the 8th there is 13:00 on the 7th … 13:00 on the 8th in Moscow: week 2', () => {
    const read = msk(9, 10);
    const day = labelled('вчера', read, 'Pacific/Kiritimati');
    expect(day.publishedAt).toBe(msk(7, 13));
    const a = auditCommunity(page({ posts: [...posts(2, msk(3)), day], readAt: read }), { now: new Date(read) });
    expect(counts(a)).toEqual([2, 1, 0, 0]);
    expect(statuses(a)[0]).toBe('unknown');
  });

  it('a Los Angeles viewer: the 7th there is 11:00 on the 7th … 11:00 on the 8th in Moscow: week 1', () => {
    // 8 March 2026 is the US spring-forward day; the 7th is still PST (UTC−8)
    const read = msk(9, 20);
    const day = labelled('2 дн. назад', read, 'America/Los_Angeles');
    expect(day.publishedAt).toBe(msk(7, 11));
    const a = auditCommunity(page({ posts: [...posts(2, msk(3)), day], readAt: read }), { now: new Date(read) });
    expect(counts(a)).toEqual([3, 0, 0, 0]);
    expect(statuses(a)[0]).toBe('pass');
  });

  it('counts a «сегодня» post in the running week early in the morning (its day has barely begun)', () => {
    const read = msk(10, 0, 30);
    const today = labelled('сегодня', read, 'Europe/Moscow');
    const a = auditCommunity(page({ posts: [today], readAt: read }), { now: new Date(read) });
    expect(a.forecast).toMatchObject({ week: 2, posts: 1, stillNeeded: 2 });
  });

  it('a Hawaii viewer’s «сегодня» read late on the 9th in Moscow is counted before the read, in week 2', () => {
    // 22:00 on the 9th in Moscow = 09:00 on the 9th in Honolulu; the Honolulu day began at 13:00 on the 9th (Moscow)
    const read = msk(9, 22);
    const today = labelled('сегодня', read, 'Pacific/Honolulu');
    const a = auditCommunity(page({ posts: [today], readAt: read }), { now: new Date(read) });
    expect(counts(a)).toEqual([0, 1, 0, 0]);
  });

  it('a week is not proven short when the oldest post read gave only its day (coverage from that day’s end)', () => {
    // The oldest post read is «1 мар» (day only); posts of 1 March before it might be unread.
    const read = msk(9, 10);
    const first = post(msk(1, 0), { datePrecision: 'day' });
    const p = page({ posts: [...posts(1, msk(5)), first], postsSince: msk(1, 0), readAt: read });
    const a = auditCommunity(p, { now: new Date(read) });
    expect(counts(a)).toEqual([2, 0, 0, 0]);
    expect(a.month.weeks[0]).toMatchObject({ status: 'unknown', postsComplete: false });
    // the same page with that post's time known proves week 1 short
    const timed = page({ posts: [...posts(1, msk(5)), post(msk(1, 0))], postsSince: msk(1, 0), readAt: read });
    expect(statuses(auditCommunity(timed, { now: new Date(read) }))[0]).toBe('fail');
  });

  it('engagement counts a day-only post of the first day of the month in the month', () => {
    const read = msk(9, 10);
    const first = post(msk(1, 0), { datePrecision: 'day', likes: 10, views: 100 });
    const a = auditCommunity(page({ posts: [first], postsSince: msk(1, 0), readAt: read }), { now: new Date(read) });
    expect(a.engagementDetail.countedPostIds).toEqual([first.id]);
    expect(a.engagementDetail.partialCoverage).toBe(true);
  });
});
