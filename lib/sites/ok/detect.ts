/**
 * Одноклассники's URLs, defined once: the hosts (./hosts.ts), the paths that are OK services, the group URL forms. The manifest's
 * matches and the content script (lib/ext/hosts.ts), the list import (lib/import/links.ts) and the reader all derive
 * from this file. Each detector is a pure function of a `URL`, followed by real-shaped example URLs;
 * tests/lib/sites/ok/detect.test.ts checks every example against every detector (true for its own, false for all
 * others), and tests/lib/sites/site-urls.test.ts that the list import agrees with them. Evidence: docs/markup.md
 * (OK URLs: [S] `/group/<digits>`, `m.ok.ru/dk?st.cmd=altGroup…`; the rest [I]).
 *
 * A screen name (`ok.ru/<name>`) can be a group or a person: `isOkScreenNamePage` only says "maybe"; the reader
 * decides from the page.
 */

import { type CommunityRef, type LinkTarget, linkTargetById, type PageKind, type SiteUrls } from '../types';
import { OK_HOSTS } from './hosts';

export { OK_HOSTS };
/** The old name of the site: the list import accepts it and stores the ok.ru address. */
export const OK_LEGACY_HOSTS = ['odnoklassniki.ru', 'www.odnoklassniki.ru'] as const;

const HOSTS: ReadonlySet<string> = new Set(OK_HOSTS);

/** Tabs of a group that carry the group header and its feed or «О группе» text. */
const GROUP_READABLE_TABS = new Set(['', 'topics', 'about', 'feed']);

/** m.ok.ru `/dk?st.cmd=…` commands that render a group's main page or its «О группе» tab. */
const MOBILE_GROUP_COMMANDS = new Set(['altGroupMain', 'altGroupAbout', 'altGroupTopics']);

/** First path segments that are OK services, never a screen name. */
const RESERVED_SEGMENTS: ReadonlySet<string> = new Set(
  (
    'about app apps auth blacklist bookmarks cdk dating discovery discussions dk events feed friends game games gifts ' +
    'group groups guests help hobby live mall mapi marks messages music notifications ok payment photos profile res ' +
    'search settings shop video vitrine'
  ).split(' '),
);

/** A group's screen name: letters, digits, `_`, `.`, `-`, not a service and not a number. */
export function isOkScreenNameText(name: string): boolean {
  return /^[A-Za-z0-9_.-]{2,64}$/.test(name) && !RESERVED_SEGMENTS.has(name.toLowerCase()) && !/^\d+$/.test(name);
}

/** ok.ru, www.ok.ru or m.ok.ru. */
export const isOkHost = (url: URL): boolean => HOSTS.has(url.hostname.toLowerCase());

/** Path segments without empty ones: `/group/1/` → ['group', '1']. */
const segments = (url: URL): string[] => url.pathname.split('/').filter((s) => s !== '');

const dkCommand = (url: URL): string | null =>
  segments(url)[0] === 'dk' ? (url.searchParams.get('st.cmd') ?? url.searchParams.get('cmd')) : null;

/** Group ids are numbers: 007 is 7, 0 is no group. */
const groupNumber = (digits: string): string | null => digits.replace(/^0+/, '') || null;

/** The numeric group id a URL names for certain, or null. */
export function okGroupIdFromUrl(url: URL): string | null {
  if (!isOkHost(url)) return null;
  const [first, id, tab = '', ...rest] = segments(url);
  if (first === 'group' && id !== undefined && /^\d+$/.test(id) && GROUP_READABLE_TABS.has(tab) && rest.length === 0) {
    return groupNumber(id);
  }
  const cmd = dkCommand(url);
  const gid = url.searchParams.get('st.groupId');
  if (cmd !== null && MOBILE_GROUP_COMMANDS.has(cmd) && gid !== null && /^\d+$/.test(gid)) return groupNumber(gid);
  return null;
}

/** A group page (main feed, «Темы», «О группе») whose id is in the URL. */
export const isOkGroup = (url: URL): boolean => okGroupIdFromUrl(url) !== null;
export const isOkGroupExamples = [
  'https://ok.ru/group/70000001234567',
  'https://ok.ru/group/70000001234567/',
  'https://www.ok.ru/group/53038939046008',
  'https://ok.ru/group/70000001234567/topics',
  'https://ok.ru/group/70000001234567/about',
  'https://m.ok.ru/group/70000001234567',
  'https://m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=70000001234567',
  'https://m.ok.ru/dk?st.cmd=altGroupAbout&st.groupId=70000001234567&_prevCmd=altGroupMain',
];

