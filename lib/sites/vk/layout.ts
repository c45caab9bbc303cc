/**
 * What the VK reader works out once per page before reading any field: the embedded data (API data from the bridge
 * or the page's `apiPrefetchCache`, the SPA bootstrap, `og:url`), the post-like blocks, whether the page is a
 * community at all, its layout generation, its access and its id. The fields (./fields/) and the posts (./posts.ts)
 * read from the `VkRead` this builds. Markup evidence: docs/markup.md.
 */
import type { Access } from '../../types';
import { ReadContext } from '../core/context';
import { meta, textOf } from '../core/text';
import { parsePostId, union, type VkContext, type VkRead, type VkReadOptions } from './context';
import { detectVkPage, vkIdFromUrl } from './detect';
import { groupFromScripts, ownerIdFromScripts, spaEntityFromScripts } from './embedded';
import { postRootCandidates, postRoots, SCOPE_UNION } from './posts';
import { VK_SELECTORS, VK_TEXTS, type VkGeneration } from './selectors';

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

/**
 * The header generation from its tell-tale markers, newest first: the 2025–2026 React community header (its own
 * `data-testid`s and `CommunityHeader__*` classes, docs/markup.md §15.1), then G2 before G1 (a G2 page may keep G1
 * ids), the G3 profile-style header, m.vk.
 */
function headerGeneration(ctx: VkContext, doc: Document): VkGeneration | null {
  if (ctx.optionalOne('headerReact', doc)) return 'vk-react';
  if (ctx.optionalOne('headerG2', doc)) return 'vk-g2';
  if (ctx.optionalOne('headerG1', doc)) return 'vk-g1';
  if (ctx.optionalOne('headerG3', doc)) return 'vk-g3';
  if (ctx.optionalOne('headerMobile', doc)) return 'vk-mobile';
  return null;
}

function readAccess(ctx: VkContext, doc: Document): Access | null {
  if (ctx.optionalOne('blocked', doc)) return 'blocked';
  if (ctx.optionalOne('deleted', doc)) return 'deleted';
  const closed = ctx.optionalOne('closed', doc);
  const notice = textOf(closed ?? ctx.query.first(doc, union('accessNotice')));
  if (VK_TEXTS.blockedNotice.pattern.test(notice)) return 'blocked';
  if (VK_TEXTS.deletedNotice.pattern.test(notice)) return 'deleted';
  if (VK_TEXTS.privateNotice.pattern.test(notice)) return 'private';
  if (closed || VK_TEXTS.closedNotice.pattern.test(notice)) return 'closed';
  return null;
}

const COMMUNITY_OG_URL = /\/(?:public|club|event)(\d+)\/?$/;

/**
 * Starts a read: null when the page is not a community (a profile, a section, or a screen name whose page shows a
 * person or no community evidence at all).
 */
export function startRead(doc: Document, url: URL, options: VkReadOptions): VkRead | null {
  const kind = detectVkPage(url);
  if (kind === null || kind === 'profile' || kind === 'other') return null;
  const ctx: VkContext = new ReadContext({
    site: 'vk',
    selectors: VK_SELECTORS,
    doc,
    where: `${url.host}${url.pathname}`,
    onDiagnostic: options.onDiagnostic,
  });
  const scripts = inlineScripts(doc);
  const screenName = kind === 'maybe-community' ? url.pathname.replace(/^\/|\/$/g, '') : null;
  const spa = spaEntityFromScripts(scripts, screenName);
  const ogUrl = meta(doc, 'og:url') ?? '';
  const apiGroup = options.api?.group ?? groupFromScripts(scripts);
  const apiSource = options.api?.group ? (options.api.source ?? 'bridge') : 'apiPrefetchCache';
  const scopes: ReadonlySet<Element> = new Set(ctx.query.all(doc, SCOPE_UNION));
  const rootAlts = postRootCandidates(ctx, doc, scopes);
  const allRoots = postRoots(ctx, rootAlts, doc, scopes);

  if (kind === 'maybe-community') {
    const person =
      ctx.optionalOne('profileMarker', doc) !== null || spa?.type === 'profile' || /\/id\d+\/?$/.test(ogUrl);
    const community =
      ctx.optionalOne('communityMarker', doc) !== null ||
      ctx.optionalOne('headerReact', doc) !== null ||
      ctx.optionalOne('headerG2', doc) !== null ||
      spa?.type === 'group' ||
      COMMUNITY_OG_URL.test(ogUrl) ||
      apiGroup !== null ||
      allRoots.some((el) => (el.getAttribute('data-post-id') ?? '').startsWith('-'));
    if (person || !community) return null;
  }
  const headerGen = headerGeneration(ctx, doc);
  const access = readAccess(ctx, doc);
  const r: VkRead = {
    ctx,
    doc,
    url,
    options,
    scripts,
    spa,
    ogUrl,
    apiGroup,
    apiSource,
    scopes,
    rootAlts,
    allRoots,
    headerGen,
    access,
    gone: access === 'blocked' || access === 'deleted',
  };
  return r;
}

/** The community's numeric id: the URL, the API data, the SPA bootstrap, `og:url`, the inline scripts, the posts. */
export function readId(r: VkRead): string | null {
  const { ctx } = r;
  const fromUrl = vkIdFromUrl(r.url);
  if (fromUrl) {
    ctx.source('id', 'url');
    return fromUrl;
  }
  if (r.apiGroup) {
    ctx.source('id', r.apiSource);
    return String(r.apiGroup.id);
  }
  if (r.spa?.type === 'group') {
    ctx.source('id', 'spa-bootstrap');
    return r.spa.id;
  }
  const fromOg = COMMUNITY_OG_URL.exec(r.ogUrl)?.[1] ?? null;
  if (fromOg) {
    ctx.source('id', 'og:url');
    return fromOg;
  }
  const fromScripts = ownerIdFromScripts(r.scripts);
  if (fromScripts) {
    ctx.source('id', 'inline-script');
    return fromScripts;
  }
  const owner = r.allRoots
    .map((el) => parsePostId(el.getAttribute('data-post-id'))?.owner ?? '')
    .find((o) => o.startsWith('-'));
  if (owner) ctx.source('id', 'post-ids');
  return owner?.slice(1) ?? null;
}
