import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditCommunity } from '../../../lib/audit/audit';
import { badgeFor, showBadgeFor } from '../../../lib/ext/badge';
import { TONE_COLOUR } from '../../../lib/i18n/vocabulary';
import type { CommunityPage, Post } from '../../../lib/types';

let seq = 0;
const post = (at: string, extra: Partial<Post> = {}): Post => ({
  id: `-1_${++seq}`,
  publishedAt: at,
  likes: 1,
  comments: 0,
  reposts: 0,
  views: 10,
  pinned: false,
  ad: false,
  repost: false,
  ...extra,
});
const page = (posts: Post[], extra: Partial<CommunityPage> = {}): CommunityPage => ({
  site: 'vk',
  url: 'https://vk.com/club1',
  id: '1',
  name: 'Школа',
  members: 100,
  avatar: 'present',
  cover: 'present',
  description: 'present',
  descriptionText: null,
  posWidget: 'present',
  govMark: 'present',
  registryLink: null,
  posts,
  layout: 'test',
  postsSince: '2026-10-01T00:00:00Z',
  ...extra,
});
const week4 = [post('2026-11-02T09:00:00Z'), post('2026-11-02T10:00:00Z'), post('2026-11-02T11:00:00Z')]
  .concat([post('2026-11-09T09:00:00Z'), post('2026-11-09T10:00:00Z'), post('2026-11-09T11:00:00Z')])
  .concat([post('2026-11-16T09:00:00Z'), post('2026-11-16T10:00:00Z'), post('2026-11-16T11:00:00Z')]);
const audit = (p: CommunityPage, now: string) => auditCommunity(p, { now: new Date(now), timeZone: 'Europe/Moscow' });

describe('badgeFor', () => {
  it('posts still needed this week, orange with days left', () => {
    const b = badgeFor(audit(page([...week4, post('2026-11-23T09:00:00Z')]), '2026-11-24T12:00:00Z'));
    expect(b).toMatchObject({ text: '2', color: TONE_COLOUR.warn });
  });

  it('red on the last day', () => {
    const b = badgeFor(audit(page(week4), '2026-11-28T12:00:00Z'));
    expect(b).toMatchObject({ text: '3', color: TONE_COLOUR.fail });
  });

  it('red when the month is already lost', () => {
    const b = badgeFor(audit(page(week4.slice(3)), '2026-11-24T12:00:00Z'));
    expect(b?.color).toBe(TONE_COLOUR.fail);
  });

  it('a green check when the norm is met', () => {
    const p = page([...week4, ...[1, 2, 3].map((h) => post(`2026-11-23T0${h}:00:00Z`))]);
    expect(badgeFor(audit(p, '2026-11-24T12:00:00Z'))).toMatchObject({ text: '✓', color: TONE_COLOUR.pass });
  });

  it('grey when the week was not fully read', () => {
    const b = badgeFor(audit(page(week4, { postsSince: null }), '2026-11-24T12:00:00Z'));
    expect(b?.color).toBe(TONE_COLOUR.neutral);
  });

  it('a #Н/Д group says Н/Д in red, whatever its posts', () => {
    const nd = badgeFor(
      audit(page([...week4, post('2026-11-23T09:00:00Z')], { govMark: 'missing' }), '2026-11-24T12:00:00Z'),
    );
    expect(nd).toEqual({ text: 'Н/Д', color: TONE_COLOUR.fail });
  });

  it('nothing on days 29–31 or without a page', () => {
    expect(badgeFor(audit(page(week4), '2026-11-29T12:00:00Z'))).toBeNull();
    expect(badgeFor(null)).toBeNull();
  });
});

describe('showBadgeFor', () => {
  it('sets the badge of the tab, and clears it for a non-community page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://vk.com/club1' });
    const tabId = tab.id ?? 0;
    await showBadgeFor(tabId, page(week4), new Date('2026-11-24T12:00:00Z'));
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('3');
    await showBadgeFor(tabId, null);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });
});