/** `ok.ru/<name>` (or its «Темы» / «О группе» tab): a group or a person, decided from the page. */
export const isOkScreenNamePage = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const [name, tab = '', ...rest] = segments(url);
  return name !== undefined && isOkScreenNameText(name) && GROUP_READABLE_TABS.has(tab) && rest.length === 0;
};
export const isOkScreenNamePageExamples = [
  'https://ok.ru/admgorod',
  'https://ok.ru/admgorod/',
  'https://ok.ru/mingosuslugi.official',
  'https://ok.ru/admgorod/topics',
  'https://ok.ru/admgorod/about',
  'https://m.ok.ru/admgorod',
  'https://ok.ru/ivan.petrov',
];

/** A person's profile. */
export const isOkProfile = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const [first, id] = segments(url);
  if (first === 'profile' && id !== undefined && /^\d+$/.test(id)) return true;
  const cmd = dkCommand(url);
  return cmd === 'userMain' || (cmd?.startsWith('friend') ?? false);
};
export const isOkProfileExamples = [
  'https://ok.ru/profile/570000000001',
  'https://ok.ru/profile/570000000001/statuses',
  'https://ok.ru/profile/570000000001/friends',
  'https://m.ok.ru/profile/570000000001',
  'https://m.ok.ru/dk?st.cmd=friendMain&st.friendId=570000000001',
  'https://m.ok.ru/dk?st.cmd=userMain',
];

/** A single topic (post) or its comments: not the group page. */
export const isOkTopic = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const s = segments(url);
  const topicAt = s.indexOf('topic');
  if (topicAt >= 1 && topicAt === s.length - 2 && /^\d+$/.test(s[topicAt + 1] ?? '')) return true;
  const cmd = dkCommand(url);
  return cmd === 'altGroupMediaThemeComments' || cmd === 'altGroupMovieComments' || cmd === 'mediaTopicLayer';
};
export const isOkTopicExamples = [
  'https://ok.ru/group/70000001234567/topic/155000000000001',
  'https://ok.ru/admgorod/topic/155000000000001',
  'https://m.ok.ru/group/70000001234567/topic/155000000000001',
  'https://m.ok.ru/dk?st.cmd=altGroupMediaThemeComments&st.groupId=70000001234567&st.themeId=155000000000001',
  'https://m.ok.ru/dk?st.cmd=altGroupMovieComments&st.groupId=70000001234567&st.sbj=155000000000001',
];

/** The user's own news feed (the site root too). */
export const isOkFeed = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const s = segments(url);
  return s.length === 0 || (s[0] === 'feed' && s.length <= 2) || dkCommand(url) === 'feed';
};
export const isOkFeedExamples = [
  'https://ok.ru/',
  'https://ok.ru/feed',
  'https://ok.ru/feed/friends',
  'https://m.ok.ru/',
  'https://m.ok.ru/dk?st.cmd=feed',
];

/** Messages. */
export const isOkMessages = (url: URL): boolean =>
  isOkHost(url) && (segments(url)[0] === 'messages' || dkCommand(url) === 'userMessages');
export const isOkMessagesExamples = [
  'https://ok.ru/messages',
  'https://ok.ru/messages/570000000001',
  'https://m.ok.ru/dk?st.cmd=userMessages',
];

/** Video and live streams, including a group's video tab. */
export const isOkVideo = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const s = segments(url);
  return s[0] === 'video' || s[0] === 'live' || (s[0] === 'group' && s[2] === 'video');
};
export const isOkVideoExamples = [
  'https://ok.ru/video',
  'https://ok.ru/video/7000000000001',
  'https://ok.ru/live/7000000000001',
  'https://ok.ru/group/70000001234567/video',
  'https://m.ok.ru/video/7000000000001',
];

/** Games and apps. */
export const isOkGames = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const first = segments(url)[0];
  return first === 'games' || first === 'game' || first === 'app' || first === 'apps' || first === 'vitrine';
};
export const isOkGamesExamples = [
  'https://ok.ru/games',
  'https://ok.ru/game/farmerland',
  'https://ok.ru/app/puzzle2048',
  'https://ok.ru/vitrine',
];

