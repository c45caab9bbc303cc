/**
 * From `groups.getById` and `wall.get` answers to the readers' data model (`CommunityPage`, `Post`), every field
 * tagged with its source (`api:groups.getById`, `api:wall.get`) so the table, the reports and the diagnostics say
 * where each figure came from. Pure. A field the answer lacks stays 'unknown' (`menu` and
 * `is_government_organization` are undocumented and may be absent): never a 'missing' without the field.
 */
import * as z from 'zod/mini';
import { oldestNonPinned, type PartialReason } from '../sites/core/collect';
import { validatePage } from '../sites/core/page';
import { isPosAddress, isPosMenuItem } from '../sites/gov/pos';
import { findRegistryApplication, findRegistryLinkInText } from '../sites/gov/registry';
import { messengerLinksOf } from '../sites/messengers';
import { type ApiGroup, ApiGroupSchema, type ApiPost, apiFlag, isApiPost, postFromApi } from '../sites/vk/embedded';
import type { Access, CommunityPage, Post, Presence } from '../types';
import { API_LAYOUT } from './layout';

/** Fields asked of groups.getById (documented ones, and the undocumented `menu`, `is_government_organization`). */
export const GROUP_FIELDS =
  'members_count,cover,has_photo,description,links,fixed_post,menu,is_government_organization,status,site,verified';

export const GROUP_SOURCE = 'api:groups.getById';
export const WALL_SOURCE = 'api:wall.get';
export { API_LAYOUT };

const LinkSchema = z.looseObject({ url: z.optional(z.string()), name: z.optional(z.string()) });
const ApiGroupWithLinksSchema = z.looseObject({
  ...ApiGroupSchema.shape,
  links: z.optional(z.array(LinkSchema)),
  status: z.optional(z.string()),
  site: z.optional(z.string()),
});
export type ApiGroupAnswer = z.infer<typeof ApiGroupWithLinksSchema>;

