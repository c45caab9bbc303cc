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
    // 'missing' evidence: the API data's community menu (where ПОС lives, find-pos-widgets 2023) has no ПОС item.
    return 'missing';
  }
  // No ПОС evidence is known for the React header (docs/markup.md §15.1): there, as on any header not recognised,
  // 'unknown' unless a link or the API showed it.
  if (r.gone || !recognised(r, G1_G2)) return 'unknown';
  // 'missing' evidence: a G1/G2 header was recognised, and no link outside the posts — every `a[href]` on the page,
  // whatever its classes, unwrapped from away.php — leads to pos.gosuslugi.ru, and no menu tile bears a ПОС title
  // (docs/markup.md §3.7: ПОС is menu items linking to pos.gosuslugi.ru; a G1/G2 page with no menu has none).
  ctx.source('posWidget', menu ? `${menu.alt.generation}:${menu.alt.css}` : `${r.headerGen}:no-menu`);
  return 'missing';
}
