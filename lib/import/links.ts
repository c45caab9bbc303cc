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
import { siteUrlsOfHost } from '../sites/urls';
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
