/**
 * VK posts: the post roots among the post-like blocks, and one post read from its block (machine data from
 * `data-exec` first, else the markup: id, date, counters, markers), the wall's posts and its coverage.
 * Own posts only (docs/markup.md, VK posts).
 */
import { parseCountRange } from '../../parse/counts';
import { parseDate, VK_DATE_FORMAT } from '../../parse/dates';
import type { Post } from '../../types';
import { oldestNonPinned } from '../core/collect';
import { safeMatches } from '../core/query';
import { textOf, textStartOf } from '../core/text';
import type { ReadOptions, SelectorAlternative } from '../types';
import { generationOf, parsePostId, union, type VkContext, type VkRead } from './context';
import { type ApiPost, apiFlag, fixedPostIdFromScripts, postFromExec } from './embedded';
import { VK_SELECTORS, VK_TEXTS, type VkGeneration, type VkSelectorName } from './selectors';

type Ctx = VkContext;

/** Anything that makes a post a separate "sub-post" for scoping counters: the post roots and the nested blocks. */
export const SCOPE_UNION = `${union('postRoot')}, ${union('postScope')}`;

function countOf(el: Element): { value: number; exact: boolean } | null {
  const dataCount = el.getAttribute('data-count');
  if (dataCount !== null) {
    const c = parseCountRange(dataCount);
    if (c) return { value: c.value, exact: c.exact };
    if (dataCount.trim() === '') return { value: 0, exact: true };
  }
  const reactions = el.getAttribute('data-reaction-counts');
  if (reactions) {
    try {
      const arr: unknown = JSON.parse(reactions);
      if (Array.isArray(arr) && arr.every((n) => typeof n === 'number'))
        return { value: arr.reduce((a: number, b: number) => a + b, 0), exact: true };
    } catch {
      // fall through to the text
    }
  }
  for (const attr of ['title', 'aria-label']) {
    const c = parseCountRange(el.getAttribute(attr));
    if (c?.exact) return { value: c.value, exact: true };
  }
  const text = textOf(el);
  const c = parseCountRange(text);
  if (c) return { value: c.value, exact: c.exact };
  return text === '' || !/\d/.test(text) ? { value: 0, exact: true } : null;
}

interface PostScope {
  root: Element;
  own(css: string): readonly Element[];
  first(name: VkSelectorName): { el: Element; alt: SelectorAlternative } | null;
}

/** The nearest post-like block strictly above `el` (a set lookup per ancestor: no selector matching). */
function nearestScope(el: Element, scopes: ReadonlySet<Element>): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (scopes.has(p)) return p;
  return null;
}

const NO_ELEMENTS: Element[] = [];

function scopeOf(root: Element, ctx: Ctx, scopes: ReadonlySet<Element>): PostScope {
  // An element belongs to this post when the nearest post-like block above it is the post itself: one
  // document-wide query per selector, grouped by block, serves every post.
  const own = (css: string) => ctx.query.ownedBy(css, scopes).get(root) ?? NO_ELEMENTS;
  return {
    root,
    own,
    first(name) {
      for (const alt of VK_SELECTORS[name]) {
        const el = own(alt.css)[0];
        if (el) return { el, alt };
      }
      return null;
    },
  };
}

interface PostReadContext {
  ctx: Ctx;
  /** The first post-root alternative (in catalogue order) matching each post root. */
  rootAlts: ReadonlyMap<Element, SelectorAlternative>;
  /** Every post-like block of the document (roots, nested reposts, quotes). */
  scopes: ReadonlySet<Element>;
  communityId: string | null;
  fixedPostId: string | null;
  scheduledView: boolean;
  options: ReadOptions;
  gen: VkGeneration | null;
}

