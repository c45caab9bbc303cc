/**
 * The Госуслуги feedback widget «ПОС»: in the API's menu, as a link to its host anywhere outside the posts (wrapped or
 * not), or as a menu tile with its title. 'missing' only when the API's menu lacks it or a G1/G2 header was read.
 */
import type { Presence } from '../../../types';
import { OWN_HOST_PATH, unwrapLink } from '../../core/links';
import { textOf } from '../../core/text';
import { isPosMenuItem, isPosUrl, mentionsPosTile, POS_HOST } from '../../gov/pos';
import { readLinksOutside } from '../areas';
import { G1_G2, recognised, type VkRead } from '../context';

export function readPosWidget(r: VkRead): Presence {
  const { ctx, url, apiSource } = r;
  const base = url.href;
  const apiMenu = r.apiGroup?.menu?.items;
  // a plain path stays on the page's own host (vk.com), never pos.gosuslugi.ru: no need to parse it
  const byLink = readLinksOutside(r).some((a) => {
    const href = a.getAttribute('href') ?? '';
    return (!OWN_HOST_PATH.test(href) || isPosUrl(url)) && isPosUrl(unwrapLink(href, base));
  });
  const menu = r.gone ? null : ctx.match('menuArea', r.doc);
  if (apiMenu?.some(isPosMenuItem)) {
    ctx.source('posWidget', `${apiSource}:menu`);
    return 'present';
  }
  if (byLink) {
    ctx.source('posWidget', `link:${POS_HOST}`);
    return 'present';
  }
  if (menu && mentionsPosTile(textOf(menu.el))) {
    ctx.source('posWidget', `${menu.alt.generation}:tile-title`);
    return 'present';
  }
  if (apiMenu) {
    ctx.source('posWidget', `${apiSource}:menu`);
    return 'missing';
  }
  if (r.gone || !recognised(r, G1_G2)) return 'unknown';
  ctx.source('posWidget', menu ? `${menu.alt.generation}:${menu.alt.css}` : `${r.headerGen}:no-menu`);
  return 'missing';
}
