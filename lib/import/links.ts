/**
 * Group links as users paste them: any VK or OK URL form → one normalised group key.
 * Pure: no browser API. The key is `site:<digits>` for a numeric id and `site:@<screen name>` otherwise.
 *
 * Examples (see tests/lib/import/links.test.ts):
 *   vk.com/club1, https://m.vk.com/public2, vk.ru/event3, https://vk.com/wall-4_10 → vk:1 … vk:4
 *   vk.com/gov_school → vk:@gov_school
 *   ok.ru/group/123, m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=123, ok.ru/group123 → ok:123
 *   ok.ru/biblioteka → ok:@biblioteka
 */
import type { Site } from '../types';

export type LinkErrorReason =
  /** Nothing that looks like a web address. */
  | 'not-a-link'
  /** A web address of another site. */
  | 'unsupported-site'
  /** A VK/OK page that is not a community (profile, feed, messages, a photo…). */
  | 'not-a-community'
  /** A VK/OK address without a community in it (the home page). */
  | 'no-community';

export interface GroupLink {
  site: Site;
  /** Normalised key: `vk:123`, `vk:@name`, `ok:123`, `ok:@name`. */
  key: string;
  /** Canonical address to open and fetch. */
  url: string;
  /** Numeric id (digits) when the link has it. */
  id: string | null;
  /** Screen name (lower case) when the link has no numeric id. */
  screenName: string | null;
}

export type LinkParse = { ok: true; link: GroupLink } | { ok: false; reason: LinkErrorReason };

const VK_HOSTS = new Set(['vk.com', 'www.vk.com', 'm.vk.com', 'vk.ru', 'www.vk.ru', 'm.vk.ru', 'new.vk.com']);
const OK_HOSTS = new Set(['ok.ru', 'www.ok.ru', 'm.ok.ru', 'odnoklassniki.ru', 'www.odnoklassniki.ru']);

/** VK paths that are never a community's screen name. */
const VK_RESERVED = new Set([
  'feed',
  'im',
  'search',
  'video',
  'videos',
  'clips',
  'clip',
  'music',
  'audio',
  'audios',
  'market',
  'apps',
  'app',
  'settings',
  'friends',
  'groups',
  'login',
  'join',
  'support',
  'docs',
  'doc',
  'photos',
  'albums',
  'bookmarks',
  'fave',
  'games',
  'services',
  'stickers',
  'dev',
  'about',
  'blog',
  'terms',
  'privacy',
  'restore',
  'away.php',
  'pages',
  'page',
  'edu',
  'mail',
  'calls',
  'discover',
  'notifications',
  'gifts',
  'stories',
  'podcasts',
  'ads',
  'id',
  'al_feed.php',
  'wall',
]);

/** OK paths that are never a group's screen name. */
const OK_RESERVED = new Set([
  'feed',
  'messages',
  'video',
  'music',
  'games',
  'game',
  'profile',
  'friends',
  'groups',
  'search',
  'settings',
  'app',
  'apps',
  'discovery',
  'shop',
  'guests',
  'notifications',
  'gifts',
  'photos',
  'live',
  'dk',
  'help',
  'marks',
  'events',
  'bookmarks',
  'vitrine',
  'cdk',
  'mall',
  'hobby',
  'payment',
  'blacklist',
  'dating',
  'ok',
  'about',
]);

const SCREEN_NAME = /^[a-z0-9_.]{2,64}$/;

function asUrl(raw: string): URL | null {
  let text = raw.trim();
  if (text === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // «vk.com/club1», «//ok.ru/group/1»: no scheme.
    text = `https://${text.replace(/^\/\//, '')}`;
  }
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.')) return null;
    return url;
  } catch {
    return null;
  }
}

