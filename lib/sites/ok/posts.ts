/**
 * OK feed posts: one feed item → Post (topic id, date, counters, labels), every item under a page or a continuation
 * fragment, and the continuation's marker and token (docs/markup.md §8.2–8.3).
 */
import { parseCountRange } from '../../parse/counts';
import { type ParsedDate, parseDate } from '../../parse/dates';
import type { Post } from '../../types';
import { type Match, unionOf } from '../core/context';
import { safeQuery, safeQueryAll } from '../core/query';
import { norm, textOf, textStartOf } from '../core/text';
import type { ReadOptions, SelectorAlternative } from '../types';
import { OK_DATE_FORMAT } from './dates';
import { type Ctx, type OkLayout, POST_ROOTS } from './layout';
import { OK_SELECTORS, OK_TEXTS, type OkSelectorName } from './selectors';

const liveAltsCache = new WeakMap<Ctx, Map<string, { doc: Document; alts: readonly SelectorAlternative[] }>>();

/**
 * The alternatives for `name` that may match under `el`: those needing a token the whole document lacks match nothing
 * in any of its items (see ReadContext.mayMatch), so they are left out once per read and document instead of being
 * queried per item.
 */
function liveAlts(ctx: Ctx, name: OkSelectorName, el: Element): readonly SelectorAlternative[] {
  let byName = liveAltsCache.get(ctx);
  if (!byName) {
    byName = new Map();
    liveAltsCache.set(ctx, byName);
  }
  // a detached subtree is never pruned (mayMatch answers true): keep its answer apart
  const key = el.isConnected ? name : `${name}\n`;
  const hit = byName.get(key);
  if (hit && hit.doc === el.ownerDocument) return hit.alts;
  const alts = ctx.selectors[name].filter((a) => ctx.query.mayMatch(el, a.css));
  byName.set(key, { doc: el.ownerDocument, alts });
  return alts;
}

/** The first element of the alternatives for `name` under `root` that is not inside `exclude`. */
function firstOwn(ctx: Ctx, name: OkSelectorName, root: Element, exclude: Element | null): Match | null {
  for (const alt of liveAlts(ctx, name, root)) {
    if (!exclude) {
      const el = safeQuery(root, alt.css);
      if (el) return { el, alt };
      continue;
    }
    for (const el of safeQueryAll(root, alt.css)) {
      if (exclude.contains(el) && el !== exclude) continue;
      return { el, alt };
    }
  }
  return null;
}

function matchesOrContains(ctx: Ctx, name: OkSelectorName, item: Element): boolean {
  for (const alt of liveAlts(ctx, name, item)) {
    try {
      if (item.matches(alt.css) || item.querySelector(alt.css)) return true;
    } catch {
      // an invalid selector never matches
    }
  }
  return false;
}

const TOPIC_REF_UNION = unionOf(OK_SELECTORS, 'postTopicRef');

function topicIdOf(ctx: Ctx, item: Element, exclude: Element | null): string | null {
  // the item, then every topic reference inside it in document order: the first one's `data-l` usually answers, so it
  // is asked alone (the browser stops at it) before the whole list is collected
  const fromData = (el: Element | null): string | null =>
    el === null || exclude?.contains(el)
      ? null
      : (/(?:^|,)topicId,(\d+)/.exec(el.getAttribute('data-l') ?? '')?.[1] ?? null);
  const id = fromData(item) ?? fromData(safeQuery(item, TOPIC_REF_UNION));
  if (id) return id;
  const refs = safeQueryAll(item, TOPIC_REF_UNION).filter((el) => !exclude?.contains(el));
  for (const el of refs) {
    const fromList = fromData(el);
    if (fromList) return fromList;
  }
  // the 2024 wall item's text block carries the topic id itself: `div.media-text_cnt_tx[data-tid]` (§15.4)
  for (const el of refs) {
    const tid = el.getAttribute('data-tid')?.trim();
    if (tid && /^\d+$/.test(tid)) return tid;
  }
  const ref = firstOwn(ctx, 'postTopicRef', item, exclude);
  const href = ref?.el.getAttribute('href') ?? '';
  return /\/topic\/(\d+)/.exec(href)?.[1] ?? /[?&]st\.themeId=(\d+)/.exec(href)?.[1] ?? null;
}

const AUTHOR_UNION = unionOf(OK_SELECTORS, 'postAuthor');
const TOPIC_LINK_UNION = unionOf(OK_SELECTORS, 'topicLink');
const POST_TEXT_UNION = unionOf(OK_SELECTORS, 'postText');

/**
 * The group an item belongs to, when the item names one: its own `data-l` (`…topicId,<tid>,groupId,<gid>`), its author
 * link (`/group/<gid>`), or the link to its own topic (`/group/<gid>/topic/<tid>`); a reshared block inside is not
 * the item. null when the item names no group (a member's post, or markup without these markers).
 */
