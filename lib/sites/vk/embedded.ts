/**
 * Machine data embedded in VK pages (docs/markup.md §5): the `data-exec` PostContentContainer/init JSON of
 * each server-rendered post, `apiPrefetchCache` in inline scripts, and the G3 SPA bootstrap JSON.
 * Everything is untrusted input: parsed defensively and validated with zod.
 */
import * as z from 'zod/mini';
import type { Post } from '../../types';
import { textStartOf } from '../core/text';

const Count = z.optional(z.nullable(z.looseObject({ count: z.optional(z.number()) })));
const Flag = z.optional(z.union([z.boolean(), z.number()]));

export const ApiPostSchema = z.looseObject({
  id: z.number(),
  owner_id: z.number(),
  from_id: z.optional(z.number()),
  date: z.optional(z.number()),
  post_type: z.optional(z.string()),
  is_pinned: Flag,
  marked_as_ads: Flag,
  copy_history: z.optional(z.nullable(z.array(z.unknown()))),
  likes: Count,
  comments: Count,
  reposts: Count,
  views: Count,
  attachments: z.optional(z.nullable(z.array(z.looseObject({ type: z.optional(z.string()) })))),
});
export type ApiPost = z.infer<typeof ApiPostSchema>;

export const ApiGroupSchema = z.looseObject({
  id: z.number(),
  name: z.optional(z.string()),
  screen_name: z.optional(z.string()),
  is_closed: z.optional(z.number()),
  deactivated: z.optional(z.string()),
  members_count: z.optional(z.number()),
  has_photo: Flag,
  photo_200: z.optional(z.string()),
  description: z.optional(z.string()),
  cover: z.optional(z.looseObject({ enabled: Flag })),
  is_government_organization: Flag,
  fixed_post: z.optional(z.number()),
  menu: z.optional(
    z.looseObject({
      items: z.optional(z.array(z.looseObject({ title: z.optional(z.string()), url: z.optional(z.string()) }))),
    }),
  ),
});
export type ApiGroup = z.infer<typeof ApiGroupSchema>;

/** A plain JSON object (what a zod object schema accepts): not null, not an array. */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const optNum = (v: unknown) => v === undefined || isNum(v);
const optFlag = (v: unknown) => v === undefined || typeof v === 'boolean' || isNum(v);
const optCount = (v: unknown) => v === undefined || v === null || (isObject(v) && optNum(v.count));

/**
 * Exactly what ApiPostSchema accepts, checked by hand for the hot path (one post per `data-exec`, a hundred per
 * page); the value is returned as is (loose schema: every key kept). Tested against the schema.
 */
export function isApiPost(v: unknown): v is ApiPost {
  if (!isObject(v)) return false;
  if (!isNum(v.id) || !isNum(v.owner_id) || !optNum(v.from_id) || !optNum(v.date)) return false;
  if (v.post_type !== undefined && typeof v.post_type !== 'string') return false;
  if (!optFlag(v.is_pinned) || !optFlag(v.marked_as_ads)) return false;
  if (v.copy_history !== undefined && v.copy_history !== null && !Array.isArray(v.copy_history)) return false;
  if (!optCount(v.likes) || !optCount(v.comments) || !optCount(v.reposts) || !optCount(v.views)) return false;
  const a = v.attachments;
  if (a === undefined || a === null) return true;
  return Array.isArray(a) && a.every((x) => isObject(x) && (x.type === undefined || typeof x.type === 'string'));
}

/** The API post inside a `data-exec` attribute value (the DOM has already decoded the entities). */
export function postFromExec(value: string | null): ApiPost | null {
  if (!value || value.length > 2_000_000) return null;
  try {
    // `{"PostContentContainer/init": {"item": …}}`: the envelope checked by hand, the post itself by its schema
    const exec: unknown = JSON.parse(value);
    const init = isObject(exec) ? exec['PostContentContainer/init'] : undefined;
    if (!isObject(init)) return null;
    return isApiPost(init.item) ? init.item : null;
  } catch {
    return null;
  }
}