function vkLink(url: URL): LinkParse {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const first = segments[0];
  if (first === undefined) {
    // vk.com/?w=… or the home page.
    return { ok: false, reason: 'no-community' };
  }
  const lower = decodeURIComponent(first).toLowerCase();
  const numeric = /^(?:club|public|event)(\d+)$/.exec(lower);
  if (numeric?.[1] !== undefined) return vkById(numeric[1]);
  // A post or a section of a community: wall-123_45, wall-123, topic-123_4, album-123_4, photo-123_4, board123.
  const owned = /^(?:wall|topic|album|photo|video|videos|board|market|clips|audios|docs|photos)-(\d+)/.exec(lower);
  if (owned?.[1] !== undefined) return vkById(owned[1]);
  const board = /^board(\d+)$/.exec(lower);
  if (board?.[1] !== undefined) return vkById(board[1]);
  if (/^id\d+$/.test(lower) || /^(?:wall|photo|album|video|audio)\d/.test(lower)) {
    return { ok: false, reason: 'not-a-community' };
  }
  if (VK_RESERVED.has(lower) || lower.endsWith('.php') || !SCREEN_NAME.test(lower) || /^\d+$/.test(lower)) {
    return { ok: false, reason: 'not-a-community' };
  }
  return {
    ok: true,
    link: { site: 'vk', key: `vk:@${lower}`, url: `https://vk.com/${lower}`, id: null, screenName: lower },
  };
}

function vkById(id: string): LinkParse {
  const digits = id.replace(/^0+/, '');
  if (digits === '') return { ok: false, reason: 'not-a-community' };
  return {
    ok: true,
    link: { site: 'vk', key: `vk:${digits}`, url: `https://vk.com/club${digits}`, id: digits, screenName: null },
  };
}

function okById(id: string): LinkParse {
  const digits = id.replace(/^0+/, '');
  if (digits === '') return { ok: false, reason: 'not-a-community' };
  return {
    ok: true,
    link: { site: 'ok', key: `ok:${digits}`, url: `https://ok.ru/group/${digits}`, id: digits, screenName: null },
  };
}

function okLink(url: URL): LinkParse {
  // m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=123 (and any other st.cmd of a group).
  const groupId = url.searchParams.get('st.groupId') ?? url.searchParams.get('st.grpId');
  if (groupId !== null && /^\d+$/.test(groupId)) return okById(groupId);
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const first = segments[0];
  if (first === undefined) return { ok: false, reason: 'no-community' };
  const lower = decodeURIComponent(first).toLowerCase();
  if (lower === 'group') {
    const id = segments[1];
    if (id !== undefined && /^\d+$/.test(id)) return okById(id);
    return { ok: false, reason: 'not-a-community' };
  }
  const glued = /^group(\d+)$/.exec(lower);
  if (glued?.[1] !== undefined) return okById(glued[1]);
  if (OK_RESERVED.has(lower) || !SCREEN_NAME.test(lower) || /^\d+$/.test(lower)) {
    return { ok: false, reason: 'not-a-community' };
  }
  return {
    ok: true,
    link: { site: 'ok', key: `ok:@${lower}`, url: `https://ok.ru/${lower}`, id: null, screenName: lower },
  };
}

/** Parses one link in any of the forms users paste. */
export function parseGroupLink(raw: string): LinkParse {
  const url = asUrl(raw);
  if (url === null) return { ok: false, reason: 'not-a-link' };
  const host = url.hostname.toLowerCase();
  if (VK_HOSTS.has(host)) return vkLink(url);
  if (OK_HOSTS.has(host)) return okLink(url);
  return { ok: false, reason: 'unsupported-site' };
}

/**
 * The group key of a page the extension has read (site + numeric id, else the screen name from its URL).
 * Use the same function everywhere a group is stored or looked up.
 */
export function groupKeyOf(page: { site: Site; id: string | null; url: string }): string {
  if (page.id !== null && /^\d+$/.test(page.id)) return `${page.site}:${page.id.replace(/^0+/, '')}`;
  const parsed = parseGroupLink(page.url);
  if (parsed.ok) return parsed.link.key;
  return `${page.site}:@${page.url}`;
}

/** A token in a line that looks like a VK/OK (or any) web address. */
const LINK_TOKEN = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s<>"«»]*)?/i;

/** Splits a pasted line into its link and the rest of the text (a name, when the user put one next to it). */
export function splitLinkLine(line: string): { link: string; rest: string } | null {
  const match = LINK_TOKEN.exec(line);
  if (match === null) return null;
  const link = match[0].replace(/[),.;:!?]+$/, '');
  const rest = (line.slice(0, match.index) + line.slice(match.index + match[0].length))
    .replace(/[<>«»"]/g, ' ')
    .replace(/^[\s\-–—:;,|\t]+|[\s\-–—:;,|\t]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { link, rest };
}
