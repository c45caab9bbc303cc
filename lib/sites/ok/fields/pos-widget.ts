/**
 * The Госуслуги feedback widget «ПОС»: a link to its host (unwrapped, `logExternal` / `outLinkWarning`) or a tile with
 * its title anywhere outside the posts. 'missing' only where none found is known (../areas.ts `outsideKnown`).
 */
import type { Presence } from '../../../types';
import { unwrapLink } from '../../core/links';
import { isPosTileTitle, isPosUrl } from '../../gov/pos';
import type { OkRead } from '../context';

function posWidgetOf(r: OkRead, known: boolean): { value: Presence; source: string | null } {
  for (const a of r.outside.links) {
    const url = unwrapLink(a.getAttribute('href') ?? a.getAttribute('src') ?? '', r.url.href);
    if (isPosUrl(url)) return { value: 'present', source: 'link' };
  }
  for (const el of r.outside.tiles) {
    if (isPosTileTitle(el.textContent) || isPosTileTitle(el.getAttribute('title'))) {
      return { value: 'present', source: 'tile' };
    }
  }
  return { value: known ? 'missing' : 'unknown', source: known ? 'document-scan' : null };
}

export function readPosWidget(r: OkRead, known: boolean): Presence {
  const pos = posWidgetOf(r, known);
  if (pos.source) r.ctx.source('posWidget', pos.source);
  return pos.value;
}
