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
import { MAX_HOSTS, TELEGRAM_HOSTS } from '../sites/messengers';
import { siteUrlsOfHost } from '../sites/urls';
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

/**
 * Parses one link in any of the forms users paste. Which addresses name a community is each site's own knowledge
 * (`linkTarget` in lib/sites/<site>/detect.ts), the same the reader's detectors use.
 */
export function parseGroupLink(raw: string): LinkParse {
  const url = asUrl(raw);
  if (url === null) return { ok: false, reason: 'not-a-link' };
  const site = siteUrlsOfHost(url.hostname, true);
  if (site === null) return { ok: false, reason: 'unsupported-site' };
  const target = site.linkTarget(url);
  if (typeof target === 'string') return { ok: false, reason: target };
  const key = target.id !== null ? `${site.site}:${target.id}` : `${site.site}:@${target.screenName}`;
  return {
    ok: true,
    link: { site: site.site, key, url: site.communityUrl(target), id: target.id, screenName: target.screenName },
  };
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

const MAX = new Set(MAX_HOSTS);
const TELEGRAM = new Set(TELEGRAM_HOSTS);

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
  if (MAX.has(host)) return maxLink(url);
  if (TELEGRAM.has(host)) return telegramLink(url);
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