function ownerGroupOf(item: Element, topicId: string, exclude: Element | null): string | null {
  const own = (el: Element | null) => el !== null && !exclude?.contains(el);
  const dataOwner = (el: Element | null) =>
    own(el) ? (/(?:^|,)topicId,\d+,groupId,(\d+)/.exec(el?.getAttribute('data-l') ?? '')?.[1] ?? null) : null;
  const fromData = dataOwner(item) ?? dataOwner(safeQuery(item, TOPIC_REF_UNION));
  if (fromData) return fromData;
  // an author link in the item's header, before its text (one further down may be a reshared group's)
  const text = safeQuery(item, POST_TEXT_UNION);
  for (const a of safeQueryAll(item, AUTHOR_UNION)) {
    if (!own(a) || (text && !(a.compareDocumentPosition(text) & 4))) continue;
    const gid = /^(?:https?:\/\/(?:m\.)?ok\.ru)?\/group\/(\d+)\/?(?:[?#]|$)/.exec(a.getAttribute('href') ?? '')?.[1];
    if (gid) return gid;
  }
  for (const a of safeQueryAll(item, TOPIC_LINK_UNION)) {
    if (!own(a)) continue;
    const m = /\/group\/(\d+)\/topic\/(\d+)/.exec(a.getAttribute('href') ?? '');
    if (m?.[2] === topicId) return m[1] ?? null;
  }
  return null;
}

const RECOMMENDATIONS: readonly string[] = OK_TEXTS.recommendations.words;

/**
 * The recommendation blocks under `root` (§15.4, §15.5): elements whose text is a heading «Может быть интересно»
 * (found by the text, so a renamed class hides none), outside any post's own text. The item that holds such a heading
 * is a recommendation; a heading outside the items heads the nearest block around it that holds items, when every
 * item of that block follows the heading and the block does not hold the wall's first item (a block among the items,
 * not the wall the heading sits in: then nothing is left out).
 */
function recommendationBlocks(root: ParentNode): Element[] {
  const top = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (!top || !RECOMMENDATIONS.some((w) => (top.textContent ?? '').toLowerCase().includes(w))) return [];
  const headings: Element[] = [];
  const walk = (el: Element) => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) walk(node as Element);
      else if (node.nodeType === 3 && RECOMMENDATIONS.some((w) => norm(node.nodeValue).includes(w))) {
        const text = norm(el.textContent);
        const isHeading = RECOMMENDATIONS.some((w) => text.startsWith(w) && text.length <= w.length + 40);
        if (isHeading && !el.closest(POST_TEXT_UNION)) headings.push(el);
      }
    }
  };
  walk(top);
  const blocks: Element[] = [];
  const first = safeQuery(top, POST_ROOTS);
  for (const heading of headings) {
    const item = heading.closest(POST_ROOTS);
    if (item) {
      blocks.push(item);
      continue;
    }
    let block = heading.parentElement;
    while (block && block !== top && !safeQuery(block, POST_ROOTS)) block = block.parentElement;
    // a block among the items: not the wall itself (it holds the wall's first item then: nothing is left out)
    if (!block || block === top || (first && block.contains(first))) continue;
    // 4 = Node.DOCUMENT_POSITION_FOLLOWING (no DOM globals in the reader)
    const headed = safeQueryAll(block, POST_ROOTS).every((it) => (heading.compareDocumentPosition(it) & 4) !== 0);
    if (headed) blocks.push(block);
  }
  return blocks;
}

/** A counter: 0 for an existing empty counter, null when unreadable, undefined when the element is absent. */
function counterOf(ctx: Ctx, name: OkSelectorName, item: Element, exclude: Element | null): number | null | undefined {
  const m = firstOwn(ctx, name, item, exclude);
  if (!m) return undefined;
  const label = m.el.getAttribute('aria-label') ?? m.el.getAttribute('title');
  const exact = label ? parseCountRange(label) : null;
  if (exact) return exact.value;
  const text = textOf(m.el);
  if (text === '') return 0;
  return parseCountRange(text)?.value ?? null;
}

function publishedAtOf(ctx: Ctx, item: Element, exclude: Element | null, options: ReadOptions): ParsedDate | null {
  const m = firstOwn(ctx, 'postDate', item, exclude);
  if (!m) return null;
  const machine = m.el.getAttribute('datetime') ?? ctx.optionalOne('machineTime', m.el)?.getAttribute('datetime');
  if (machine) {
    const t = Date.parse(machine);
    if (Number.isFinite(t) && /\d{4}-\d{2}-\d{2}T/.test(machine))
      return { publishedAt: new Date(t).toISOString(), datePrecision: 'instant' };
  }
  return parseDate(textOf(m.el), OK_DATE_FORMAT, { now: options.now, timeZone: options.timeZone });
}

function labelsOf(ctx: Ctx, item: Element, exclude: Element | null): string[] {
  const out: string[] = [];
  for (const alt of liveAlts(ctx, 'postLabel', item))
    for (const el of safeQueryAll(item, alt.css)) if (!exclude?.contains(el)) out.push(norm(el.textContent));
  return out;
}

const anyIncludes = (texts: readonly string[], needles: readonly string[]) =>
  texts.some((t) => needles.some((n) => t === n || t.startsWith(`${n} `) || t.includes(n)));

