/**
 * Одноклассники group reader: a `Document` of ok.ru / m.ok.ru → `CommunityPage` (site 'ok'), or null when the page
 * is not a group. Never throws. Built on the shared framework (selectors as data, one count parser, one date-label
 * parser with OK's format table). Honesty rules for OK, where much of the markup is not attested (vk-ok-markup.md §8):
 * - avatar: 'missing' only for OK's known "no photo" stub URL (`/res/stub_<w>x<h>.gif`); other built-in `/res/`
 *   images and an absent `<img>` are 'unknown';
 * - cover and «Госорганизация»: OK's DOM for them is not known, so their absence is 'unknown', never 'missing';
 * - ПОС: 'missing' only on a recognised, open group layout with its menu block found, whose links (unwrapped,
 *   `logExternal` / `outLinkWarning`) and tiles show no ПОС anywhere outside the posts;
 * - description: 'missing' only when the «О группе» panel was recognised, holds no description and the page
 *   declares none in its meta description.
 */
import { parseCountRange } from '../../parse/counts';
import { type ParsedDate, parseDate } from '../../parse/dates';
import type { Access, CommunityPage, Post, Presence } from '../../types';
import {
  type Match,
  messengerLinksOf,
  ReadContext,
  safeQuery,
  safeQueryAll,
  textOf,
  unknownPage,
  unwrapLink,
  validatePage,
} from '../framework';
import { aPlusMarkOf } from '../gov/a-plus';
import { findRegistryApplication, findRegistryLinkIn, findRegistryLinkInText } from '../gov/registry';
import { oldestNonPinned } from '../paginate';
import type { ReadOptions, SelectorAlternative } from '../types';
import { OK_DATE_FORMAT } from './dates';
import { isOkCommunityCandidate, isOkHost, okGroupIdFromUrl } from './detect';
import {
  OK_A_PLUS_MARKERS,
  OK_AVATAR_STUB,
  OK_SELECTORS,
  OK_STATIC_RESOURCE,
  OK_TEXTS,
  type OkSelectorName,
} from './selectors';

export type OkLayout = 'ok-desktop' | 'ok-mobile' | 'unknown';
type Ctx = ReadContext<OkSelectorName>;

const POST_ROOTS = OK_SELECTORS.post.map((a) => a.css).join(', ');

/** Lower case, one plain space, trimmed. */
export function norm(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Text with line breaks at `<br>` and block boundaries; each line trimmed, empty lines dropped. */
function blockText(el: Element, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || skip(node as Element)) return;
      if (tag === 'br') {
        parts.push('\n');
        return;
      }
      for (const child of Array.from(node.childNodes)) walk(child);
      if (tag === 'div' || tag === 'p' || tag === 'li') parts.push('\n');
    }
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u202f]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** One pass over the page outside post items, scripts and styles: its text, its links and its tile candidates. */
interface OutsidePosts {
  text: string;
  links: Element[];
  tiles: Element[];
}

function scanOutsidePosts(root: Element): OutsidePosts {
  const parts: string[] = [];
  const links: Element[] = [];
  const tiles: Element[] = [];
  const walk = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    let isPost = false;
    try {
      isPost = el.matches(POST_ROOTS);
    } catch {
      isPost = false;
    }
    if (isPost) return;
    if ((tag === 'a' && el.hasAttribute('href')) || (tag === 'iframe' && el.hasAttribute('src'))) links.push(el);
    if (tag === 'a' || tag === 'button' || el.hasAttribute('title') || el.getAttribute('role') === 'button') {
      tiles.push(el);
    }
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(root);
  return { text: norm(parts.join(' ')), links, tiles };
}

const insidePost = (el: Element): boolean => el.closest(POST_ROOTS) !== null;