function readPost(root: Element, pc: PostReadContext): Post | null {
  const { ctx, options } = pc;
  const scope = scopeOf(root, ctx, pc.scopes);
  const execEl = root.hasAttribute('data-exec') ? { el: root } : scope.first('postExec');
  const api: ApiPost | null = execEl ? postFromExec(execEl.el.getAttribute('data-exec')) : null;
  // the first post-root alternative matching the block, as found when the blocks were collected
  const rootAlt = pc.rootAlts.get(root) ?? rootAltOf(ctx, root);
  const gen = generationOf(rootAlt) ?? pc.gen ?? 'vk-g1';

  // id
  let ids = api ? { owner: String(api.owner_id), id: String(api.id) } : parsePostId(root.getAttribute('data-post-id'));
  if (!ids)
    ids = parsePostId(
      scope.first('postLink')?.el.getAttribute('href') ?? scope.first('postLink')?.el.getAttribute('name'),
    );
  if (!ids) {
    ctx.miss('postId', gen);
    return null;
  }
  // Own posts only (docs/markup.md §4.3)
  if (api?.from_id !== undefined && api.from_id !== api.owner_id && api.from_id > 0) return null;
  if (!api) {
    const fromId = scope.own(union('postAuthor'))[0]?.getAttribute('data-from-id');
    if (fromId && /^\d+$/.test(fromId) && ids.owner.startsWith('-')) return null;
  }
  if (pc.communityId && ids.owner !== `-${pc.communityId}`) return null;

  // date
  let publishedAt: string | null = api?.date ? new Date(api.date * 1000).toISOString() : null;
  let dayOnly = false;
  if (!publishedAt) {
    const t = scope.first('postTime')?.el;
    const unix = t?.getAttribute('time');
    if (unix && /^\d{9,11}$/.test(unix)) publishedAt = new Date(Number(unix) * 1000).toISOString();
    else if (t?.getAttribute('datetime')) {
      const ms = Date.parse(t.getAttribute('datetime') ?? '');
      if (Number.isFinite(ms)) publishedAt = new Date(ms).toISOString();
    }
  }
  if (!publishedAt) {
    const dateEl = scope.first('postDate')?.el;
    const abs =
      dateEl?.getAttribute('abs_time') ??
      (dateEl ? ctx.query.first(dateEl, union('postAbsTime'))?.getAttribute('abs_time') : null);
    const dateCtx = { now: options.now, timeZone: options.timeZone };
    const label =
      (abs ? parseDate(abs, VK_DATE_FORMAT, dateCtx) : null) ??
      (dateEl ? parseDate(textOf(dateEl), VK_DATE_FORMAT, dateCtx) : null);
    publishedAt = label?.publishedAt ?? null;
    dayOnly = label?.datePrecision === 'day';
    if (!dateEl) ctx.miss('postDate', gen);
    else if (!publishedAt) ctx.miss('postDate:label', gen);
  }

  let viewsApproximate = false;
  const counter = (name: 'likes' | 'comments' | 'reposts' | 'views', fromApi: number | undefined): number | null => {
    if (fromApi !== undefined) return fromApi;
    const m = scope.first(name);
    if (!m) return null;
    const c = countOf(m.el);
    if (c && !c.exact && name === 'views') viewsApproximate = true;
    return c?.value ?? null;
  };
  const likes = counter('likes', api?.likes?.count);
  const comments = counter('comments', api?.comments?.count);
  const reposts = counter('reposts', api?.reposts?.count);
  const views = counter('views', api?.views?.count);
  if (!api && likes === null) ctx.miss('likes', gen);
  if (!api && views === null && gen !== 'vk-g3' && gen !== 'vk-mobile') ctx.miss('views', gen);

  // Boolean markers: machine data when it carries the field, else one union query per marker.
  const has = (name: Marker) => scope.own(MARKERS[name]).length > 0;
  const pinned =
    (api?.is_pinned !== undefined
      ? apiFlag(api.is_pinned) === true
      : safeMatches(root, union('pinnedRoot')) || has('pinned')) ||
    (pc.fixedPostId !== null && pc.fixedPostId === ids.id);
  const ad =
    api?.marked_as_ads !== undefined
      ? apiFlag(api.marked_as_ads) === true || api.post_type === 'post_ads'
      : has('ad') ||
        safeMatches(root, MARKERS.ad) ||
        scope.own(union('postLabel')).some((el) => VK_TEXTS.adLabel.pattern.test(textOf(el))) ||
        scope.own(union('adLink')).length > 0;
  const repost = api
    ? (api.copy_history?.length ?? 0) > 0 || api.post_type === 'copy'
    : safeMatches(root, union('repostRoot')) ||
      ctx.query.all(root.ownerDocument, MARKERS.repost).some((el) => el !== root && root.contains(el));
  const attachments = api?.attachments ?? [];
  const clip = api?.attachments ? api.post_type === 'clip' || attachments.some((a) => a.type === 'clip') : has('clip');
  const poll = api?.attachments ? attachments.some((a) => a.type === 'poll') : has('poll');
  const scheduled = pc.scheduledView || api?.post_type === 'postpone';

  const post: Post = {
    id: `${ids.owner}_${ids.id}`,
    publishedAt,
    likes,
    comments,
    reposts,
    views,
    pinned,
    ad,
    repost,
    clip,
    poll,
    source: api ? `data-exec+${gen}` : gen,
  };
  if (scheduled) post.scheduled = true;
  if (viewsApproximate) post.viewsApproximate = true;
  if (dayOnly) post.datePrecision = 'day';
  const textStart = textStartOf(api?.text) ?? textStartOf(textOf(scope.first('postText')?.el));
  if (textStart) post.textStart = textStart;
  return post;
}

const SKELETON_UNION = union('skeleton');
type Marker = 'pinned' | 'ad' | 'repost' | 'clip' | 'poll';
const MARKERS: Record<Marker, string> = {
  pinned: union('pinned'),
  ad: union('ad'),
  repost: union('repost'),
  clip: union('clip'),
  poll: union('poll'),
};

/** The first post-root alternative (in catalogue order) that `root` matches. */
function rootAltOf(ctx: Ctx, root: Element): SelectorAlternative | undefined {
  // alternatives that match nothing in the document are skipped without asking the browser
  return VK_SELECTORS.postRoot.find((a) => ctx.query.mayMatch(root, a.css) && safeMatches(root, a.css));
}

