import type { Access } from '../../types';
import { type ReadContext, unionOf } from '../core/context';
import { meta } from '../core/text';
import type { WordsMarker } from '../types';
import { okGroupIdFromUrl } from './detect';
import { OK_SELECTORS, OK_TEXTS, type OkSelectorName } from './selectors';

export type OkLayout = 'ok-desktop' | 'ok-mobile' | 'unknown';
export type Ctx = ReadContext<OkSelectorName>;

export const POST_ROOTS = unionOf(OK_SELECTORS, 'post');
export const IMAGE = unionOf(OK_SELECTORS, 'image');

/** Inside a post item (a link there names the post's author or a reshared group, not this group). */
export const insidePost = (el: Element): boolean => el.closest(POST_ROOTS) !== null;

export function groupIdFromHref(href: string): string | null {
  return /[?&]st\.groupId=(\d+)/i.exec(href)?.[1] ?? /\/group\/(\d+)(?:[/?#]|$)/.exec(href)?.[1] ?? null;
}

export function detectLayout(ctx: Ctx, doc: Document): OkLayout {
  if (ctx.optionalOne('desktopMarker', doc)) return 'ok-desktop';
  if (ctx.optionalOne('mobileMarker', doc)) return 'ok-mobile';
  return 'unknown';
}

export function groupIdOf(ctx: Ctx, doc: Document, url: URL): { id: string | null; source: string | null } {
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
  const canonical = ctx.optionalOne('canonical', doc)?.getAttribute('href') ?? '';
  const fromCanonical = /\/group\/(\d+)(?:[/?#]|$)/.exec(canonical)?.[1];
  if (fromCanonical) return { id: fromCanonical, source: 'link:canonical' };
  for (const a of ctx.union('groupIdLink', doc)) {
    if (insidePost(a)) continue;
    const id = groupIdFromHref(a.getAttribute('href') ?? '');
    if (id) return { id, source: 'link:st.groupId' };
  }
  return { id: null, source: null };
}

export function isProfilePage(ctx: Ctx, doc: Document): boolean {
  const ogUrl = meta(doc, 'og:url') ?? '';
  const canonical = ctx.optionalOne('canonical', doc)?.getAttribute('href') ?? '';
  return /\/profile\/\d+/.test(ogUrl) || /\/profile\/\d+/.test(canonical);
}

export function accessOf(text: string, layout: OkLayout): Access {
  const has = (marker: WordsMarker) => marker.words.some((n) => text.includes(n));
  if (layout === 'unknown' && has(OK_TEXTS.deleted)) return 'deleted';
  if (has(OK_TEXTS.blocked)) return 'blocked';
  if (has(OK_TEXTS.closed)) return 'closed';
  return layout === 'unknown' ? 'unknown' : 'open';
}
