// @vitest-environment jsdom
/** OK pages that are not a group read as null (the golden pages themselves: tests/lib/sites/fixtures.test.ts). */
import { describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../../lib/sites';
import { OK_DETECTORS } from '../../../../lib/sites/ok/detect';
import { loadFixtures, parseHtml } from '../fixtures';

const fixtures = loadFixtures('ok');

describe('non-group OK pages give null, whatever the document', () => {
  const group = fixtures.find((f) => f.slug === 'desktop-group');
  const nonGroup = [
    ...OK_DETECTORS.isOkProfile.examples,
    ...OK_DETECTORS.isOkTopic.examples,
    ...OK_DETECTORS.isOkFeed.examples,
    ...OK_DETECTORS.isOkMessages.examples,
    ...OK_DETECTORS.isOkVideo.examples,
    ...OK_DETECTORS.isOkGames.examples,
    ...OK_DETECTORS.isOkOtherPage.examples,
  ];
  it.each(nonGroup)('%s', (url) => {
    // even a full group document read under a non-group URL is not a group page
    const doc = parseHtml(group?.html ?? '');
    expect(
      readCommunityPage(doc, url, { now: new Date('2026-11-20T09:00:00Z'), timeZone: 'Europe/Moscow' }),
    ).toBeNull();
  });

  it("a person's page is null even without og:url, though it links to groups", () => {
    const profile = fixtures.find((f) => f.slug === 'profile');
    const html = (profile?.html ?? '').replace(/<meta property="og:url"[^>]*>|<link rel="canonical"[^>]*>/g, '');
    expect(html).toContain('st.groupId=');
    const opts = { now: new Date('2026-11-20T09:00:00Z'), timeZone: 'Europe/Moscow' };
    expect(readCommunityPage(parseHtml(html), 'https://ok.ru/ivan.petrov.example', opts)).toBeNull();
  });

  it('a screen name with no group evidence is null; a group id URL never is', () => {
    const empty = parseHtml('<html><head><title>OK</title></head><body><p>…</p></body></html>');
    const opts = { now: new Date('2026-11-20T09:00:00Z'), timeZone: 'Europe/Moscow' };
    expect(readCommunityPage(empty, 'https://ok.ru/somebody', opts)).toBeNull();
    expect(readCommunityPage(empty, 'https://ok.ru/group/123', opts)).toMatchObject({
      site: 'ok',
      id: '123',
      layout: 'unknown',
      avatar: 'unknown',
      cover: 'unknown',
      description: 'unknown',
      posWidget: 'unknown',
      govMark: 'unknown',
      access: 'unknown',
      postsSince: null,
    });
  });
});
