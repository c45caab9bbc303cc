/** The avatar: the API's `has_photo`, else the header image (VK's placeholder images count as none). */
import type { Presence } from '../../../types';
import { presence } from '../../core/page';
import { recognised, type VkRead } from '../context';
import { apiFlag } from '../embedded';
import { VK_TEXTS } from '../selectors';

/** Headers whose avatar image is the community's own: there VK's placeholder image proves «no avatar». */
const PLACEHOLDER_PROVES = ['vk-react', 'vk-g1', 'vk-g2', 'vk-mobile'] as const;

export function readAvatar(r: VkRead): Presence {
  const { ctx } = r;
  const hasPhoto = apiFlag(r.apiGroup?.has_photo);
  if (hasPhoto !== null) {
    ctx.source('avatar', r.apiSource);
    // 'missing' evidence: the API data says `has_photo: 0` (docs/markup.md §3.4, vk-api-schema).
    return hasPhoto ? 'present' : 'missing';
  }
  if (r.gone) return 'unknown';
  const m = ctx.match('avatarImg', r.doc);
  const src = m?.el.getAttribute('src') ?? '';
  if (m && src) {
    ctx.sourceOf('avatar', m);
    // 'missing' evidence: the header's avatar image is VK's default placeholder (`/images/community_100.png`,
    // docs/markup.md §3.4 [S]); on a header not recognised the image may be another's, so 'unknown'.
    return VK_TEXTS.placeholderAvatar.pattern.test(src)
      ? presence(false, recognised(r, PLACEHOLDER_PROVES))
      : 'present';
  }
  // No image is never 'missing': it may not have rendered yet (docs/markup.md §3.4).
  if (recognised(r, ['vk-react', 'vk-g1', 'vk-g2'])) ctx.miss('avatarImg', r.headerGen ?? 'unknown');
  return 'unknown';
}