/** The balanced JSON value (array or object) starting at `start`, or null. */
export function balancedJson(text: string, start: number): string | null {
  const open = text[start];
  if (open !== '[' && open !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length && i - start < 3_000_000; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

const PrefetchSchema = z.array(z.looseObject({ method: z.optional(z.string()), response: z.optional(z.unknown()) }));
const GroupsResponseSchema = z.union([z.looseObject({ groups: z.array(z.unknown()) }), z.array(z.unknown())]);

/** `groups.getById` from `apiPrefetchCache` in inline scripts. */
export function groupFromScripts(scripts: string): ApiGroup | null {
  const at = scripts.indexOf('apiPrefetchCache');
  if (at < 0) return null;
  const start = scripts.slice(at, at + 200).search(/\[/);
  if (start < 0) return null;
  const json = balancedJson(scripts, at + start);
  if (!json) return null;
  try {
    const cache = PrefetchSchema.safeParse(JSON.parse(json));
    if (!cache.success) return null;
    for (const entry of cache.data) {
      if (entry.method !== 'groups.getById') continue;
      const res = GroupsResponseSchema.safeParse(entry.response);
      if (!res.success) continue;
      const first = Array.isArray(res.data) ? res.data[0] : res.data.groups[0];
      const group = ApiGroupSchema.safeParse(first);
      if (group.success) return group.data;
    }
  } catch {
    return null;
  }
  return null;
}

export interface SpaEntity {
  id: string;
  type: 'group' | 'profile' | 'other';
}

/** G3 SPA bootstrap: `"screenName":"<name>"`, then `"entityId":N` and `"screenType":"…"` nearby. */
export function spaEntityFromScripts(scripts: string, screenName: string | null): SpaEntity | null {
  if (!scripts.includes('"screenName"')) return null;
  const re = /"screenName"\s*:\s*"([^"]*)"/g;
  for (const m of scripts.matchAll(re)) {
    if (screenName && m[1]?.toLowerCase() !== screenName.toLowerCase()) continue;
    const window = scripts.slice(m.index, m.index + 1600);
    const id = /"entityId"\s*:\s*(-?\d+)/.exec(window)?.[1];
    const type = /"screenType"\s*:\s*"(\w+)"/.exec(window)?.[1];
    if (!id || !type) continue;
    return {
      id: id.replace('-', ''),
      type:
        type === 'group' || type === 'public' || type === 'event' ? 'group' : type === 'profile' ? 'profile' : 'other',
    };
  }
  return null;
}

/** `cur.options.fixed_post_id` / `"fixed_post_id":N` in inline scripts. */
export function fixedPostIdFromScripts(scripts: string): string | null {
  if (!scripts.includes('fixed_post_id')) return null;
  return /["']?fixed_post_id["']?\s*:\s*["']?(\d+)/.exec(scripts)?.[1] ?? null;
}

/** Page-level owner id from inline scripts (`cur.oid = -123`, `"loc_owner_id":-123`, `owner_id:-123`). */
export function ownerIdFromScripts(scripts: string): string | null {
  return /(?:cur\.oid\s*=\s*|["']?(?:owner_id|oid)["']?\s*:\s*)-(\d+)/.exec(scripts)?.[1] ?? null;
}

const flag = (v: boolean | number | undefined): boolean | null => (v === undefined ? null : v === true || v === 1);

export { flag as apiFlag };

/** A `Post` from an API post (bridge `wall.get`); null for visitors' posts. */
export function postFromApi(api: ApiPost, source: string): Post | null {
  if (api.from_id !== undefined && api.from_id !== api.owner_id && api.from_id > 0) return null;
  const attachments = api.attachments ?? [];
  const post: Post = {
    id: `${api.owner_id}_${api.id}`,
    publishedAt: api.date ? new Date(api.date * 1000).toISOString() : null,
    likes: api.likes?.count ?? null,
    comments: api.comments?.count ?? null,
    reposts: api.reposts?.count ?? null,
    views: api.views?.count ?? null,
    pinned: flag(api.is_pinned) === true,
    ad: flag(api.marked_as_ads) === true || api.post_type === 'post_ads',
    repost: (api.copy_history?.length ?? 0) > 0 || api.post_type === 'copy',
    clip: api.post_type === 'clip' || attachments.some((a) => a.type === 'clip'),
    poll: attachments.some((a) => a.type === 'poll'),
    source,
  };
  if (api.post_type === 'postpone') post.scheduled = true;
  const textStart = textStartOf(api.text);
  if (textStart) post.textStart = textStart;
  return post;
}

export const WallGetSchema = z.looseObject({ count: z.optional(z.number()), items: z.array(z.unknown()) });
