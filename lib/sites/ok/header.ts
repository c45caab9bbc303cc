import type { Presence } from '../../types';
import { unwrapLink } from '../core/links';
import { safeQuery } from '../core/query';
import { norm } from '../core/text';
import { isPosTileTitle, isPosUrl } from '../gov/pos';
import { type Ctx, IMAGE, POST_ROOTS } from './layout';
import { OK_AVATAR_STUB, OK_STATIC_RESOURCE, OK_TEXTS } from './selectors';

/** One pass over the page outside post items, scripts and styles: its text, its links and its tile candidates. */
export interface OutsidePosts {
  text: string;
  links: Element[];
  tiles: Element[];
}

export function scanOutsidePosts(root: Element): OutsidePosts {
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

export function imageUrlOf(el: Element): string | null {
  const attr = (name: string) => el.getAttribute(name)?.trim() || null;
  const src = attr('src');
  if (src && !src.startsWith('data:')) return src;
  const lazy = attr('data-src') ?? attr('srcset')?.split(/\s+/)[0] ?? null;
  if (lazy) return lazy;
  const style = el.getAttribute('style') ?? '';
  const bg = /background-image\s*:\s*url\((['"]?)([^'")]+)\1\)/i.exec(style)?.[2];
  if (bg) return bg;
  const img = el.tagName.toLowerCase() === 'img' ? null : safeQuery(el, IMAGE);
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

export function coverPresence(src: string | null, base: string): Presence {
  // The OK cover DOM is not attested: an image is 'present', anything else stays 'unknown'.
  return avatarPresence(src, base) === 'present' ? 'present' : 'unknown';
}

/**
 * The blocks around the name (the header blocks, and the name's parent unless it is the page or holds posts), each
 * with every element inside: where the «Госорганизация» and «А+» marks and a header registry link are sought.
 */
export function headerElementsOf(
  ctx: Ctx,
  doc: Document,
  nameEl: Element | null,
): { roots: Element[]; elements: Element[] } {
  const around = nameEl?.parentElement;
  const near =
    around && around !== doc.body && around !== doc.documentElement && !safeQuery(around, POST_ROOTS) ? [around] : [];
  const roots = [...ctx.union('headerBlock', doc), ...near];
  return { roots, elements: roots.flatMap((root) => [root, ...ctx.union('anyElement', root)]) };
}

export function govMarkOf(headerElements: readonly Element[]): Presence {
  const target: readonly string[] = OK_TEXTS.govMark.words;
  for (const el of headerElements) {
    const labels = [el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('data-tooltip')];
    if (labels.some((l) => target.includes(norm(l)))) return 'present';
    if (el.children.length === 0 && target.includes(norm(el.textContent))) {
      return 'present';
    }
  }
  // OK's gov-mark DOM is not attested: its absence proves nothing.
  return 'unknown';
}

export function posWidgetOf(
  outside: OutsidePosts,
  base: string,
  recognised: boolean,
): { value: Presence; source: string | null } {
  for (const a of outside.links) {
    const url = unwrapLink(a.getAttribute('href') ?? a.getAttribute('src') ?? '', base);
    if (isPosUrl(url)) return { value: 'present', source: 'link' };
  }
  for (const el of outside.tiles) {
    if (isPosTileTitle(el.textContent) || isPosTileTitle(el.getAttribute('title'))) {
      return { value: 'present', source: 'tile' };
    }
  }
  return { value: recognised ? 'missing' : 'unknown', source: recognised ? 'document-scan' : null };
}
