/**
 * The cover: the API's `cover.enabled`, else the header's cover with an image. The React header's cover container is
 * on every community page (docs/markup.md §15.1): an image inside it proves a cover, the container alone proves
 * nothing. A G1/G2 cover block without an image may be a placeholder: 'unknown'. 'missing' from the markup only where
 * a G1/G2 header was read with no cover anywhere in it (see below).
 */
import type { Presence } from '../../../types';
import { G1_G2, recognised, union, type VkRead } from '../context';
import { apiFlag } from '../embedded';

function backgroundUrl(el: Element): string | null {
  const style = el.getAttribute('style') ?? '';
  return /background(?:-image)?\s*:[^;]*url\(\s*['"]?([^'")\s]+)/i.exec(style)?.[1] ?? null;
}

/** The image a cover element shows: its `background-image`, else an `img[src]` or background inside it. */
function imageIn(r: VkRead, el: Element): string | null {
  const own = backgroundUrl(el) ?? r.ctx.query.first(el, union('coverImage'))?.getAttribute('src');
  if (own) return own;
  for (const child of el.getElementsByTagName('*')) {
    const url = backgroundUrl(child);
    if (url) return url;
  }
  return null;
}

export function readCover(r: VkRead): Presence {
  const { ctx } = r;
  const enabled = apiFlag(r.apiGroup?.cover?.enabled);
  if (enabled !== null) {
    ctx.source('cover', r.apiSource);
    // 'missing' evidence: the API data says `cover.enabled: 0` (docs/markup.md §3.5, vk-api-schema).
    return enabled ? 'present' : 'missing';
  }
  if (r.gone) return 'unknown';
  const container = ctx.match('coverContainer', r.doc);
  if (container) {
    // Never 'missing' from the React header's markup: the container is there with or without a cover, and an image
    // not (yet) in it proves nothing (docs/markup.md §15.1).
    if (!imageIn(r, container.el)) return 'unknown';
    ctx.sourceOf('cover', container);
    return 'present';
  }
  const m = ctx.match('coverBlock', r.doc);
  if (m) {
    ctx.sourceOf('cover', m);
    return imageIn(r, m.el) ? 'present' : 'unknown';
  }
  if (!recognised(r, G1_G2)) return 'unknown';
  // 'missing' evidence: a G1/G2 header was recognised (its markers matched) and no cover block, under any class this
  // generation is known to give it (docs/markup.md §3.5 [S]: G1 `.page_cover`, G2 `.redesigned-group-cover`), is on
  // the page. The rule of docs/markup.md §3.5: a recognised G1/G2 page with no cover block has no cover.
  ctx.source('cover', `${r.headerGen}:no-cover-block`);
  return 'missing';
}
