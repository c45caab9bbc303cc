/**
 * The VK community-page reader: Document in, CommunityPage out. Never throws; 'missing' only on a
 * recognised layout; every value records its source. Sources in order of trust: API data (bridge or
 * `apiPrefetchCache`) → `data-exec` JSON → G3 data-testid → G2 classes → G1 classes → m.vk.com.
 */
import { parseCountRange } from '../../parse/counts';
import { parseDate, VK_DATE_FORMAT } from '../../parse/dates';
import type { Access, CommunityPage, Post, Presence } from '../../types';
import {
  messengerLinksOf,
  multilineText,
  OWN_HOST_PATH,
  presence,
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
import { detectVkPage, vkIdFromUrl } from './detect';
import {
  type ApiGroup,
  type ApiPost,
  apiFlag,
  fixedPostIdFromScripts,
  groupFromScripts,
  isPosMenuItem,
  ownerIdFromScripts,
  POS_TITLES,
  postFromExec,
  spaEntityFromScripts,
} from './embedded';
import { POST_ROOT_UNION, VK_A_PLUS_MARKERS, VK_SELECTORS, type VkSelectorName } from './selectors';

export interface VkApiData {
  group?: ApiGroup | null;
  posts?: ApiPost[] | null;
  /** Tag recorded in `sources`, e.g. 'bridge:groups.getById'. */
  source?: string;
}

export interface VkReadOptions extends ReadOptions {
  /** Data answered by the main-world bridge, when available. */
  api?: VkApiData;
}

type Ctx = ReadContext<VkSelectorName>;
type Gen = 'vk-g3' | 'vk-g2' | 'vk-g1' | 'vk-mobile';

const PLACEHOLDER_AVATAR = /\/images\/(?:community_(?:50|100|200)|camera_\w+|deactivated_\w+)\.(?:png|gif|jpg)/i;
const GOV_LABEL = /^госорганизация$|^government organization$/i;
const AD_LABEL = /^(?:реклама|рэклама|жарнама|community ad|ad|advertisement)$/i;
/** Anything that makes a post a separate "sub-post" for scoping counters. */
const SCOPE_UNION = `${POST_ROOT_UNION}, [data-post-nesting-lvl], .copy_quote, .PostCopyQuote--redesignV3, .copy_post`;

const MAX_SCRIPT_CHARS = 4_000_000;

function inlineScripts(doc: Document): string {
  let out = '';
  // `script:not([src])` through the tag collection (no selector matching over the whole document)
  for (const s of doc.getElementsByTagName('script')) {
    if (s.hasAttribute('src')) continue;
    out += `${s.textContent ?? ''}\n`;
    if (out.length > MAX_SCRIPT_CHARS) break;
  }
  return out;
}

function meta(doc: Document, property: string): string | null {
  return safeQuery(doc.head ?? doc, `meta[property="${property}"]`)?.getAttribute('content') ?? null;
}

function backgroundUrl(el: Element): string | null {
  const style = el.getAttribute('style') ?? '';
  return /background(?:-image)?\s*:[^;]*url\(\s*['"]?([^'")\s]+)/i.exec(style)?.[1] ?? null;
}

function generationOf(alt: SelectorAlternative | null | undefined): Gen | null {
  const g = alt?.generation;
  return g === 'vk-g3' || g === 'vk-g2' || g === 'vk-g1' || g === 'vk-mobile' ? g : null;
}

/** Decide the header generation from its tell-tale markers (G2 before G1: a G2 page may keep G1 ids). */
function headerGeneration(ctx: Ctx, doc: Document): Gen | null {
  if (ctx.optionalOne('headerG2', doc)) return 'vk-g2';
  if (ctx.optionalOne('headerG1', doc)) return 'vk-g1';
  if (ctx.optionalOne('headerG3', doc)) return 'vk-g3';
  if (ctx.optionalOne('headerMobile', doc)) return 'vk-mobile';
  return null;
}

function readAccess(ctx: Ctx, doc: Document): Access | null {
  if (ctx.optionalOne('blocked', doc)) return 'blocked';
  if (ctx.optionalOne('deleted', doc)) return 'deleted';
  const closed = ctx.optionalOne('closed', doc);
  const notice = textOf(
    closed ??
      ctx.first(doc, '.message_page_body, .groups_blocked_text, .page_block_closed, [data-testid="group-closed"]'),
  );
  if (/заблокирован|blocked/i.test(notice)) return 'blocked';
  if (/удалено|удалён|deleted/i.test(notice)) return 'deleted';
  if (/частное|private/i.test(notice)) return 'private';
  if (closed || /закрыт|closed/i.test(notice)) return 'closed';
  return null;
}

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

const NONE: Element[] = [];

function scopeOf(root: Element, ctx: Ctx, scopes: ReadonlySet<Element>): PostScope {
  // An element belongs to this post when the nearest post-like block above it is the post itself: one
  // document-wide query per selector, grouped by block, serves every post.
  const doc = root.ownerDocument;
  const own = (css: string) => ctx.ownedBy(doc, css, scopes).get(root) ?? NONE;
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

function parsePostId(text: string | null | undefined): { owner: string; id: string } | null {
  const m = /(?:post|wall)?(-?\d+)[_:](\d+)/.exec(text ?? '');
  return m?.[1] && m[2] ? { owner: m[1], id: m[2] } : null;
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
  gen: Gen | null;
}

function readPost(root: Element, pc: PostReadContext): Post | null {
  const { ctx, options } = pc;
  const s = scopeOf(root, ctx, pc.scopes);
  const execEl = root.hasAttribute('data-exec') ? { el: root } : s.first('postExec');
  const api: ApiPost | null = execEl ? postFromExec(execEl.el.getAttribute('data-exec')) : null;
  // the first post-root alternative matching the block, as found when the blocks were collected
  const rootAlt = pc.rootAlts.get(root) ?? rootAltOf(ctx, root);
  const gen = generationOf(rootAlt) ?? pc.gen ?? 'vk-g1';

  // id
  let ids = api ? { owner: String(api.owner_id), id: String(api.id) } : parsePostId(root.getAttribute('data-post-id'));
  if (!ids)
    ids = parsePostId(s.first('postLink')?.el.getAttribute('href') ?? s.first('postLink')?.el.getAttribute('name'));
  if (!ids) {
    ctx.miss('postId', gen);
    return null;
  }
  // Own posts only (vk-ok-markup.md §4.3)
  if (api?.from_id !== undefined && api.from_id !== api.owner_id && api.from_id > 0) return null;
  if (!api) {
    const fromId = s.own('[data-from-id]')[0]?.getAttribute('data-from-id');
    if (fromId && /^\d+$/.test(fromId) && ids.owner.startsWith('-')) return null;
  }
  if (pc.communityId && ids.owner !== `-${pc.communityId}`) return null;

  // date
  let publishedAt: string | null = api?.date ? new Date(api.date * 1000).toISOString() : null;
  let dayOnly = false;
  if (!publishedAt) {
    const t = s.first('postTime')?.el;
    const unix = t?.getAttribute('time');
    if (unix && /^\d{9,11}$/.test(unix)) publishedAt = new Date(Number(unix) * 1000).toISOString();
    else if (t?.getAttribute('datetime')) {
      const ms = Date.parse(t.getAttribute('datetime') ?? '');
      if (Number.isFinite(ms)) publishedAt = new Date(ms).toISOString();
    }
  }
  if (!publishedAt) {
    const dateEl = s.first('postDate')?.el;
    const abs = dateEl?.getAttribute('abs_time') ?? dateEl?.querySelector('[abs_time]')?.getAttribute('abs_time');
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
    const m = s.first(name);
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
  const has = (name: Marker) => s.own(UNIONS[name]).length > 0;
  const pinned =
    (api?.is_pinned !== undefined
      ? apiFlag(api.is_pinned) === true
      : root.classList.contains('post_fixed') || has('pinned')) ||
    (pc.fixedPostId !== null && pc.fixedPostId === ids.id);
  const ad =
    api?.marked_as_ads !== undefined
      ? apiFlag(api.marked_as_ads) === true || api.post_type === 'post_ads'
      : has('ad') ||
        safeMatches(root, UNIONS.ad) ||
        s
          .own(
            '[data-testid="post-header-subtitle"] *, .PostHeaderSubtitle__item, .PostHeader__description--overflow, .post_date',
          )
          .some((el) => AD_LABEL.test(textOf(el))) ||
        s.own('a[href*="erid="]').length > 0;
  const repost = api
    ? (api.copy_history?.length ?? 0) > 0 || api.post_type === 'copy'
    : root.classList.contains('post_copy') ||
      ctx.queryAll(root.ownerDocument, UNIONS.repost).some((el) => el !== root && root.contains(el));
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
  return post;
}

const SKELETON_UNION = VK_SELECTORS.skeleton.map((a) => a.css).join(', ');
const union = (name: VkSelectorName) => VK_SELECTORS[name].map((a) => a.css).join(', ');
type Marker = 'pinned' | 'ad' | 'repost' | 'clip' | 'poll';
const UNIONS: Record<Marker, string> = {
  pinned: union('pinned'),
  ad: union('ad'),
  repost: union('repost'),
  clip: union('clip'),
  poll: union('poll'),
};

/** The first post-root alternative (in catalogue order) that `root` matches. */
function rootAltOf(ctx: Ctx, root: Element): SelectorAlternative | undefined {
  // alternatives that match nothing in the document are skipped without asking the browser
  return VK_SELECTORS.postRoot.find((a) => ctx.mayMatch(root, a.css) && safeMatches(root, a.css));
}

/**
 * Every element any post-root alternative matches (alternative by alternative, each in document order, without
 * duplicates: what `ctx.union('postRoot', doc)` gives), each with the first alternative that matches it. Found among
 * the post-like blocks (SCOPE_UNION holds every post-root alternative), one `matches` per block and alternative.
 */
function postRootCandidates(ctx: Ctx, doc: Document, scopes: ReadonlySet<Element>): Map<Element, SelectorAlternative> {
  const alts = VK_SELECTORS.postRoot.filter((a) => ctx.mayMatch(doc, a.css));
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

function postRoots(
  ctx: Ctx,
  candidates: ReadonlyMap<Element, SelectorAlternative>,
  doc: Document,
  scopes: ReadonlySet<Element>,
): Element[] {
  const skeletons = ctx.queryAll(doc, SKELETON_UNION);
  return Array.from(candidates.keys()).filter((el) => {
    if (el.classList.contains('reply')) return false;
    if (skeletons.some((sk) => sk === el || el.contains(sk))) return false;
    // nested reposts belong to their parent
    return nearestScope(el, scopes) === null;
  });
}

export function readVkPage(doc: Document, url: URL, options: VkReadOptions): CommunityPage | null {
  try {
    return readUnsafe(doc, url, options);
  } catch (error) {
    // A reader bug must not break the page: report it and answer 'unknown'.
    return validatePage(
      unknownPage('vk', url.href, {
        id: vkIdFromUrl(url),
        diagnostics: [{ name: 'reader', message: `[vk] reader error: ${String(error).slice(0, 200)}` }],
      }),
    );
  }
}

function readUnsafe(doc: Document, url: URL, options: VkReadOptions): CommunityPage | null {
  const kind = detectVkPage(url);
  if (kind === null || kind === 'profile' || kind === 'other') return null;
  const ctx: Ctx = new ReadContext('vk', VK_SELECTORS, `${url.host}${url.pathname}`, options.onDiagnostic);
  const scripts = inlineScripts(doc);
  const screenName = kind === 'maybe-community' ? url.pathname.replace(/^\/|\/$/g, '') : null;
  const spa = spaEntityFromScripts(scripts, screenName);
  const ogUrl = meta(doc, 'og:url') ?? '';
  const apiGroup = options.api?.group ?? groupFromScripts(scripts);
  const apiSource = options.api?.group ? (options.api.source ?? 'bridge') : 'apiPrefetchCache';
  const scopes: ReadonlySet<Element> = new Set(ctx.queryAll(doc, SCOPE_UNION));
  const rootAlts = postRootCandidates(ctx, doc, scopes);
  const allRoots = postRoots(ctx, rootAlts, doc, scopes);

  const profileEvidence =
    ctx.optionalOne('profileMarker', doc) !== null || spa?.type === 'profile' || /\/id\d+\/?$/.test(ogUrl);
  const communityEvidence =
    ctx.optionalOne('communityMarker', doc) !== null ||
    ctx.optionalOne('headerG2', doc) !== null ||
    spa?.type === 'group' ||
    /\/(?:public|club|event)\d+\/?$/.test(ogUrl) ||
    apiGroup !== null ||
    allRoots.some((el) => (el.getAttribute('data-post-id') ?? '').startsWith('-'));
  if (kind === 'maybe-community' && (profileEvidence || !communityEvidence)) return null;

  const headerGen = headerGeneration(ctx, doc);
  const access = readAccess(ctx, doc);
  const recognised = (gens: readonly Gen[]) => headerGen !== null && gens.includes(headerGen);
  const G12: Gen[] = ['vk-g1', 'vk-g2'];

  // ---- id
  const fromOg = /\/(?:public|club|event)(\d+)\/?$/.exec(ogUrl)?.[1] ?? null;
  let id = vkIdFromUrl(url);
  if (id) ctx.source('id', 'url');
  else if (apiGroup) {
    id = String(apiGroup.id);
    ctx.source('id', apiSource);
  } else if (spa?.type === 'group') {
    id = spa.id;
    ctx.source('id', 'spa-bootstrap');
  } else if (fromOg) {
    id = fromOg;
    ctx.source('id', 'og:url');
  } else {
    id = ownerIdFromScripts(scripts);
    if (id) ctx.source('id', 'inline-script');
    else {
      const owners = allRoots
        .map((el) => parsePostId(el.getAttribute('data-post-id'))?.owner ?? '')
        .filter((o) => o.startsWith('-'));
      id = owners[0]?.slice(1) ?? null;
      if (id) ctx.source('id', 'post-ids');
    }
  }

  // ---- name
  let name: string | null = null;
  const nameMatch = ctx.match('name', doc);
  if (nameMatch) {
    const clone = nameMatch.el.cloneNode(true) as Element;
    for (const badge of safeQueryAll(
      clone,
      '[class*="GovernmentCommunityBadge"], .page_verified, .OwnerPageName__icons',
    ))
      badge.remove();
    name = textOf(clone) || null;
    if (name) ctx.sourceOf('name', nameMatch);
  }
  if (!name && apiGroup?.name) {
    name = apiGroup.name;
    ctx.source('name', apiSource);
  }
  if (!name && access !== 'blocked' && access !== 'deleted') {
    const og = meta(doc, 'og:title');
    name = og ? og.replace(/\s*[|—-]\s*(?:ВКонтакте|VK|VK\.com)\s*$/i, '').trim() || null : null;
    if (name) ctx.source('name', 'og:title');
    else if (headerGen) ctx.miss('name', headerGen);
  }

  const blockedOrDeleted = access === 'blocked' || access === 'deleted';

  // ---- members
  let members: number | null = null;
  let membersRange: { min: number; max: number } | null = null;
  if (apiGroup?.members_count !== undefined) {
    members = apiGroup.members_count;
    ctx.source('members', apiSource);
  } else if (!blockedOrDeleted) {
    const m = ctx.match('members', doc);
    if (m) {
      const c = parseCountRange(m.el.getAttribute('title')) ?? parseCountRange(textOf(m.el));
      if (c) {
        members = c.value;
        if (!c.exact) membersRange = { min: c.min, max: c.max };
        ctx.sourceOf('members', m);
      }
    } else if (recognised(['vk-g1', 'vk-g2', 'vk-mobile'])) ctx.miss('members', headerGen ?? 'unknown');
  }

  // ---- avatar
  let avatar: Presence = 'unknown';
  const hasPhoto = apiFlag(apiGroup?.has_photo);
  if (hasPhoto !== null) {
    avatar = hasPhoto ? 'present' : 'missing';
    ctx.source('avatar', apiSource);
  } else if (!blockedOrDeleted) {
    const m = ctx.match('avatarImg', doc);
    const src = m?.el.getAttribute('src') ?? '';
    if (m && src) {
      avatar = PLACEHOLDER_AVATAR.test(src) ? presence(false, recognised(['vk-g1', 'vk-g2', 'vk-mobile'])) : 'present';
      ctx.sourceOf('avatar', m);
    } else if (recognised(['vk-g1', 'vk-g2'])) ctx.miss('avatarImg', headerGen ?? 'unknown');
  }

  // ---- cover
  let cover: Presence = 'unknown';
  const coverEnabled = apiFlag(apiGroup?.cover?.enabled);
  if (coverEnabled !== null) {
    cover = coverEnabled ? 'present' : 'missing';
    ctx.source('cover', apiSource);
  } else if (!blockedOrDeleted) {
    const m = ctx.match('coverBlock', doc);
    if (m) {
      const img = backgroundUrl(m.el) ?? m.el.querySelector('img')?.getAttribute('src') ?? null;
      // A cover block without an image may be a placeholder: unknown, never missing (§3.5)
      cover = img ? 'present' : 'unknown';
      ctx.sourceOf('cover', m);
    } else if (recognised(G12)) {
      cover = 'missing';
      ctx.source('cover', `${headerGen}:no-cover-block`);
    }
  }

  // ---- description
  let description: Presence = 'unknown';
  let descriptionText: string | null = null;
  let descriptionComplete: boolean | undefined;
  const descMatch = blockedOrDeleted ? null : ctx.match('descriptionBlock', doc);
  if (apiGroup?.description !== undefined) {
    descriptionText = apiGroup.description.trim() || null;
    description = descriptionText ? 'present' : 'missing';
    descriptionComplete = true;
    ctx.source('description', apiSource);
  } else if (descMatch) {
    const clone = descMatch.el.cloneNode(true) as Element;
    for (const more of safeQueryAll(clone, '.groups-redesigned-info-more, .wall_post_more, .group_info_row_more'))
      more.remove();
    descriptionText = multilineText(clone) || null;
    description = presence(descriptionText !== null, recognised(G12));
    descriptionComplete = ctx.optionalOne('descriptionMore', doc) === null;
    ctx.sourceOf('description', descMatch);
  } else if (recognised(G12) && !blockedOrDeleted) {
    description = 'missing';
    descriptionComplete = true;
    ctx.source('description', `${headerGen}:no-description-block`);
  }

  // ---- header links: ПОС, registry
  const headerLinks = linksOutside(doc, scopes);
  const base = url.href;
  let posWidget: Presence = 'unknown';
  const apiMenu = apiGroup?.menu?.items;
  // a plain path stays on the page's own host (vk.com), never pos.gosuslugi.ru: no need to parse it
  const posByLink = headerLinks.find((a) => {
    const href = a.getAttribute('href') ?? '';
    return (
      (!OWN_HOST_PATH.test(href) || url.hostname === 'pos.gosuslugi.ru') &&
      unwrapLink(href, base)?.hostname === 'pos.gosuslugi.ru'
    );
  });
  const menu = blockedOrDeleted ? null : ctx.match('menuArea', doc);
  if (apiMenu?.some(isPosMenuItem)) {
    posWidget = 'present';
    ctx.source('posWidget', `${apiSource}:menu`);
  } else if (posByLink) {
    posWidget = 'present';
    ctx.source('posWidget', 'link:pos.gosuslugi.ru');
  } else if (menu && POS_TITLES.test(textOf(menu.el))) {
    posWidget = 'present';
    ctx.source('posWidget', `${menu.alt.generation}:tile-title`);
  } else if (apiMenu) {
    posWidget = 'missing';
    ctx.source('posWidget', `${apiSource}:menu`);
  } else if (!blockedOrDeleted && recognised(G12)) {
    posWidget = 'missing';
    ctx.source('posWidget', menu ? `${menu.alt.generation}:${menu.alt.css}` : `${headerGen}:no-menu`);
  }

  // ---- links to MAX / Telegram channels: none found is known only where a missing ПОС would be
  const messengerFound = messengerLinksOf(
    headerLinks.map((a) => a.getAttribute('href') ?? ''),
    descriptionText,
    base,
  );
  const messengerLinks = messengerFound.length > 0 ? messengerFound : !blockedOrDeleted && recognised(G12) ? [] : null;

  // ---- «Госорганизация»
  let govMark: Presence = 'unknown';
  const govApi = apiFlag(apiGroup?.is_government_organization);
  const badge = ctx.match('govBadge', doc);
  const govScriptFlag = /"is_government_organization"\s*:\s*(true|false|1|0)/.exec(scripts)?.[1];
  const labelEl = () =>
    headerDescendants(ctx, doc).find(
      (el) =>
        GOV_LABEL.test(textOf(el)) ||
        GOV_LABEL.test(el.getAttribute('title') ?? '') ||
        GOV_LABEL.test(el.getAttribute('aria-label') ?? ''),
    );
  if (govApi !== null) {
    govMark = govApi ? 'present' : 'missing';
    ctx.source('govMark', apiSource);
  } else if (badge) {
    govMark = 'present';
    ctx.sourceOf('govMark', badge);
  } else if (labelEl()) {
    govMark = 'present';
    ctx.source('govMark', 'label-text');
  } else if (govScriptFlag !== undefined) {
    govMark = govScriptFlag === 'true' || govScriptFlag === '1' ? 'present' : 'missing';
    ctx.source('govMark', 'inline-script');
  } else if (!blockedOrDeleted && headerGen === 'vk-g2') {
    // The badge is known to render on the G2 header (VKAdmin 2024–2025)
    govMark = 'missing';
    ctx.source('govMark', 'vk-g2:no-badge');
  }

  // ---- posts
  const scheduledView = url.searchParams.get('postponed') === '1' || ctx.optionalOne('postponedView', doc) !== null;
  const wall = blockedOrDeleted ? null : ctx.match('wall', doc);
  const roots = blockedOrDeleted || access === 'closed' || access === 'private' ? [] : allRoots;
  const pc: PostReadContext = {
    ctx,
    rootAlts,
    scopes,
    communityId: id,
    fixedPostId: apiGroup?.fixed_post !== undefined ? String(apiGroup.fixed_post) : fixedPostIdFromScripts(scripts),
    scheduledView,
    options,
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
  const wallGen = generationOf(
    (roots[0] !== undefined ? (rootAlts.get(roots[0]) ?? rootAltOf(ctx, roots[0])) : undefined) ?? wall?.alt,
  );
  if (roots.length > 0 || wall)
    ctx.source('posts', `${wallGen ?? wall?.alt.generation ?? 'unknown'}:${wall?.alt.css ?? 'posts'}`);
  else if (headerGen && access === null) ctx.miss('wall', headerGen);

  // ---- registry link / application: API data, description, links, header, pinned post (docs/rkn-registration.md)
  const pinnedIds = read.filter((p) => p.pinned).map((p) => p.id);
  const pinnedRoots =
    pinnedIds.length === 0
      ? []
      : roots.filter((r) => {
          const attr = r.getAttribute('data-post-id');
          return attr !== null && pinnedIds.some((pid) => attr.includes(pid));
        });
  const headerAreas = blockedOrDeleted ? [] : ctx.queryAll(doc, HEADER_AREAS);
  const registryAreas: ParentNode[] = [
    ...(descMatch ? [descMatch.el] : []),
    ...ctx.queryAll(
      doc,
      '#page_group_info_block, #group_links, .group_links, #public_links, [data-testid="group-links"]',
    ),
    ...headerAreas,
    ...pinnedRoots,
  ];
  const registryLink =
    findRegistryLinkInText(apiTexts(apiGroup)) ??
    findRegistryLinkIn(registryAreas, base) ??
    (descriptionText ? findRegistryLinkInText(descriptionText) : null);
  const applicationText = [descriptionText ?? '', ...pinnedRoots.map((r) => textOf(r))].join('\n');
  const registryApplication = registryLink ? null : findRegistryApplication(applicationText);

  // ---- «А+»: 'missing' only where the layout's marker is documented (none is yet)
  const aPlus = aPlusMarkOf(
    headerAreas.length === 0 ? [] : headerDescendants(ctx, doc),
    base,
    headerGen ? (VK_A_PLUS_MARKERS[headerGen] ?? null) : null,
  );
  if (aPlus.source) ctx.source('aPlusMark', aPlus.source);

  // ---- layout, coverage
  const layout = headerGen ?? wallGen ?? 'unknown';
  const noPosts = ctx.queryAll(doc, '.no_posts, [data-testid="wall-empty"]').length > 0;
  let postsSince: string | null = null;
  if (!scheduledView && access !== 'closed' && access !== 'private' && !blockedOrDeleted) {
    if (published.length > 0) postsSince = oldestNonPinned(published);
    else if (noPosts) postsSince = new Date(0).toISOString();
  }
  // G3 feeds are virtualised: when the first items were recycled out of the DOM, the newest posts were not all seen.
  const indexes = ctx.queryAll(doc, 'article[data-index]').map((a) => Number(a.getAttribute('data-index')));
  if (postsSince !== null && indexes.length > 0 && !indexes.includes(0)) {
    postsSince = null;
    ctx.diagnostics.push({
      name: 'feed-start',
      message: '[vk] the feed does not start at its first item: coverage unknown',
    });
  }
  const finalAccess: Access = access ?? (headerGen && (wall || roots.length > 0) ? 'open' : 'unknown');

  const page: CommunityPage = {
    site: 'vk',
    url: url.href,
    id,
    name,
    members,
    avatar,
    cover,
    description,
    descriptionText,
    posWidget,
    govMark,
    registryLink,
    posts: scheduledView ? [] : published,
    layout,
    postsSince,
    membersRange,
    registryApplication,
    messengerLinks,
    aPlusMark: aPlus.value,
    access: finalAccess,
    scheduledPosts: scheduledView || scheduled.length > 0 ? scheduled : null,
    sources: ctx.sources,
    diagnostics: ctx.diagnostics,
    readAt: options.now.toISOString(),
    partial: null,
  };
  if (descriptionComplete !== undefined) page.descriptionComplete = descriptionComplete;
  return validatePage(page);
}

const HEADER_AREAS =
  '.page_top, .redesigned-group-info, #owner_page_name, .OwnerPageName, [data-testid="group-header"]';

/**
 * Every element inside a header area, in document order without duplicates: what `.page_top *, … *` selects, but
 * walking only the areas (a `X *` union makes the browser test every element's ancestors against every part).
 */
function headerDescendants(ctx: Ctx, doc: Document): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (const area of ctx.queryAll(doc, HEADER_AREAS)) {
    // areas come in document order: one inside the previous kept area adds nothing new
    if (last?.contains(area)) continue;
    last = area;
    for (const el of area.getElementsByTagName('*')) out.push(el);
  }
  return out;
}

/**
 * Every `a[href]` outside the post-like blocks, in document order: what querying `a[href]` and dropping the links
 * inside (or being) a block gives, but walking only the page around the posts.
 */
function linksOutside(doc: Document, scopes: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  const start = doc.documentElement;
  if (!start) return out;
  let el: Element | null = start;
  while (el) {
    if (scopes.has(el)) {
      // skip the block's subtree
    } else {
      if (el.localName === 'a' && el.hasAttribute('href')) out.push(el);
      const child: Element | null = el.firstElementChild;
      if (child) {
        el = child;
        continue;
      }
    }
    // next in document order after `el`'s subtree
    let next: Element | null = null;
    for (let cur: Element | null = el; cur && cur !== start; cur = cur.parentElement) {
      next = cur.nextElementSibling;
      if (next) break;
    }
    el = next;
  }
  return out;
}

function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** The API group's texts that may hold a registry link: the links block, the site and the status. */
function apiTexts(group: ApiGroup | null): string {
  if (!group) return '';
  const out: string[] = [];
  const links: unknown = group.links;
  if (Array.isArray(links)) {
    for (const l of links as unknown[]) {
      const url = l && typeof l === 'object' ? (l as { url?: unknown }).url : undefined;
      if (typeof url === 'string') out.push(url);
    }
  }
  for (const v of [group.site, group.status]) if (typeof v === 'string') out.push(v);
  return out.join('\n');
}
