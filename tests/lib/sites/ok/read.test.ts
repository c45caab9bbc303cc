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

describe('the 2024 wall: what is left out and what is kept (docs/markup.md §15.6)', () => {
  const f = fixtures.find((x) => x.slug === 'wall-2024');
  const read = (html: string) => readCommunityPage(parseHtml(html), f?.url ?? '', f?.options ?? { now: new Date() });
  const ids = (html: string) => read(html)?.posts.map((p) => p.id) ?? [];
  const wall = f?.html ?? '';

  it('the golden page leaves out the recommendations and the other group’s item', () => {
    expect(ids(wall)).toEqual([
      '158000000000806',
      '158000000000805',
      '158000000000804',
      '158000000000803',
      '158000000000802',
    ]);
  });

  it('a heading «Может быть интересно» at the top of a flat list of the group’s items leaves nothing out', () => {
    const flat = wall.replace(
      '<div class="groups_posts">',
      '<div class="groups_posts"><div class="feed-header">Может быть интересно</div>',
    );
    expect(ids(flat)).toHaveLength(5);
  });

  it('the group’s own words «Может быть интересно» in a post’s text are not a heading', () => {
    const own = wall.replace('Итоги заседания районного совета депутатов.', 'Может быть интересно');
    expect(ids(own)).toContain('158000000000805');
  });

  it('another group’s author link below an item’s text (a reshare the reader does not recognise) keeps the item', () => {
    const item = (below: string) =>
      `<div class="groups_post-w"><div class="media-text_cnt"><div class="media-text_cnt_tx" data-tid="158000000000899">Делимся новостью соседей</div></div>${below}<div class="feed_date">добавлена вчера</div></div>`;
    const at = '<div class="groups_posts">';
    const other = '<a class="group-link o" href="/group/70000009999999">Соседи</a>';
    expect(ids(wall.replace(at, at + item(other)))).toContain('158000000000899');
    // the same link in the item's header, before its text, makes it the other group's item
    const header = wall.replace(
      at,
      at + item('').replace('<div class="media-text_cnt">', `${other}<div class="media-text_cnt">`),
    );
    expect(ids(header)).not.toContain('158000000000899');
  });
});