function meta(doc: Document, property: string): string | null {
  const el = safeQuery(doc, `meta[property="${property}"], meta[name="${property}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content ? content : null;
}

function imageUrlOf(el: Element): string | null {
  const attr = (name: string) => el.getAttribute(name)?.trim() || null;
  const src = attr('src');
  if (src && !src.startsWith('data:')) return src;
  const lazy = attr('data-src') ?? attr('srcset')?.split(/\s+/)[0] ?? null;
  if (lazy) return lazy;
  const style = el.getAttribute('style') ?? '';
  const bg = /background-image\s*:\s*url\((['"]?)([^'")]+)\1\)/i.exec(style)?.[2];
  if (bg) return bg;
  const img = el.tagName.toLowerCase() === 'img' ? null : safeQuery(el, 'img');
  return img ? imageUrlOf(img) : null;
}

/** Avatar image URL → presence. Only OK's attested "no photo" stub is 'missing'. */
export function avatarPresence(src: string | null, base: string): Presence {
  if (!src) return 'unknown';
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return 'unknown';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'unknown';
  if (OK_AVATAR_STUB.test(url.pathname)) return 'missing';
  if (OK_STATIC_RESOURCE.test(url.pathname)) return 'unknown';
  return 'present';
}

function coverPresence(src: string | null, base: string): Presence {
  // The OK cover DOM is not attested: an image is 'present', anything else stays 'unknown'.
  return avatarPresence(src, base) === 'present' ? 'present' : 'unknown';
}

function groupIdFromHref(href: string): string | null {
  return /[?&]st\.groupId=(\d+)/i.exec(href)?.[1] ?? /\/group\/(\d+)(?:[/?#]|$)/.exec(href)?.[1] ?? null;
}

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
  const alts = ctx.selectors[name].filter((a) => ctx.mayMatch(el, a.css));
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

const TOPIC_REF_UNION = OK_SELECTORS.postTopicRef.map((a) => a.css).join(', ');

function topicIdOf(ctx: Ctx, item: Element, exclude: Element | null): string | null {
  // the item, then every topic reference inside it in document order: the first one's `data-l` usually answers, so it
  // is asked alone (the browser stops at it) before the whole list is collected
  const fromData = (el: Element | null): string | null =>
    el === null || exclude?.contains(el)
      ? null
      : (/(?:^|,)topicId,(\d+)/.exec(el.getAttribute('data-l') ?? '')?.[1] ?? null);
  const id = fromData(item) ?? fromData(safeQuery(item, TOPIC_REF_UNION));
  if (id) return id;
  for (const el of safeQueryAll(item, TOPIC_REF_UNION)) {
    const fromList = fromData(el);
    if (fromList) return fromList;
  }
  const ref = firstOwn(ctx, 'postTopicRef', item, exclude);
  const href = ref?.el.getAttribute('href') ?? '';
  return /\/topic\/(\d+)/.exec(href)?.[1] ?? /[?&]st\.themeId=(\d+)/.exec(href)?.[1] ?? null;
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
  const machine = m.el.getAttribute('datetime') ?? safeQuery(m.el, 'time[datetime]')?.getAttribute('datetime');
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
  const date = publishedAtOf(ctx, item, reshareBlock, options);
  if (date === null) ctx.miss('postDate', layout);

  let comments = counterOf(ctx, 'postComments', item, reshareBlock);
  let reposts = counterOf(ctx, 'postReshares', item, reshareBlock);
  let likes = counterOf(ctx, 'postLikes', item, reshareBlock);
  let source = `${layout}:dom`;
  if (comments === undefined || reposts === undefined || likes === undefined) {
    // Fall back to the counter order ([0] comments, [1] reshares, [last] «Класс») only when markers are gone.
    const ordered = safeQueryAll(item, OK_SELECTORS.postCounterByOrder.map((a) => a.css).join(', ')).filter(
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
  const ad = matchesOrContains(ctx, 'postAd', item) || anyIncludes(labels, OK_TEXTS.ad);
  const pinned = matchesOrContains(ctx, 'postPinned', item) || anyIncludes(labels, OK_TEXTS.pinned);
  const foreignTopic =
    groupId !== null &&
    safeQueryAll(item, 'a[href*="/topic/"]').some((a) => {
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

function readOkPostItems(
  ctx: Ctx,
  root: ParentNode,
  layout: OkLayout,
  groupId: string | null,
  options: ReadOptions,
): { item: Element; post: Post }[] {
  const items = safeQueryAll(root, POST_ROOTS).filter((el) => el.parentElement?.closest(POST_ROOTS) == null);
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
  for (const script of safeQueryAll(doc, 'script:not([src])')) {
    const m = /OK\.tkn\.set\(\s*['"]([^'"]{4,200})['"]\s*\)/.exec(script.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

function detectLayout(ctx: Ctx, doc: Document): OkLayout {
  if (ctx.optionalOne('desktopMarker', doc)) return 'ok-desktop';
  if (ctx.optionalOne('mobileMarker', doc)) return 'ok-mobile';
  return 'unknown';
}

function groupIdOf(ctx: Ctx, doc: Document, url: URL): { id: string | null; source: string | null } {
  const fromUrl = okGroupIdFromUrl(url);
  if (fromUrl) return { id: fromUrl, source: 'url' };
  const attr = ctx.match('groupIdAttr', doc);
  const attrId = attr?.el.getAttribute('data-group-id')?.trim();
  if (attr && attrId && /^\d+$/.test(attrId)) return { id: attrId, source: `${attr.alt.generation}:${attr.alt.css}` };
  for (const property of ['og:url']) {
    const content = meta(doc, property);
    const id = content ? /\/group\/(\d+)(?:[/?#]|$)/.exec(content)?.[1] : undefined;
    if (id) return { id, source: `meta:${property}` };
  }
  const canonical = safeQuery(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? '';
  const fromCanonical = /\/group\/(\d+)(?:[/?#]|$)/.exec(canonical)?.[1];
  if (fromCanonical) return { id: fromCanonical, source: 'link:canonical' };
  for (const a of safeQueryAll(doc, 'a[href*="st.groupId="]')) {
    if (insidePost(a)) continue;
    const id = groupIdFromHref(a.getAttribute('href') ?? '');
    if (id) return { id, source: 'link:st.groupId' };
  }
  return { id: null, source: null };
}

function isProfilePage(doc: Document): boolean {
  const ogUrl = meta(doc, 'og:url') ?? '';
  const canonical = safeQuery(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? '';
  return /\/profile\/\d+/.test(ogUrl) || /\/profile\/\d+/.test(canonical);
}

function accessOf(text: string, layout: OkLayout): Access {
  const has = (needles: readonly string[]) => needles.some((n) => text.includes(n));
  if (layout === 'unknown' && has(OK_TEXTS.deleted)) return 'deleted';
  if (has(OK_TEXTS.blocked)) return 'blocked';
  if (has(OK_TEXTS.closed)) return 'closed';
  return layout === 'unknown' ? 'unknown' : 'open';
}

/**
 * The blocks around the name (the header blocks, and the name's parent unless it is the page or holds posts), each
 * with every element inside: where the «Госорганизация» and «А+» marks and a header registry link are sought.
 */
function headerElementsOf(ctx: Ctx, doc: Document, nameEl: Element | null): { roots: Element[]; elements: Element[] } {
  const around = nameEl?.parentElement;
  const near =
    around && around !== doc.body && around !== doc.documentElement && !safeQuery(around, POST_ROOTS) ? [around] : [];
  const roots = [...ctx.union('headerBlock', doc), ...near];
  return { roots, elements: roots.flatMap((root) => [root, ...safeQueryAll(root, '*')]) };
}

function govMarkOf(headerElements: readonly Element[]): Presence {
  const target = OK_TEXTS.govMark;
  for (const el of headerElements) {
    const labels = [el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('data-tooltip')];
    if (labels.some((l) => target.includes(norm(l) as (typeof target)[number]))) return 'present';
    if (el.children.length === 0 && target.includes(norm(el.textContent) as (typeof target)[number])) {
      return 'present';
    }
  }
  // OK's gov-mark DOM is not attested: its absence proves nothing.
  return 'unknown';
}

function posWidgetOf(
  outside: OutsidePosts,
  base: string,
  recognised: boolean,
): { value: Presence; source: string | null } {
  for (const a of outside.links) {
    const url = unwrapLink(a.getAttribute('href') ?? a.getAttribute('src') ?? '', base);
    if (url?.hostname.replace(/^www\./, '') === 'pos.gosuslugi.ru') return { value: 'present', source: 'link' };
  }
  const titles = OK_TEXTS.posTiles as readonly string[];
  for (const el of outside.tiles) {
    if (titles.includes(norm(el.textContent)) || titles.includes(norm(el.getAttribute('title')))) {
      return { value: 'present', source: 'tile' };
    }
  }
  return { value: recognised ? 'missing' : 'unknown', source: recognised ? 'document-scan' : null };
}

function blankPage(url: URL, options: ReadOptions, layout: OkLayout): CommunityPage {
  return unknownPage('ok', url.href, { layout, readAt: options.now.toISOString() });
}

/** Read an OK page. null: not an OK group page (profile, feed, another site, a screen name that is no group). */
export function readOkPage(doc: Document, url: URL, options: ReadOptions): CommunityPage | null {
  if (!isOkHost(url) || !isOkCommunityCandidate(url)) return null;
  const byUrl = okGroupIdFromUrl(url) !== null;
  try {
    return readGroup(doc, url, options, byUrl);
  } catch (error) {
    if (!byUrl) return null;
    const page = blankPage(url, options, 'unknown');
    page.diagnostics = [{ name: 'reader', message: `[ok] reader error: ${String(error).slice(0, 200)}` }];
    return validatePage(page);
  }
}

function readGroup(doc: Document, url: URL, options: ReadOptions, byUrl: boolean): CommunityPage | null {
  const ctx: Ctx = new ReadContext('ok', OK_SELECTORS, url.pathname + url.search, options.onDiagnostic);
  const base = url.href;
  const layout = detectLayout(ctx, doc);
  const recognised = layout !== 'unknown';
  const gid = groupIdOf(ctx, doc, url);

  if (!byUrl) {
    // A person's page may link to groups (`st.groupId=` in its groups block): such links prove nothing.
    const strong = gid.source !== null && gid.source !== 'url' && gid.source !== 'link:st.groupId';
    const groupEvidence = recognised || (gid.id !== null && strong);
    if (isProfilePage(doc) || !groupEvidence) return null;
  }

  const page = blankPage(url, options, layout);
  page.id = gid.id;
  if (gid.source) ctx.source('id', gid.source);
  const body = doc.body ?? doc.documentElement;
  const outside: OutsidePosts = body ? scanOutsidePosts(body) : { text: '', links: [], tiles: [] };
  const access = body ? accessOf(outside.text, layout) : 'unknown';
  page.access = access;

  // ---- name ----
  const nameMatch = ctx.match('name', doc);
  const nameText = nameMatch ? textOf(nameMatch.el) : '';
  if (nameMatch && nameText) {
    page.name = nameText;
    ctx.sourceOf('name', nameMatch);
  } else {
    const og = meta(doc, 'og:title');
    if (og) {
      page.name = og;
      ctx.source('name', 'meta:og:title');
    }
    if (recognised) ctx.miss('name', layout);
  }

  // ---- members ----
  const membersMatch = ctx.match('members', doc) ?? ctx.match('membersLink', doc);
  const range = membersMatch ? parseCountRange(textOf(membersMatch.el)) : null;
  if (membersMatch && range) {
    page.members = range.value;
    if (!range.exact) page.membersRange = { min: range.min, max: range.max };
    ctx.sourceOf('members', membersMatch);
  } else if (recognised) ctx.miss('members', layout);

  // ---- avatar, cover ----
  const avatarMatch = ctx.match('avatar', doc);
  if (avatarMatch) {
    const avatar = avatarPresence(imageUrlOf(avatarMatch.el), base);
    // A stub under an unrecognised layout may not be the group's own avatar: say 'unknown'.
    page.avatar = avatar === 'missing' && !recognised ? 'unknown' : avatar;
    ctx.sourceOf('avatar', avatarMatch);
  } else if (recognised) ctx.miss('avatar', layout);
  const coverMatch = ctx.match('cover', doc);
  if (coverMatch) {
    page.cover = coverPresence(imageUrlOf(coverMatch.el), base);
    ctx.sourceOf('cover', coverMatch);
  }

  // ---- description ----
  const descMatch = ctx.match('description', doc);
  const moreControls = descMatch
    ? [
        ...ctx.union('descriptionMore', descMatch.el),
        ...safeQueryAll(descMatch.el, 'a, span, button').filter((el) =>
          (OK_TEXTS.more as readonly string[]).includes(norm(el.textContent)),
        ),
      ]
    : [];
  const descText = descMatch ? blockText(descMatch.el, (el) => moreControls.includes(el)) : '';
  const metaDesc = meta(doc, 'og:description') ?? meta(doc, 'description');
  if (descMatch && descText) {
    page.description = 'present';
    page.descriptionText = descText;
    page.descriptionComplete = moreControls.length === 0;
    ctx.sourceOf('description', descMatch);
  } else if (metaDesc) {
    page.description = 'present';
    page.descriptionText = metaDesc;
    page.descriptionComplete = false;
    ctx.source('description', 'meta:og:description');
  } else {
    const panel = ctx.match('infoPanel', doc);
    if (panel && recognised) {
      page.description = 'missing';
      page.descriptionComplete = true;
      ctx.sourceOf('description', panel);
    } else if (recognised) ctx.miss('infoPanel', layout);
  }

  // ---- ПОС, gov mark ----
  // 'missing' needs the group menu recognised too (the area where menu links and widgets live).
  const menuFound = ctx.optionalOne('menu', doc) !== null;
  if (recognised && !menuFound) ctx.miss('menu', layout);
  const pos = posWidgetOf(outside, base, recognised && menuFound && access === 'open');
  page.posWidget = pos.value;
  if (pos.source) ctx.source('posWidget', pos.source);
  const header = headerElementsOf(ctx, doc, nameMatch?.el ?? null);
  page.govMark = govMarkOf(header.elements);
  // Links to MAX / Telegram channels: none found is known only where a missing ПОС would be.
  const messenger = messengerLinksOf(
    outside.links.map((a) => a.getAttribute('href') ?? a.getAttribute('src') ?? ''),
    page.descriptionText,
    base,
  );
  page.messengerLinks = messenger.length > 0 ? messenger : recognised && menuFound && access === 'open' ? [] : null;

  // ---- posts ----
  const feedRoot = ctx.optionalOne('feed', doc) ?? doc;
  if (recognised && feedRoot === doc && access === 'open') ctx.miss('feed', layout);
  const read = readOkPostItems(ctx, feedRoot, layout, page.id, options);
  page.posts = read.map((x) => x.post);
  if (recognised && access === 'open' && page.posts.length > 0) page.postsSince = oldestNonPinned(page.posts);

  // ---- RKN registry link or application number (description, info panel, header, pinned posts) and «А+» ----
  // (docs/rkn-registration.md)
  const pinnedRoots = read.filter((x) => x.post.pinned).map((x) => x.item);
  const registryRoots = [descMatch?.el, ctx.optionalOne('infoPanel', doc), ...header.roots, ...pinnedRoots].filter(
    (el): el is Element => el != null,
  );
  page.registryLink = findRegistryLinkIn(registryRoots, base) ?? (metaDesc ? findRegistryLinkInText(metaDesc) : null);
  const registryText = [page.descriptionText ?? '', ...pinnedRoots.map((el) => textOf(el))].join('\n');
  page.registryApplication = page.registryLink ? null : findRegistryApplication(registryText);
  const aPlus = aPlusMarkOf(header.elements, base, recognised ? (OK_A_PLUS_MARKERS[layout] ?? null) : null);
  page.aPlusMark = aPlus.value;
  if (aPlus.source) ctx.source('aPlusMark', aPlus.source);

  page.sources = ctx.sources;
  if (ctx.diagnostics.length > 0) page.diagnostics = ctx.diagnostics;
  return validatePage(page);
}
