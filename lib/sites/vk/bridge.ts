/**
 * Optional fast path: a main-world bridge to VK's own in-page API client (`window.vkApi.api`), reached over
 * `window.postMessage` with a per-load nonce. The MAIN-world half is `installPageBridge` in lib/sites/vk/page-bridge.ts
 * (shipped as page-bridge.js; answers only `groups.getById` and `wall.get` with allow-listed parameters). This is
 * the isolated-world half: `createVkBridgeClient(win, nonce)` runs in the content script; every answer is validated
 * with zod and tagged as its source. Any failure (no bridge, no API, timeout, bad data) resolves to null, so callers
 * fall back to the page and pagination silently (the diagnostics say so).
 */
import * as z from 'zod/mini';
import type { CommunityPage, Post } from '../../types';
import { mergePosts } from '../core/collect';
import type { ReadOptions } from '../types';
import { type ApiGroup, ApiGroupSchema, type ApiPost, ApiPostSchema, postFromApi, WallGetSchema } from './embedded';
import { type BridgeWindow as MessageTarget, BRIDGE_TAG as TAG } from './page-bridge';
import { readVkPage } from './read';

export const BRIDGE_METHODS = ['groups.getById', 'wall.get'] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

export const GROUP_FIELDS =
  'cover,description,members_count,has_photo,menu,is_government_organization,fixed_post,links,site,status,trust_mark';

const ResponseSchema = z.object({
  tag: z.literal(TAG),
  kind: z.literal('response'),
  nonce: z.string(),
  id: z.number(),
  ok: z.boolean(),
  result: z.optional(z.unknown()),
  error: z.optional(z.string()),
});

export interface VkBridgeClient {
  /** The raw, unvalidated result of an allow-listed call, or null on any failure. */
  call(method: BridgeMethod, params: Record<string, string | number>, signal?: AbortSignal): Promise<unknown>;
  getGroup(id: string, signal?: AbortSignal): Promise<ApiGroup | null>;
  wallGet(id: string, offset: number, count?: number, signal?: AbortSignal): Promise<ApiPost[] | null>;
}

/** Content-script side of the bridge. `timeoutMs` bounds every call (default 4 s). */
export function createVkBridgeClient(win: MessageTarget, nonce: string, timeoutMs = 4000): VkBridgeClient {
  let next = 1;
  const call = (method: BridgeMethod, params: Record<string, string | number>, signal?: AbortSignal) =>
    new Promise<unknown>((resolve) => {
      if (signal?.aborted) {
        resolve(null);
        return;
      }
      const id = next++;
      const finish = (value: unknown) => {
        clearTimeout(timer);
        win.removeEventListener('message', listener);
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      };
      const onAbort = () => finish(null);
      const listener = (event: MessageEvent) => {
        if (event.source !== (win as unknown)) return;
        const res = ResponseSchema.safeParse(event.data);
        if (!res.success || res.data.nonce !== nonce || res.data.id !== id) return;
        finish(res.data.ok ? (res.data.result ?? null) : null);
      };
      const timer = setTimeout(() => finish(null), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      win.addEventListener('message', listener);
      win.postMessage({ tag: TAG, kind: 'request', nonce, id, method, params }, win.location.origin);
    });
  return {
    call,
    async getGroup(id, signal) {
      const raw = await call('groups.getById', { group_id: id, fields: GROUP_FIELDS }, signal);
      const list: unknown = Array.isArray(raw) ? raw[0] : (raw as { groups?: unknown[] } | null)?.groups?.[0];
      const group = ApiGroupSchema.safeParse(list);
      return group.success && String(group.data.id) === id ? group.data : null;
    },
    async wallGet(id, offset, count = 100, signal) {
      const raw = await call('wall.get', { owner_id: `-${id}`, offset, count, filter: 'owner' }, signal);
      const parsed = WallGetSchema.safeParse(raw);
      if (!parsed.success) return null;
      const items: ApiPost[] = [];
      for (const item of parsed.data.items) {
        const p = ApiPostSchema.safeParse(item);
        if (p.success && p.data.owner_id === -Number(id)) items.push(p.data);
      }
      return items;
    },
  };
}

/** Read the page with the bridge's `groups.getById` when it answers; the plain page reader otherwise. */
export async function readVkPageWithBridge(
  doc: Document,
  url: URL,
  options: ReadOptions,
  bridge: VkBridgeClient | null,
  signal?: AbortSignal,
): Promise<CommunityPage | null> {
  const plain = readVkPage(doc, url, options);
  if (!plain?.id || !bridge) return plain;
  const group = await bridge.getGroup(plain.id, signal);
  if (!group) {
    return {
      ...plain,
      diagnostics: [
        ...(plain.diagnostics ?? []),
        { name: 'bridge', message: '[vk] page API bridge did not answer groups.getById; page markup used' },
      ],
    };
  }
  return readVkPage(doc, url, { ...options, api: { group, source: 'bridge:groups.getById' } });
}

/**
 * Posts back to `cutoff` through the bridge's `wall.get` (100 a call). null when the bridge fails at any point, so
 * the caller falls back to `collectPosts`.
 */
export async function collectPostsViaBridge(
  page: CommunityPage,
  bridge: VkBridgeClient,
  cutoff: Date,
  signal?: AbortSignal,
  maxCalls = 10,
): Promise<CommunityPage | null> {
  if (!page.id) return null;
  let posts: Post[] = mergePosts(page.posts);
  for (let call = 0, offset = 0; call < maxCalls; call++, offset += 100) {
    const items = await bridge.wallGet(page.id, offset, 100, signal);
    if (!items) return null;
    const got = items.map((i) => postFromApi(i, 'bridge:wall.get')).filter((p): p is Post => p !== null);
    posts = mergePosts(
      got.filter((p) => !p.scheduled),
      posts,
    );
    const old = got.some((p) => !p.pinned && p.publishedAt !== null && Date.parse(p.publishedAt) < cutoff.getTime());
    if (old || items.length < 100) {
      const since = items.length < 100 && !old ? new Date(0).toISOString() : oldest(posts);
      return { ...page, posts, postsSince: since, partial: null };
    }
  }
  return { ...page, posts, postsSince: oldest(posts), partial: 'page-limit' };
}

function oldest(posts: readonly Post[]): string | null {
  const ts = posts
    .filter((p) => !p.pinned && !p.scheduled && p.publishedAt)
    .map((p) => Date.parse(p.publishedAt ?? ''));
  return ts.length ? new Date(Math.min(...ts)).toISOString() : null;
}
