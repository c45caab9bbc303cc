/**
 * The avatar: the header's image. 'missing' only for OK's known "no photo" stub URL (`/res/stub_<w>x<h>.gif`) on a
 * recognised layout; other built-in `/res/` images and an absent `<img>` are 'unknown' (docs/markup.md §8).
 */
import type { Presence } from '../../../types';
import { safeQuery } from '../../core/query';
import type { OkRead } from '../context';
import { IMAGE } from '../layout';
import { OK_AVATAR_STUB, OK_STATIC_RESOURCE } from '../selectors';

/** An image element's URL: `src`, a lazy `data-src`/`srcset`, an inline background, else the image inside. */
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

export function readAvatar(r: OkRead): Presence {
  const { ctx } = r;
  const m = ctx.match('avatar', r.doc);
  if (!m) {
    if (r.recognised) ctx.miss('avatar', r.layout);
    return 'unknown';
  }
  ctx.sourceOf('avatar', m);
  const avatar = avatarPresence(imageUrlOf(m.el), r.url.href);
  // A stub under an unrecognised layout may not be the group's own avatar: say 'unknown'.
  return avatar === 'missing' && !r.recognised ? 'unknown' : avatar;
}