/** One feed item → Post, or null without a topic id. */
function readPost(
  ctx: Ctx,
  item: Element,
  layout: OkLayout,
  groupId: string | null,
  options: ReadOptions,
): Post | null {
  // Item-level queries go straight to the DOM (a token index of each small item costs more than it saves), after the
  // document's index has ruled out the alternatives that match nothing anywhere.
  const reshareBlock = firstOwn(ctx, 'postReshare', item, null)?.el ?? null;
  const id = topicIdOf(ctx, item, reshareBlock);
  if (id === null) {
    ctx.miss('postTopicRef', layout);
    return null;
  }
  // another group's item on this group's page (§15.5) is not this group's post
  const owner = groupId === null ? null : ownerGroupOf(item, id, reshareBlock);
  if (owner !== null && owner !== groupId) return null;
  const date = publishedAtOf(ctx, item, reshareBlock, options);
  if (date === null) ctx.miss('postDate', layout);

  let comments = counterOf(ctx, 'postComments', item, reshareBlock);
  let reposts = counterOf(ctx, 'postReshares', item, reshareBlock);
  let likes = counterOf(ctx, 'postLikes', item, reshareBlock);
  let source = `${layout}:dom`;
  if (comments === undefined || reposts === undefined || likes === undefined) {
    // Fall back to the counter order ([0] comments, [1] reshares, [last] «Класс») only when markers are gone.
    const ordered = safeQueryAll(item, unionOf(OK_SELECTORS, 'postCounterByOrder')).filter(
      (el) => !reshareBlock?.contains(el),
    );
    if (ordered.length >= 3) {
      const value = (el: Element | undefined) => {
        const t = textOf(el);
        return t === '' ? 0 : (parseCountRange(t)?.value ?? null);
      };
      comments ??= value(ordered[0]);
      reposts ??= value(ordered[1]);
      likes ??= value(ordered[ordered.length - 1]);
      source = `${layout}:dom+order`;
    }
  }
  if (likes === undefined) ctx.miss('postLikes', layout);

  const viewsEl = firstOwn(ctx, 'postViews', item, reshareBlock)?.el;
  const views = viewsEl ? (parseCountRange(viewsEl.getAttribute('title'))?.value ?? null) : null;

  const labels = labelsOf(ctx, item, reshareBlock);
  const ad = matchesOrContains(ctx, 'postAd', item) || anyIncludes(labels, OK_TEXTS.ad.words);
  const pinned = matchesOrContains(ctx, 'postPinned', item) || anyIncludes(labels, OK_TEXTS.pinned.words);
  const foreignTopic =
    groupId !== null &&
    ctx.union('topicLink', item).some((a) => {
      const owner = /\/group\/(\d+)\/topic\//.exec(a.getAttribute('href') ?? '')?.[1];
      return owner !== undefined && owner !== groupId;
    });

  const post: Post = {
    id,
    publishedAt: date?.publishedAt ?? null,
    likes: likes ?? null,
    comments: comments ?? null,
    reposts: reposts ?? null,
    views,
    pinned,
    ad,
    repost: reshareBlock !== null || foreignTopic,
    source,
  };
  if (date?.datePrecision === 'day') post.datePrecision = 'day';
  const textStart = textStartOf(textOf(firstOwn(ctx, 'postText', item, reshareBlock)?.el));
  if (textStart) post.textStart = textStart;
  return post;
}

/**
 * Read every post item under `root` (a group page or a feed-continuation fragment). Items without a topic id are
 * skipped (reported by name); duplicates keep their first occurrence.
 */
export function readOkPosts(
  ctx: Ctx,
  root: ParentNode,
  layout: OkLayout,
  groupId: string | null,
  options: ReadOptions,
): Post[] {
  return readOkPostItems(ctx, root, layout, groupId, options).map((x) => x.post);
}

export function readOkPostItems(
  ctx: Ctx,
  root: ParentNode,
  layout: OkLayout,
  groupId: string | null,
  options: ReadOptions,
): { item: Element; post: Post }[] {
  const recommendations = recommendationBlocks(root);
  const items = safeQueryAll(root, POST_ROOTS).filter(
    (el) => el.parentElement?.closest(POST_ROOTS) == null && !recommendations.some((b) => b.contains(el)),
  );
  const seen = new Set<string>();
  const out: { item: Element; post: Post }[] = [];
  for (const item of items) {
    const post = readPost(ctx, item, layout, groupId, options);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    out.push({ item, post });
  }
  return out;
}

/** The next-page marker of the desktop feed (`st.markerB`), or null. */
export function okNextMarker(ctx: Ctx, root: ParentNode): string | null {
  const el = ctx.optionalOne('nextMarker', root);
  const marker = el?.getAttribute('st.markerb')?.trim();
  return marker ? marker : null;
}

/** The page's request token `OK.tkn.set('…')`, needed by the feed continuation request. */
export function okPageToken(doc: Document): string | null {
  // inline scripts through the tag collection (no selector)
  for (const script of doc.getElementsByTagName('script')) {
    if (script.hasAttribute('src')) continue;
    const m = /OK\.tkn\.set\(\s*['"]([^'"]{4,200})['"]\s*\)/.exec(script.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}
