/**
 * VK's URLs, defined once: the hosts (./hosts.ts), the paths that are VK sections, the community URL forms. The
 * manifest's matches and the content script (lib/ext/hosts.ts), the list import (lib/import/links.ts) and the reader
 * all derive from these. URL detectors in github-url-detection style: pure functions of a URL, each followed by its
 * examples; tests/lib/sites/vk/detect.test.ts checks every example against every detector, both ways, and
 * tests/lib/sites/site-urls.test.ts that the list import agrees with the detectors on every example.
 */
import { type CommunityRef, type LinkTarget, linkTargetById, type PageKind, type SiteUrls } from '../types';
import { VK_HOSTS } from './hosts';

export { VK_HOSTS };
/** Older host names a pasted link may still use: the list import accepts them and stores the vk.com address. */
export const VK_LEGACY_HOSTS = ['new.vk.com'] as const;

const HOSTS: ReadonlySet<string> = new Set(VK_HOSTS);

/** First path segments that are VK sections or objects, never a community's screen name. */
const RESERVED: ReadonlySet<string> = new Set(
  (
    'feed im search video videos clips clip music audio audios market apps app settings friends groups photos albums ' +
    'docs doc bookmarks fave notifications messages login join restore support help about terms privacy dev ads ' +
    'stats services gifts discover games edit mail away blog jobs legal pay vkpay podcasts podcast narratives ' +
    'stories live communities people events places browse id club public event wall topic photo album page pages ' +
    'note board verify donut vkmusic vkvideo artist playlist al_wall stickers edu calls'
  ).split(' '),
);

/** Object links such as /wall1_2, /photo5_6, /albums7, /write9: never a screen name. */
const OBJECT_LINK =
  /^(?:id|club|public|event|wall|photo|video|audio|topic|album|albums|clip|market|page|note|doc|poll|board|write|app|story|videos|audios|photos)-?\d+(?:_\d+)?$/;

/** A community's screen name (lower case): letters, digits, `_` and `.`, not a section, an object or a number. */
export function isVkScreenNameText(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    /^[a-z0-9_.]{2,64}$/.test(lower) &&
    !RESERVED.has(lower) &&
    !lower.endsWith('.php') &&
    !/^\d+$/.test(lower) &&
    !OBJECT_LINK.test(lower)
  );
}

export const isVkHost = (url: URL): boolean => HOSTS.has(url.hostname.toLowerCase());

const path = (url: URL): string => url.pathname.replace(/\/+$/, '') || '/';

/** `/club123`, `/public123`, `/event123`, `/wall-123` (the community's wall). */
export const isVkCommunity = (url: URL): boolean => isVkHost(url) && vkIdFromUrl(url) !== null;
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
  const name = /^\/([^/]+)$/.exec(path(url))?.[1];
  return name !== undefined && isVkScreenNameText(name);
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

/** Every detector with its examples, for the both-ways test and the list-import agreement test. */
export const VK_DETECTORS = {
  isVkCommunity: { detect: isVkCommunity, examples: isVkCommunityExamples },
  isVkProfile: { detect: isVkProfile, examples: isVkProfileExamples },
  isVkScreenName: { detect: isVkScreenName, examples: isVkScreenNameExamples },
  isVkOther: { detect: isVkOther, examples: isVkOtherExamples },
} as const satisfies Readonly<Record<string, { detect: (url: URL) => boolean; examples: readonly string[] }>>;

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
  const id = /^\/(?:(?:club|public|event)(\d+)|wall-(\d+))$/i.exec(path(url))?.slice(1).find(Boolean);
  // ids are numbers: club007 is club 7, club0 is no community
  const digits = id?.replace(/^0+/, '');
  return digits ? digits : null;
}

/** The community a pasted link names, or why it names none: the list import's reading of a VK address. */
export function vkLinkTarget(url: URL): LinkTarget {
  const first = url.pathname.split('/').find((s) => s !== '');
  // vk.com/?w=… or the home page
  if (first === undefined) return 'no-community';
  let lower: string;
  try {
    lower = decodeURIComponent(first).toLowerCase();
  } catch {
    return 'not-a-community';
  }
  const numeric = /^(?:club|public|event)(\d+)$/.exec(lower)?.[1];
  if (numeric !== undefined) return linkTargetById(numeric);
  // A post or a section of a community: wall-123_45, wall-123, topic-123_4, album-123_4, photo-123_4, board123.
  const owned =
    /^(?:wall|topic|album|photo|video|videos|board|market|clips|audios|docs|photos)-(\d+)/.exec(lower)?.[1] ??
    /^board(\d+)$/.exec(lower)?.[1];
  if (owned !== undefined) return linkTargetById(owned);
  return isVkScreenNameText(lower) ? { id: null, screenName: lower } : 'not-a-community';
}

/** The canonical address of a VK community: `https://vk.com/club<id>` or `https://vk.com/<screen name>`. */
export function vkCommunityUrl(ref: CommunityRef): string {
  return ref.id !== null ? `https://vk.com/club${ref.id}` : `https://vk.com/${ref.screenName}`;
}

/** VK's URL knowledge as one value (lib/sites/urls.ts). */
export const VK_URLS: SiteUrls = {
  site: 'vk',
  hosts: VK_HOSTS,
  legacyHosts: VK_LEGACY_HOSTS,
  detect: detectVkPage,
  linkTarget: vkLinkTarget,
  communityUrl: vkCommunityUrl,
};
