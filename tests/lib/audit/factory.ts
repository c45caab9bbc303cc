/** Builders of CommunityPage / Post objects for engine tests (no fixtures needed). */
import type { CommunityPage, Post } from '../../../lib/types';

let seq = 0;

export function post(publishedAt: string | null, extra: Partial<Post> = {}): Post {
  seq += 1;
  return {
    id: `-1_${seq}`,
    publishedAt,
    likes: 0,
    comments: 0,
    reposts: 0,
    views: 100,
    pinned: false,
    ad: false,
    repost: false,
    ...extra,
  };
}

/** `n` posts at the given ISO instant (ids differ). */
export function posts(n: number, publishedAt: string, extra: Partial<Post> = {}): Post[] {
  return Array.from({ length: n }, () => post(publishedAt, extra));
}

/** A fully read, healthy page: every item present, mark present, posts covered since 2000. */
export function page(extra: Partial<CommunityPage> = {}): CommunityPage {
  return {
    site: 'vk',
    url: 'https://vk.com/club1',
    id: '1',
    name: 'Школа № 1',
    members: 1500,
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText: 'Официальная страница',
    posWidget: 'present',
    govMark: 'present',
    registryLink: null,
    posts: [],
    layout: 'test',
    postsSince: '2000-01-01T00:00:00.000Z',
    descriptionComplete: true,
    access: 'open',
    ...extra,
  };
}