/** The groups of a groups.getById answer: `{groups: […]}` since 5.199, a bare array before; invalid items skipped. */
export function groupsOfAnswer(response: unknown): ApiGroupAnswer[] {
  const list: unknown = Array.isArray(response)
    ? response
    : typeof response === 'object' && response !== null && 'groups' in response
      ? response.groups
      : [];
  if (!Array.isArray(list)) return [];
  const out: ApiGroupAnswer[] = [];
  for (const item of list) {
    const parsed = ApiGroupWithLinksSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const WallAnswerSchema = z.looseObject({ count: z.optional(z.number()), items: z.array(z.unknown()) });

/** The posts of a wall.get answer (invalid items skipped) and the wall's post count. */
export function postsOfAnswer(response: unknown): { count: number | null; items: ApiPost[] } | null {
  const parsed = WallAnswerSchema.safeParse(response);
  if (!parsed.success) return null;
  const items: ApiPost[] = [];
  // the hand check that accepts exactly what ApiPostSchema does (a hundred posts an answer, thousands a run)
  for (const item of parsed.data.items) if (isApiPost(item)) items.push(item);
  return { count: parsed.data.count ?? null, items };
}

/** How far the wall was read. */
export interface WallRead {
  /** The community's own posts, newest first, as wall.get answered them (the pinned one included). */
  items: readonly ApiPost[];
  /** A post older than the cut-off was seen: every post since the cut-off is in `items`. */
  reachedCutoff: boolean;
  /** The wall has no more posts. */
  reachedEnd: boolean;
  partial: PartialReason | null;
}

export function accessOf(group: Pick<ApiGroup, 'is_closed' | 'deactivated'>): Access {
  if (group.deactivated === 'deleted') return 'deleted';
  if (group.deactivated !== undefined) return 'blocked';
  if (group.is_closed === 2) return 'private';
  if (group.is_closed === 1) return 'closed';
  if (group.is_closed === 0) return 'open';
  return 'unknown';
}

const presenceOf = (flag: boolean | null): Presence => (flag === null ? 'unknown' : flag ? 'present' : 'missing');

/**
 * The page of one community from the API. `wall` is null when the posts were not read (closed to the key, or the
 * community is not open): then the posts' coverage is unknown, never «no posts».
 */
export function pageFromApi(input: {
  group: ApiGroupAnswer;
  url: string;
  wall: WallRead | null;
  now: Date;
  /** Why the posts were not read, when `wall` is null and the community is open (e.g. 'members-only'). */
  partial?: PartialReason | null;
}): CommunityPage {
  const { group, wall } = input;
  const sources: Record<string, string> = {};
  const tag = (field: string, source = GROUP_SOURCE) => {
    sources[field] = source;
  };
  const access = accessOf(group);
  const readable = access === 'open' || access === 'closed';

  const name = group.name ?? null;
  if (name !== null) tag('name');
  tag('id');
  const members = readable ? (group.members_count ?? null) : null;
  if (members !== null) tag('members');
  const avatar = readable ? presenceOf(apiFlag(group.has_photo)) : 'unknown';
  if (avatar !== 'unknown') tag('avatar');
  const cover = readable ? presenceOf(apiFlag(group.cover?.enabled)) : 'unknown';
  if (cover !== 'unknown') tag('cover');
  let description: Presence = 'unknown';
  let descriptionText: string | null = null;
  if (readable && group.description !== undefined) {
    descriptionText = group.description.trim() || null;
    description = descriptionText ? 'present' : 'missing';
    tag('description');
  }
  let posWidget: Presence = 'unknown';
  const menu = group.menu?.items;
  const links = group.links ?? [];
  if (readable && (menu?.some(isPosMenuItem) || links.some((l) => isPosAddress(l.url)))) {
    posWidget = 'present';
    tag('posWidget', `${GROUP_SOURCE}:${menu?.some(isPosMenuItem) ? 'menu' : 'links'}`);
  } else if (readable && menu !== undefined) {
    posWidget = 'missing';
    tag('posWidget', `${GROUP_SOURCE}:menu`);
  }
  // Links to MAX/Telegram channels outside the posts (the MAX-link check, docs/institutions.md): the links block, the
  // menu, the site field and addresses in the description; «none» only when the menu and the description were answered
  const messengerFound = readable
    ? messengerLinksOf(
        [...links.map((l) => l.url ?? ''), ...(menu ?? []).map((m) => m.url ?? ''), group.site ?? ''],
        descriptionText,
        input.url,
      )
    : [];
  const messengerLinks =
    messengerFound.length > 0
      ? messengerFound
      : readable && menu !== undefined && group.description !== undefined
        ? []
        : null;
  const govMark = readable ? presenceOf(apiFlag(group.is_government_organization)) : 'unknown';
  if (govMark !== 'unknown') tag('govMark');

  const posts: Post[] = [];
  for (const item of wall?.items ?? []) {
    const post = postFromApi(item, WALL_SOURCE);
    if (post && !post.scheduled) posts.push(post);
  }
  if (wall) tag('posts', WALL_SOURCE);
  let postsSince: string | null = null;
  if (wall && wall.partial === null) {
    postsSince = wall.reachedEnd && !wall.reachedCutoff ? new Date(0).toISOString() : oldestNonPinned(posts);
  }

  const pinnedText = (wall?.items ?? [])
    .filter((p) => apiFlag(p.is_pinned) === true)
    .map((p) => (typeof p.text === 'string' ? p.text : ''))
    .join('\n');
  const texts = [descriptionText ?? '', ...links.map((l) => l.url ?? ''), group.site ?? '', pinnedText].join('\n');
  const registryLink = findRegistryLinkInText(texts);
  if (registryLink) tag('registryLink');
  const registryApplication = registryLink
    ? null
    : findRegistryApplication([descriptionText ?? '', pinnedText].join('\n'));

  const page: CommunityPage = {
    site: 'vk',
    url: input.url,
    id: String(group.id),
    name,
    members,
    avatar,
    cover,
    description,
    descriptionText,
    posWidget,
    govMark,
    registryLink,
    posts,
    layout: API_LAYOUT,
    postsSince,
    registryApplication,
    messengerLinks,
    aPlusMark: 'unknown',
    access,
    scheduledPosts: null,
    sources,
    diagnostics: [],
    readAt: input.now.toISOString(),
    partial: wall ? wall.partial : (input.partial ?? null),
  };
  if (description !== 'unknown') page.descriptionComplete = true;
  return validatePage(page);
}
