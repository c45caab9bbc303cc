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
import type { Platform, Site } from '../types';

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

// ---------------------------------------------------------------- MAX and Telegram (list entries, never fetched)

/**
 * A list entry on any platform. MAX and Telegram keys: `max:@name`, `max:-<chat id>`, `max:join:<token>`,
 * `telegram:@name`, `telegram:join:<hash>`. `note` says the link was corrected on the way (the user should know).
 */
export interface PlatformLink extends Omit<GroupLink, 'site'> {
  site: Platform;
  /** 'max-at-form': `max.ru/@name` does not resolve (docs/max.md F2), kept as `max.ru/name`; 'post-link': a post's
   * link, kept as its channel. */
  note?: 'max-at-form' | 'post-link';
}

export type PlatformLinkParse = { ok: true; link: PlatformLink } | { ok: false; reason: LinkErrorReason };

const MAX_HOSTS = new Set(['max.ru', 'www.max.ru', 'web.max.ru']);
const TELEGRAM_HOSTS = new Set(['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me']);

/**
 * max.ru paths that are the site's own pages, not channels. A guess from the public site's sections (no capture,
 * docs/max.md): a channel with such a name is refused with a reason the user sees, never silently changed.
 */
const MAX_RESERVED = new Set(['download', 'about', 'help', 'legal', 'privacy', 'terms', 'login', 'support', 'app']);
/** t.me paths that are Telegram's own (share buttons, sticker sets, proxies…). */
const TELEGRAM_RESERVED = new Set([
  'share',
  'addstickers',
  'addemoji',
  'addtheme',
  'setlanguage',
  'proxy',
  'socks',
  'iv',
  'login',
  'c',
  'boost',
  'contact',
  'invoice',
]);
/** MAX public names: letters, digits, `_`, `.` (the `_gos` nicknames of госпаблики); case is kept in the URL only. */
const MAX_NAME = /^[a-z0-9_.]{2,64}$/i;
/** Telegram usernames: 5–32 letters, digits, `_`. */
const TELEGRAM_NAME = /^[a-z0-9_]{5,32}$/i;
/** A MAX chat id: negative, digits (14 in the examples seen, docs/max.md F6). */
const MAX_CHAT_ID = /^-\d{6,20}$/;
const TOKEN = /^[A-Za-z0-9_-]{6,128}$/;

function maxLink(url: URL): PlatformLinkParse {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const first = segments[0];
  if (first === undefined) return { ok: false, reason: 'no-community' };
  const decoded = decodeURIComponent(first);
  const byId = (id: string, note?: PlatformLink['note']): PlatformLinkParse => ({
    ok: true,
    link: {
      site: 'max',
      key: `max:${id}`,
      url: `https://web.max.ru/${id}`,
      id,
      screenName: null,
      ...(note ? { note } : {}),
    },
  });
  if (MAX_CHAT_ID.test(decoded)) return byId(decoded);
  const lower = decoded.toLowerCase();
  if (lower === 'c') {
    // max.ru/c/-<chat id>/<post token>: a post of a channel (docs/max.md F7)
    const id = segments[1] === undefined ? '' : decodeURIComponent(segments[1]);
    return MAX_CHAT_ID.test(id) ? byId(id, 'post-link') : { ok: false, reason: 'not-a-community' };
  }
  if (lower === 'join') {
    const token = segments[1] ?? '';
    if (!TOKEN.test(token)) return { ok: false, reason: 'not-a-community' };
    return {
      ok: true,
      link: { site: 'max', key: `max:join:${token}`, url: `https://max.ru/join/${token}`, id: null, screenName: null },
    };
  }
  if (lower === 'u') return { ok: false, reason: 'not-a-community' };
  const atForm = decoded.startsWith('@');
  const name = atForm ? decoded.slice(1) : decoded;
  if (!MAX_NAME.test(name) || MAX_RESERVED.has(name.toLowerCase()) || /^\d+$/.test(name)) {
    return { ok: false, reason: 'not-a-community' };
  }
  const note: PlatformLink['note'] | undefined = atForm ? 'max-at-form' : segments.length > 1 ? 'post-link' : undefined;
  const screenName = name.toLowerCase();
  return {
    ok: true,
    link: {
      site: 'max',
      key: `max:@${screenName}`,
      url: `https://max.ru/${name}`,
      id: null,
      screenName,
      ...(note ? { note } : {}),
    },
  };
}

function telegramLink(url: URL): PlatformLinkParse {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  let first = segments[0];
  if (first === undefined) return { ok: false, reason: 'no-community' };
  const join = (hash: string): PlatformLinkParse =>
    TOKEN.test(hash)
      ? {
          ok: true,
          link: {
            site: 'telegram',
            key: `telegram:join:${hash}`,
            url: `https://t.me/+${hash}`,
            id: null,
            screenName: null,
          },
        }
      : { ok: false, reason: 'not-a-community' };
  if (first.startsWith('+')) return join(first.slice(1));
  if (first === 'joinchat') return join(segments[1] ?? '');
  let rest = segments.slice(1);
  if (first === 's' && segments[1] !== undefined) {
    // t.me/s/<name>: the channel's public web preview
    first = segments[1];
    rest = segments.slice(2);
  }
  const name = decodeURIComponent(first);
  if (!TELEGRAM_NAME.test(name) || TELEGRAM_RESERVED.has(name.toLowerCase())) {
    return { ok: false, reason: 'not-a-community' };
  }
  const screenName = name.toLowerCase();
  return {
    ok: true,
    link: {
      site: 'telegram',
      key: `telegram:@${screenName}`,
      url: `https://t.me/${name}`,
      id: null,
      screenName,
      ...(rest.length > 0 ? { note: 'post-link' as const } : {}),
    },
  };
}

/** Parses a list entry's link on any platform: VK and OK as `parseGroupLink`, MAX and Telegram by their own forms. */
export function parsePlatformLink(raw: string): PlatformLinkParse {
  const url = asUrl(raw);
  if (url === null) return { ok: false, reason: 'not-a-link' };
  const host = url.hostname.toLowerCase();
  if (MAX_HOSTS.has(host)) return maxLink(url);
  if (TELEGRAM_HOSTS.has(host)) return telegramLink(url);
  return parseGroupLink(raw);
}

/** The platform of a stored key (`vk:1`, `max:@name`, `telegram:join:…`), null for anything else. */
export function platformOfKey(key: string): Platform | null {
  const prefix = key.slice(0, key.indexOf(':'));
  return prefix === 'vk' || prefix === 'ok' || prefix === 'max' || prefix === 'telegram' ? prefix : null;
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

const cleanRest = (text: string): string =>
  text
    .replace(/[<>«»"]/g, ' ')
    .replace(/^[\s\-–—:;,|\t]+|[\s\-–—:;,|\t]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every link in a pasted line (a row copied from Excel: name, tab, links) and the rest of the text (the name, when
 * the user put one next to them); null when the line has no link.
 */
export function splitLinksLine(line: string): { links: string[]; rest: string } | null {
  const all = new RegExp(LINK_TOKEN.source, 'gi');
  const links: string[] = [];
  let rest = '';
  let last = 0;
  for (const match of line.matchAll(all)) {
    links.push(match[0].replace(/[),.;:!?]+$/, ''));
    rest += ` ${line.slice(last, match.index)}`;
    last = match.index + match[0].length;
  }
  if (links.length === 0) return null;
  rest += ` ${line.slice(last)}`;
  return { links, rest: cleanRest(rest) };
}
