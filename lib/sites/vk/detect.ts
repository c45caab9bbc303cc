/**
 * VK URL detectors (github-url-detection style): pure functions of a URL, each followed by its examples.
 * tests/lib/sites/vk/detect.test.ts checks every example against every detector, both ways.
 */
import type { PageKind } from '../types';

const HOSTS = new Set(['vk.com', 'vk.ru', 'm.vk.com', 'm.vk.ru', 'www.vk.com', 'www.vk.ru']);

/** Paths that are VK sections, never a screen name. */
const RESERVED = new Set(
  (
    'feed im search video videos clips clip music audio audios market apps app settings friends groups photos albums ' +
    'docs bookmarks fave notifications messages login join restore support help about terms privacy dev ads stats ' +
    'services gifts discover games edit mail away blog jobs legal pay vkpay podcasts podcast narratives stories ' +
    'live communities people events places browse id club public event wall topic photo album page note board ' +
    'verify donut vkmusic vkvideo artist playlist al_wall away.php'
  ).split(' '),
);

export const isVkHost = (url: URL): boolean => HOSTS.has(url.hostname.toLowerCase());

const path = (url: URL): string => url.pathname.replace(/\/+$/, '') || '/';

/** `/club123`, `/public123`, `/event123`, `/wall-123` (the community's wall). */
export const isVkCommunity = (url: URL): boolean =>
  isVkHost(url) && /^\/(?:(?:club|public|event)\d+|wall-\d+)$/i.test(path(url));
export const isVkCommunityExamples = [
  'https://vk.com/club123',
  'https://vk.com/public45678',
  'https://vk.ru/event9',
  'https://m.vk.com/club123',
  'https://www.vk.com/public1?w=wall-1_2',
  'https://vk.com/wall-123?own=1&offset=10',
  'https://vk.com/club123/',
];

/** `/id123`: a person's page. */
export const isVkProfile = (url: URL): boolean => isVkHost(url) && /^\/id\d+$/i.test(path(url));
export const isVkProfileExamples = ['https://vk.com/id1', 'https://m.vk.com/id12345', 'https://vk.ru/id7/'];

/** `/<screen_name>`: a community or a person; the page decides. */
export const isVkScreenName = (url: URL): boolean => {
  if (!isVkHost(url)) return false;
  const m = /^\/([a-z0-9_.]{2,64})$/i.exec(path(url));
  const name = m?.[1]?.toLowerCase();
  if (!name || RESERVED.has(name) || /\.php$/.test(name)) return false;
  // object links such as /wall1_2, /photo5_6, /albums7, /write9 are never screen names
  return !/^(?:id|club|public|event|wall|photo|video|audio|topic|album|albums|clip|market|page|note|doc|poll|board|write|app|story|videos|audios|photos)-?\d+(?:_\d+)?$/.test(
    name,
  );
};
export const isVkScreenNameExamples = [
  'https://vk.com/admin_spb',
  'https://vk.ru/mos.ru',
  'https://m.vk.com/durov',
  'https://vk.com/gov_region_77',
];

/** Every other VK page: feed, messages, search, media sections, single posts/photos/topics, settings… */
export const isVkOther = (url: URL): boolean =>
  isVkHost(url) && !isVkCommunity(url) && !isVkProfile(url) && !isVkScreenName(url);
export const isVkOtherExamples = [
  'https://vk.com/',
  'https://vk.com/feed',
  'https://vk.com/im?sel=1',
  'https://vk.com/search?c[section]=communities',
  'https://vk.com/video',
  'https://vk.com/video-123_456',
  'https://vk.com/clips',
  'https://vk.com/clip-123_456',
  'https://vk.com/music',
  'https://vk.com/market-123',
  'https://vk.com/apps',
  'https://vk.com/settings',
  'https://vk.com/photo-123_456',
  'https://vk.com/wall-123_456',
  'https://vk.com/wall1_2',
  'https://vk.com/topic-123_456',
  'https://vk.com/album-123_0',
  'https://vk.com/away.php?to=https%3A%2F%2Fexample.org',
  'https://m.vk.com/groups',
  'https://vk.com/albums5',
  'https://vk.com/write77',
  'https://vk.com/friends',
];

/** The kind of a VK page from its URL alone; null when the URL is not on VK. */
export function detectVkPage(url: URL): PageKind | null {
  if (!isVkHost(url)) return null;
  if (isVkCommunity(url)) return 'community';
  if (isVkProfile(url)) return 'profile';
  if (isVkScreenName(url)) return 'maybe-community';
  return 'other';
}

/** The numeric community id in the URL (`club123` → '123'), or null. */
export function vkIdFromUrl(url: URL): string | null {
  return /^\/(?:(?:club|public|event)(\d+)|wall-(\d+))$/i.exec(path(url))?.slice(1).find(Boolean) ?? null;
}
