import { describe, expect, it } from 'vitest';
import { auditCommunity } from '../../../lib/audit/audit';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { page, post } from './factory';

const msk = (day: number, hour = 12, month = 3) => new Date(Date.UTC(2026, month - 1, day, hour - 3)).toISOString();
const now = new Date(msk(20));

describe('engagement (ER and achievement)', () => {
  it('pools the counted posts of the month so far and rounds ER, achievement from the rounded ER', () => {
    const counted = [
      post(msk(2), { id: 'a', likes: 5, comments: 1, reposts: 1, views: 200 }),
      post(msk(10), { id: 'b', likes: 0, comments: 0, reposts: 0, views: 100 }),
    ];
    const a = auditCommunity(page({ posts: counted }), { now });
    // 7 / 300 · 100 = 2.3333… → 2.33; 2.33 / 3 · 100 = 77.666… → 77.67.
    expect(a.engagement).toEqual({ rate: 2.33, achievement: 77.67 });
    expect(a.engagementDetail).toMatchObject({
      countedPostIds: ['a', 'b'],
      likes: 5,
      comments: 1,
      reposts: 1,
      views: 300,
      postsWithoutViews: 0,
      flaggedMissingCounters: false,
    });
    expect(a.checks.find((c) => c.id === 'engagement')).toMatchObject({ status: 'fail', reason: 'below-target' });
  });

  it('leaves out ads, scheduled posts, other months, days 29–31, future posts and an old pinned post', () => {
    const base = post(msk(3), { id: 'base', likes: 3, views: 100 });
    const noise = [
      post(msk(4), { ad: true, likes: 1000, views: 100 }),
      post(msk(5), { scheduled: true, likes: 1000, views: 100 }),
      post(msk(26, 12, 2), { pinned: true, likes: 1000, views: 100 }),
      post(msk(25), { likes: 1000, views: 100 }), // after `now`
      base, // duplicate of the same post (pinned and in the feed) counts once
    ];
    const a = auditCommunity(page({ posts: [base, ...noise], scheduledPosts: [post(msk(21), { likes: 9 })] }), {
      now,
    });
    expect(a.engagementDetail.countedPostIds).toEqual(['base']);
    expect(a.engagement).toEqual({ rate: 3, achievement: 100 });
    expect(a.checks.find((c) => c.id === 'engagement')).toMatchObject({ status: 'pass', reason: 'target-met' });
    const lastMonth = auditCommunity(page({ posts: [post(msk(30, 12, 1), { likes: 5, views: 10 })] }), {
      now: new Date(msk(3, 12, 2)),
    });
    expect(lastMonth.engagementDetail.countedPostIds).toEqual([]);
    const late = auditCommunity(
      page({ posts: [post(msk(28), { id: 'in', views: 10 }), post(msk(30), { id: 'out', likes: 9, views: 10 })] }),
      { now: new Date(msk(31, 20)) },
    );
    expect(late.engagementDetail.countedPostIds).toEqual(['in']);
  });

  it('counts ad posts when the rules say so', () => {
    const p = page({ posts: [post(msk(3), { ad: true, likes: 6, views: 100 })] });
    expect(auditCommunity(p, { now, rules: { ...DEFAULT_RULES, countAdPosts: true } }).engagement.rate).toBe(6);
    expect(auditCommunity(p, { now }).engagement.rate).toBeNull();
  });

  it('leaves out posts with unknown views, counts a missing counter as 0 and flags it', () => {
    const p = page({
      posts: [post(msk(3), { likes: 50, views: null }), post(msk(4), { likes: 2, comments: null, views: 100 })],
    });
    const a = auditCommunity(p, { now });
    expect(a.engagement.rate).toBe(2);
    expect(a.engagementDetail).toMatchObject({ postsWithoutViews: 1, flaggedMissingCounters: true, views: 100 });
  });

  it('caps the achievement at 100', () => {
    const a = auditCommunity(page({ posts: [post(msk(3), { likes: 40, views: 100 })] }), { now });
    expect(a.engagement).toEqual({ rate: 40, achievement: 100 });
  });

  it('is unknown with a reason when there are no views or no posts', () => {
    const noViews = auditCommunity(page({ posts: [post(msk(3), { views: null })] }), { now });
    expect(noViews.engagement).toEqual({ rate: null, achievement: null });
    expect(noViews.checks.find((c) => c.id === 'engagement')).toMatchObject({ status: 'unknown', reason: 'no-views' });
    const zeroViews = auditCommunity(page({ posts: [post(msk(3), { views: 0, likes: 1 })] }), { now });
    expect(zeroViews.engagement.rate).toBeNull();
    const none = auditCommunity(page(), { now });
    expect(none.checks.find((c) => c.id === 'engagement')).toMatchObject({ status: 'unknown', reason: 'no-posts' });
    const blocked = auditCommunity(page({ access: 'blocked', postsSince: null }), { now });
    expect(blocked.checks.find((c) => c.id === 'engagement')).toMatchObject({ reason: 'page-not-readable' });
  });
});
