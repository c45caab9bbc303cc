/**
 * Presence of the minimum-requirement items (methodology §3.5; docs/rule-sets.md): the page's own elements, the
 * «Госорганизация» mark, and «оформление» (design) — cover, avatar and description all present. Pure.
 */
import type { CommunityPage, Presence } from '../types';
import { DESIGN_PARTS, type MinRequirementItem } from './rules';

/** «Оформление»: present when cover, avatar and description all are, missing when one of them is. */
export function designPresence(parts: Readonly<Record<(typeof DESIGN_PARTS)[number], Presence>>): Presence {
  const values = DESIGN_PARTS.map((k) => parts[k]);
  return values.includes('missing') ? 'missing' : values.includes('unknown') ? 'unknown' : 'present';
}

/** Presence of each minimum-requirement item on a page. */
export function itemPresences(page: CommunityPage): Record<MinRequirementItem, Presence> {
  return {
    cover: page.cover,
    avatar: page.avatar,
    description: page.description,
    'pos-widget': page.posWidget,
    'gov-mark': page.govMark,
    design: designPresence(page),
  };
}