/**
 * Every element any post-root alternative matches (alternative by alternative, each in document order, without
 * duplicates: what `ctx.union('postRoot', doc)` gives), each with the first alternative that matches it. Found among
 * the post-like blocks (SCOPE_UNION holds every post-root alternative), one `matches` per block and alternative.
 */
export function postRootCandidates(
  ctx: Ctx,
  doc: Document,
  scopes: ReadonlySet<Element>,
): Map<Element, SelectorAlternative> {
  const alts = VK_SELECTORS.postRoot.filter((a) => ctx.query.mayMatch(doc, a.css));
  const firstAlt = new Map<Element, SelectorAlternative>();
  for (const el of scopes) {
    const alt = alts.find((a) => safeMatches(el, a.css));
    if (alt) firstAlt.set(el, alt);
  }
  if (alts.length <= 1) return firstAlt;
  const out = new Map<Element, SelectorAlternative>();
  for (const alt of alts) for (const [el, a] of firstAlt) if (a === alt) out.set(el, alt);
  return out;
}

export function postRoots(
  ctx: Ctx,
  candidates: ReadonlyMap<Element, SelectorAlternative>,
  doc: Document,
  scopes: ReadonlySet<Element>,
): Element[] {
  const skeletons = ctx.query.all(doc, SKELETON_UNION);
  return Array.from(candidates.keys()).filter((el) => {
    if (safeMatches(el, union('replyRoot'))) return false;
    if (skeletons.some((sk) => sk === el || el.contains(sk))) return false;
    // nested reposts belong to their parent
    return nearestScope(el, scopes) === null;
  });
}

/** The wall as read: its posts (published and scheduled), the pinned posts' blocks and how far back it reaches. */
export interface Wall {
  published: Post[];
  scheduled: Post[];
  /** The admin's «Отложенные записи» view. */
  scheduledView: boolean;
  /** The blocks of the pinned posts read (where a registry link or an application number may be). */
  pinnedRoots: Element[];
  /** The generation of the wall's markup, null when unknown. */
  generation: VkGeneration | null;
  /** A wall or posts were found. */
  found: boolean;
  /** The oldest non-pinned post's date (the epoch for an empty wall), null when coverage is unknown. */
  postsSince: string | null;
}

export function readWall(r: VkRead, communityId: string | null): Wall {
  const { ctx, doc, access, gone } = r;
  const scheduledView = r.url.searchParams.get('postponed') === '1' || ctx.optionalOne('postponedView', doc) !== null;
  const wall = gone ? null : ctx.match('wall', doc);
  const hidden = gone || access === 'closed' || access === 'private';
  const roots = hidden ? [] : r.allRoots;
  const apiFixed = r.apiGroup?.fixed_post;
  const pc: PostReadContext = {
    ctx,
    rootAlts: r.rootAlts,
    scopes: r.scopes,
    communityId,
    fixedPostId: apiFixed !== undefined ? String(apiFixed) : fixedPostIdFromScripts(r.scripts),
    scheduledView,
    options: r.options,
    gen: generationOf(wall?.alt),
  };
  const read: Post[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const p = readPost(root, pc);
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    read.push(p);
  }
  const published = read.filter((p) => !p.scheduled);
  const scheduled = read.filter((p) => p.scheduled === true);
  const first = roots[0];
  const generation = generationOf(
    (first !== undefined ? (r.rootAlts.get(first) ?? rootAltOf(ctx, first)) : undefined) ?? wall?.alt,
  );
  if (roots.length > 0 || wall)
    ctx.source('posts', `${generation ?? wall?.alt.generation ?? 'unknown'}:${wall?.alt.css ?? 'posts'}`);
  else if (r.headerGen && access === null) ctx.miss('wall', r.headerGen);

  const pinnedIds = read.filter((p) => p.pinned).map((p) => p.id);
  const pinnedRoots =
    pinnedIds.length === 0
      ? []
      : roots.filter((el) => {
          const attr = el.getAttribute('data-post-id');
          return attr !== null && pinnedIds.some((pid) => attr.includes(pid));
        });
  const postsSince = scheduledView || hidden ? null : coverage(ctx, doc, published);
  return {
    published,
    scheduled,
    scheduledView,
    pinnedRoots,
    generation,
    found: roots.length > 0 || wall !== null,
    postsSince,
  };
}

/** How far back the wall reaches: null when unknown (the feed does not start at its first item). */
function coverage(ctx: Ctx, doc: Document, published: readonly Post[]): string | null {
  const noPosts = ctx.query.all(doc, union('wallEmpty')).length > 0;
  let postsSince: string | null = null;
  if (published.length > 0) postsSince = oldestNonPinned(published);
  else if (noPosts) postsSince = new Date(0).toISOString();
  // G3 feeds are virtualised: when the first items were recycled out of the DOM, the newest posts were not all seen.
  const indexes = ctx.query.all(doc, union('feedItem')).map((a) => Number(a.getAttribute('data-index')));
  if (postsSince !== null && indexes.length > 0 && !indexes.includes(0)) {
    postsSince = null;
    ctx.diagnostics.push({
      name: 'feed-start',
      message: '[vk] the feed does not start at its first item: coverage unknown',
    });
  }
  return postsSince;
}