/** Other OK services and a group's non-feed tabs (members, photos, …): none of them is a readable group page. */
export const isOkOtherPage = (url: URL): boolean => {
  if (!isOkHost(url)) return false;
  const s = segments(url);
  const first = s[0];
  if (first === undefined) return false;
  if (first === 'group') return s.length >= 3 && !isOkGroup(url) && !isOkTopic(url) && !isOkVideo(url);
  if (first === 'dk') {
    const cmd = dkCommand(url);
    return !isOkGroup(url) && !isOkProfile(url) && !isOkTopic(url) && !isOkFeed(url) && !isOkMessages(url) && !!cmd;
  }
  return (
    RESERVED_SEGMENTS.has(first) &&
    !['profile', 'feed', 'messages', 'video', 'live', 'games', 'game', 'app', 'apps', 'vitrine'].includes(first)
  );
};
export const isOkOtherPageExamples = [
  'https://ok.ru/music',
  'https://ok.ru/groups',
  'https://ok.ru/groups/search?st.query=admin',
  'https://ok.ru/friends',
  'https://ok.ru/search?st.query=test',
  'https://ok.ru/settings',
  'https://ok.ru/notifications',
  'https://ok.ru/group/70000001234567/members',
  'https://ok.ru/group/70000001234567/albums',
  'https://m.ok.ru/dk?st.cmd=altGroupMembers&st.groupId=70000001234567',
  'https://ok.ru/dk?st.cmd=altGroupForum&st.groupId=70000001234567',
  'https://ok.ru/dk?cmd=logExternal&st.cmd=logExternal&st.link=https%3A%2F%2Fpos.gosuslugi.ru%2F',
];

/** Either a group by id or a screen name that may be a group: the pages the OK reader tries. */
export const isOkCommunityCandidate = (url: URL): boolean => isOkGroup(url) || isOkScreenNamePage(url);

/** Every detector with its examples, for the both-ways test. */
export const OK_DETECTORS = {
  isOkGroup: { detect: isOkGroup, examples: isOkGroupExamples },
  isOkScreenNamePage: { detect: isOkScreenNamePage, examples: isOkScreenNamePageExamples },
  isOkProfile: { detect: isOkProfile, examples: isOkProfileExamples },
  isOkTopic: { detect: isOkTopic, examples: isOkTopicExamples },
  isOkFeed: { detect: isOkFeed, examples: isOkFeedExamples },
  isOkMessages: { detect: isOkMessages, examples: isOkMessagesExamples },
  isOkVideo: { detect: isOkVideo, examples: isOkVideoExamples },
  isOkGames: { detect: isOkGames, examples: isOkGamesExamples },
  isOkOtherPage: { detect: isOkOtherPage, examples: isOkOtherPageExamples },
} as const satisfies Readonly<Record<string, { detect: (url: URL) => boolean; examples: readonly string[] }>>;

/** What the URL alone says about an OK page; null when the URL is not on ok.ru / m.ok.ru. */
export function detectOkPage(url: URL): PageKind | null {
  if (!isOkHost(url)) return null;
  if (isOkGroup(url)) return 'community';
  if (isOkScreenNamePage(url)) return 'maybe-community';
  if (isOkProfile(url)) return 'profile';
  return 'other';
}

/** The group a pasted link names, or why it names none: the list import's reading of an OK address. */
export function okLinkTarget(url: URL): LinkTarget {
  // m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=123 (and any other st.cmd of a group)
  const groupId = url.searchParams.get('st.groupId') ?? url.searchParams.get('st.grpId');
  if (groupId !== null && /^\d+$/.test(groupId)) return linkTargetById(groupId);
  const [first, second] = segments(url);
  if (first === undefined) return 'no-community';
  let lower: string;
  try {
    lower = decodeURIComponent(first).toLowerCase();
  } catch {
    return 'not-a-community';
  }
  if (lower === 'group')
    return second !== undefined && /^\d+$/.test(second) ? linkTargetById(second) : 'not-a-community';
  const glued = /^group(\d+)$/.exec(lower)?.[1];
  if (glued !== undefined) return linkTargetById(glued);
  return isOkScreenNameText(lower) ? { id: null, screenName: lower } : 'not-a-community';
}

/** The canonical address of an OK group: `https://ok.ru/group/<id>` or `https://ok.ru/<screen name>`. */
export function okCommunityUrl(ref: CommunityRef): string {
  return ref.id !== null ? `https://ok.ru/group/${ref.id}` : `https://ok.ru/${ref.screenName}`;
}

/** OK's URL knowledge as one value (lib/sites/urls.ts). */
export const OK_URLS: SiteUrls = {
  site: 'ok',
  hosts: OK_HOSTS,
  legacyHosts: OK_LEGACY_HOSTS,
  detect: detectOkPage,
  linkTarget: okLinkTarget,
  communityUrl: okCommunityUrl,
};
