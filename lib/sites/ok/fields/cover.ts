/** The cover: OK's cover DOM is not attested, so an image is 'present' and anything else, its absence too, 'unknown'. */
import type { Presence } from '../../../types';
import type { OkRead } from '../context';
import { avatarPresence, imageUrlOf } from './avatar';

export function coverPresence(src: string | null, base: string): Presence {
  return avatarPresence(src, base) === 'present' ? 'present' : 'unknown';
}

export function readCover(r: OkRead): Presence {
  const m = r.ctx.match('cover', r.doc);
  if (!m) return 'unknown';
  r.ctx.sourceOf('cover', m);
  return coverPresence(imageUrlOf(m.el), r.url.href);
}
