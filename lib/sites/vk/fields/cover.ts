/**
 * The cover: the API's `cover.enabled`, else the header's cover block with an image. A cover block without an image
 * may be a placeholder: 'unknown', never 'missing'; no cover block at all is 'missing' only on a G1/G2 header.
 */
import type { Presence } from '../../../types';
import { G1_G2, recognised, union, type VkRead } from '../context';
import { apiFlag } from '../embedded';

function backgroundUrl(el: Element): string | null {
  const style = el.getAttribute('style') ?? '';
  return /background(?:-image)?\s*:[^;]*url\(\s*['"]?([^'")\s]+)/i.exec(style)?.[1] ?? null;
}

export function readCover(r: VkRead): Presence {
  const { ctx } = r;
  const enabled = apiFlag(r.apiGroup?.cover?.enabled);
  if (enabled !== null) {
    ctx.source('cover', r.apiSource);
    return enabled ? 'present' : 'missing';
  }
  if (r.gone) return 'unknown';
  const m = ctx.match('coverBlock', r.doc);
  if (m) {
    const img = backgroundUrl(m.el) ?? ctx.query.first(m.el, union('coverImage'))?.getAttribute('src') ?? null;
    ctx.sourceOf('cover', m);
    return img ? 'present' : 'unknown';
  }
  if (!recognised(r, G1_G2)) return 'unknown';
  ctx.source('cover', `${r.headerGen}:no-cover-block`);
  return 'missing';
}
