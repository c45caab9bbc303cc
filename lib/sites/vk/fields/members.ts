/**
 * The subscriber count: the API data, else the header's counter (its `title` first: the exact number). Never 0 from
 * an absent counter: null. The React header's counter is not documented (docs/markup.md §15.1): null there.
 */
import { parseCountRange } from '../../../parse/counts';
import { textOf } from '../../core/text';
import { recognised, type VkRead } from '../context';

export interface Members {
  members: number | null;
  /** The range a rounded count («12K») stands for; null when exact or unknown. */
  membersRange: { min: number; max: number } | null;
}

export function readMembers(r: VkRead): Members {
  const { ctx, apiGroup } = r;
  if (apiGroup?.members_count !== undefined) {
    ctx.source('members', r.apiSource);
    return { members: apiGroup.members_count, membersRange: null };
  }
  const none: Members = { members: null, membersRange: null };
  if (r.gone) return none;
  const m = ctx.match('members', r.doc);
  if (!m) {
    if (recognised(r, ['vk-g1', 'vk-g2', 'vk-mobile'])) ctx.miss('members', r.headerGen ?? 'unknown');
    return none;
  }
  const c = parseCountRange(m.el.getAttribute('title')) ?? parseCountRange(textOf(m.el));
  if (!c) return none;
  ctx.sourceOf('members', m);
  return { members: c.value, membersRange: c.exact ? null : { min: c.min, max: c.max } };
}
