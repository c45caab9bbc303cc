import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCommunity } from '../../../lib/audit/audit';
import { groupsOfAnswer, pageFromApi, postsOfAnswer, type WallRead } from '../../../lib/vkapi/map';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/vkapi/${name}`, import.meta.url), 'utf8')) as { response: unknown };

const groups = groupsOfAnswer(fixture('groups-getById.json').response);
const group = (id: number) => {
  const g = groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};
const NOW = new Date('2025-11-26T09:00:00Z');
const wall = (): WallRead => {
  const posts = postsOfAnswer(fixture('wall-get.json').response);
  if (!posts) throw new Error('wall');
  return { items: posts.items, reachedCutoff: true, reachedEnd: false, partial: null };
};

describe('groupsOfAnswer', () => {
  it('reads the 5.199 answer {groups, profiles} and the older bare array alike', () => {
    expect(groups.map((g) => g.id)).toEqual([123456, 222, 333, 444, 555]);
    const bare = groupsOfAnswer((fixture('groups-getById.json').response as { groups: unknown[] }).groups);
    expect(bare.map((g) => g.id)).toEqual([123456, 222, 333, 444, 555]);
  });

  it('skips items that are not groups instead of failing the answer', () => {
    expect(groupsOfAnswer({ groups: [{ id: 'x' }, null, { id: 7, name: 'Семь' }] }).map((g) => g.id)).toEqual([7]);
    expect(groupsOfAnswer('nonsense')).toEqual([]);
  });
});

describe('pageFromApi', () => {
  it('maps every header field of an official page, each with its API source', () => {
    const page = pageFromApi({ group: group(123456), url: 'https://vk.com/school5_official', wall: wall(), now: NOW });
    expect(page).toMatchObject({
      site: 'vk',
      id: '123456',
      name: 'МБОУ «Школа № 5»',
      members: 15230,
      avatar: 'present',
      cover: 'present',
      description: 'present',
      posWidget: 'present',
      govMark: 'present',
      registryLink: 'https://knd.gov.ru/license?id=65a1b2c3d4e5f60718293a4b&registryType=bloggersPermission',
      access: 'open',
      layout: 'vk-api',
      descriptionComplete: true,
      partial: null,
    });
    expect(page.sources).toMatchObject({
      members: 'api:groups.getById',
      avatar: 'api:groups.getById',
      cover: 'api:groups.getById',
      description: 'api:groups.getById',
      posWidget: 'api:groups.getById:menu',
      govMark: 'api:groups.getById',
      posts: 'api:wall.get',
    });
  });

  it('maps the posts: pinned, poll, repost, clip, ad; a visitor’s post is not the community’s', () => {
    const page = pageFromApi({ group: group(123456), url: 'https://vk.com/club123456', wall: wall(), now: NOW });
    expect(page.posts.map((p) => [p.id, p.pinned, p.poll, p.repost, p.clip, p.ad])).toEqual([
      ['-123456_812', true, false, false, false, false],
      ['-123456_900', false, true, false, false, false],
      ['-123456_899', false, false, true, false, false],
      ['-123456_898', false, false, false, true, false],
      ['-123456_897', false, false, false, false, true],
    ]);
    expect(page.posts[1]).toMatchObject({ likes: 12, comments: 1, reposts: 0, views: 700, source: 'api:wall.get' });
    // the post's own first words (for «MAX first»); a repost without its own text has none
    expect(page.posts.map((p) => p.textStart)).toEqual([
      'Мы в перечне РКН, заявление № 1234567',
      'Опрос',
      undefined,
      'Клип',
      'Реклама',
    ]);
    // coverage: from the oldest post that is not pinned
    expect(page.postsSince).toBe(new Date(1763850000 * 1000).toISOString());
  });

  it('says «missing» only where the answer has the field and it is empty', () => {
    const page = pageFromApi({ group: group(222), url: 'https://vk.com/club222', wall: null, now: NOW });
    expect(page).toMatchObject({
      avatar: 'missing',
      cover: 'missing',
      description: 'missing',
      posWidget: 'missing',
      govMark: 'missing',
      registryLink: null,
    });
  });

  it('leaves the undocumented fields «unknown» when the answer lacks them', () => {
    const page = pageFromApi({ group: group(555), url: 'https://vk.com/adm_555', wall: null, now: NOW });
    expect(page.posWidget).toBe('unknown');
    expect(page.govMark).toBe('unknown');
    expect(page.sources?.posWidget).toBeUndefined();
    // no wall read: coverage unknown, never «no posts»
    expect(page.postsSince).toBeNull();
    const audit = auditCommunity(page, { now: NOW, timeZone: 'Europe/Moscow' });
    expect(audit.checks.find((c) => c.id === 'gov-mark')?.status).toBe('unknown');
    expect(audit.checks.find((c) => c.id === 'frequency')?.status).toBe('unknown');
  });

  it('finds links to MAX channels for the MAX-link check; «none» only when the menu and description were answered', () => {
    const base = group(222);
    const at = (g: typeof base) => pageFromApi({ group: g, url: 'https://vk.com/club222', wall: null, now: NOW });
    // an address written in the description and a link in the links block (through away.php)
    const linked = at({
      ...base,
      description: 'Наш канал: max.ru/school5_gos.',
      links: [{ url: 'https://vk.com/away.php?to=https%3A%2F%2Fmax.ru%2Fjoin%2Fabc' }],
      menu: { items: [] },
    });
    expect(linked.messengerLinks).toEqual(['https://max.ru/join/abc', 'https://max.ru/school5_gos']);
    expect(at({ ...base, description: 'Школа', links: [], menu: { items: [] } }).messengerLinks).toEqual([]);
    // the menu not answered (undocumented field): a link there cannot be ruled out
    expect(at({ ...base, description: 'Школа', links: [], menu: undefined }).messengerLinks).toBeNull();
    const deleted = pageFromApi({ group: group(444), url: 'https://vk.com/club444', wall: null, now: NOW });
    expect(deleted.messengerLinks).toBeNull();
  });

  it('marks a members-only community closed and a deleted one deleted, with nothing else told', () => {
    expect(pageFromApi({ group: group(333), url: 'https://vk.com/club333', wall: null, now: NOW })).toMatchObject({
      access: 'closed',
      members: 120,
      postsSince: null,
    });
    const deleted = pageFromApi({ group: group(444), url: 'https://vk.com/club444', wall: null, now: NOW });
    expect(deleted).toMatchObject({ access: 'deleted', members: null, avatar: 'unknown', description: 'unknown' });
  });

  it('reads an empty wall to its end as «every post since ever», and a cut-short one as partial', () => {
    const empty = pageFromApi({
      group: group(555),
      url: 'https://vk.com/adm_555',
      wall: { items: [], reachedCutoff: false, reachedEnd: true, partial: null },
      now: NOW,
    });
    expect(empty.postsSince).toBe(new Date(0).toISOString());
    const closed = pageFromApi({ group: group(555), url: 'u', wall: null, now: NOW, partial: 'members-only' });
    expect(closed.partial).toBe('members-only');
  });

  it('finds an RKN application number in the pinned post when there is no registry link', () => {
    const page = pageFromApi({ group: group(555), url: 'https://vk.com/adm_555', wall: wall(), now: NOW });
    expect(page.registryLink).toBeNull();
    expect(page.registryApplication).toBe('1234567');
  });
});
