/**
 * Collect the posts the audit needs from a VK community wall: same-origin GET `/wall-<id>?own=1&offset=N`
 * (server-rendered, 10 posts a page), parsed by the same reader, paced and abortable (lib/sites/core/collect.ts).
 * Also `al_wall.php`-style JSON answers (`payload[1][0]` = HTML) are understood. Never throws.
 */
import type { CommunityPage, Post } from '../../types';
import {
  type BlockReason,
  type CollectOptions,
  type CollectResult,
  decodeResponse,
  defaultFetch,
  defaultParseHtml,
  mergePosts,
  type PartialReason,
  paginate,
  type WallSource,
} from '../core/collect';
import { readVkPage } from './read';
import { VK_TEXTS } from './selectors';

export interface VkCollectOptions extends Omit<CollectOptions, 'cutoff'> {
  /** Posts published before this instant are not needed (e.g. the 1st of the previous month, 00:00 local). */
  cutoff: Date;
  /** For date labels on fetched pages. */
  now: Date;
  timeZone: string;
  /** HTML → Document; default: `new DOMParser()` (content script, extension pages, jsdom). */
  parseHtml?: (html: string) => Document;
}

/** Block-page detection for VK answers (docs/markup.md §6.2–6.3). */
export function vkBlockReason(body: string, status: number, url: string): BlockReason | null {
  if (status === 429 || /\/429\.html/.test(url)) return 'rate-limit';
  if (status === 418) return 'captcha';
  const head = body.slice(0, 200_000);
  if (VK_TEXTS.captchaPage.pattern.test(head)) return 'captcha';
  const posts = VK_TEXTS.postsInPage.pattern.test(head);
  if (VK_TEXTS.rateLimitPage.pattern.test(head) && !posts) return 'rate-limit';
  if (VK_TEXTS.membersOnlyPage.pattern.test(head) && !posts) return 'members-only';
  return null;
}

/** The HTML inside an `al_wall.php` JSON answer (`{"payload":[0,["<html>"]]}`, optionally after `<!--`). */
export function htmlFromAlWall(body: string): string | null {
  const trimmed = body.replace(/^\s*<!--/, '').trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    const json: unknown = JSON.parse(trimmed);
    if (typeof json !== 'object' || json === null || !('payload' in json)) return null;
    const payload = (json as { payload: unknown }).payload;
    if (!Array.isArray(payload)) return null;
    const inner: unknown = payload[1];
    const first: unknown = Array.isArray(inner) ? inner[0] : null;
    return typeof first === 'string' ? first : null;
  } catch {
    return null;
  }
}

/** The same-origin wall source for community `id`, seen from `pageUrl`. */
export function vkWallSource(pageUrl: string, id: string, options: VkCollectOptions): WallSource<number> {
  const origin = new URL(pageUrl).origin;
  const parseHtml = options.parseHtml ?? defaultParseHtml;
  return {
    request: (offset) => ({ url: `${origin}/wall-${id}?own=1&offset=${offset}`, init: { method: 'GET' } }),
    block: vkBlockReason,
    parse(body, offset) {
      const fragment = htmlFromAlWall(body);
      const html = fragment === null ? body : `<html><body><div id="page_wall_posts">${fragment}</div></body></html>`;
      const url = new URL(`${origin}/wall-${id}?own=1&offset=${offset}`);
      const doc = parseHtml(html);
      const page = readVkPage(doc, url, { now: options.now, timeZone: options.timeZone });
      if (!page) return null;
      const posts = page.posts.filter((p) => !p.scheduled);
      if (posts.length === 0) {
        // The end of the wall only when the page says so or shows its (empty) wall container; otherwise the
        // page was not understood, which must never pass for "every post seen".
        const endMarker = VK_TEXTS.noPostsInPage.pattern.test(body) || page.sources?.posts !== undefined;
        return endMarker ? { posts: [], next: null } : null;
      }
      const nonPinned = posts.filter((p) => !p.pinned).length;
      return { posts, next: offset + Math.max(nonPinned, 1) };
    },
  };
}

/** Low-level: collect posts of community `id` starting at `offset`, merged after `known`. */
export function collectVkPosts(
  pageUrl: string,
  id: string,
  known: readonly Post[],
  offset: number,
  options: VkCollectOptions,
): Promise<CollectResult> {
  return paginate(vkWallSource(pageUrl, id, options), known, offset, options);
}

/**
 * Collect every post back to `options.cutoff` for a page read by `readCommunityPage`, and return the page with
 * `posts`, `postsSince` and `partial` updated (partial: 'rate-limit' | 'captcha' | 'members-only' | 'aborted' | …).
 * Usable from the content script (same-origin fetch) and from an extension page (fetch with credentials).
 */
export async function collectPosts(page: CommunityPage, options: VkCollectOptions): Promise<CommunityPage> {
  if (page.site !== 'vk' || !page.id) return { ...page, partial: page.partial ?? 'unrecognised-page' };
  if (page.access === 'closed' || page.access === 'private') return { ...page, partial: 'members-only' };
  if (page.access === 'blocked' || page.access === 'deleted') return page;
  const start = page.posts.filter((p) => !p.pinned).length;
  const result = await collectVkPosts(page.url, page.id, page.posts, start, options);
  return {
    ...page,
    posts: result.posts,
    postsSince: result.postsSince,
    partial: result.partial satisfies PartialReason | null,
  };
}

/**
 * Read the admin-only scheduled posts (`/wall-<id>?postponed=1`, «Отложенные записи»). The markup of that view is
 * unverified: null means "not known" (not an admin, blocked, or the view was not recognised).
 */
export async function collectScheduledPosts(
  page: CommunityPage,
  options: Omit<VkCollectOptions, 'cutoff'>,
): Promise<Post[] | null> {
  if (page.site !== 'vk' || !page.id || options.signal?.aborted) return null;
  const url = `${new URL(page.url).origin}/wall-${page.id}?postponed=1`;
  const fetchImpl = options.fetch ?? defaultFetch;
  try {
    const res = await fetchImpl(url, { credentials: options.credentials ?? 'include', signal: options.signal });
    const body = await decodeResponse(res);
    if (!res.ok || vkBlockReason(body, res.status, res.url || url)) return null;
    const doc = (options.parseHtml ?? defaultParseHtml)(body);
    const read = readVkPage(doc, new URL(url), { now: options.now, timeZone: options.timeZone });
    const scheduled = read?.scheduledPosts ?? null;
    return scheduled ? mergePosts(scheduled) : null;
  } catch {
    return null;
  }
}
