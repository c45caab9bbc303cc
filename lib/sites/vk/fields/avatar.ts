/** The avatar: the API's `has_photo`, else the header image (VK's placeholder images count as none). */
import type { Presence } from '../../../types';
import { presence } from '../../core/page';
import { recognised, type VkRead } from '../context';
import { apiFlag } from '../embedded';
import { VK_TEXTS } from '../selectors';

export function readAvatar(r: VkRead): Presence {
  const { ctx } = r;
  const hasPhoto = apiFlag(r.apiGroup?.has_photo);
  if (hasPhoto !== null) {
    ctx.source('avatar', r.apiSource);
    return hasPhoto ? 'present' : 'missing';
  }
  if (r.gone) return 'unknown';
  const m = ctx.match('avatarImg', r.doc);
  const src = m?.el.getAttribute('src') ?? '';
  if (m && src) {
    ctx.sourceOf('avatar', m);
    return VK_TEXTS.placeholderAvatar.pattern.test(src)
      ? presence(false, recognised(r, ['vk-g1', 'vk-g2', 'vk-mobile']))
      : 'present';
  }
  if (recognised(r, ['vk-g1', 'vk-g2'])) ctx.miss('avatarImg', r.headerGen ?? 'unknown');
  return 'unknown';
}
