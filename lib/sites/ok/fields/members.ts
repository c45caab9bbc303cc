/**
 * The member count: the header's counter, else the count beside the «Участники» link in its block, else the link's own
 * text («12K» keeps the range it stands for).
 */
import { type CountRange, parseCountRange } from '../../../parse/counts';
import { unionOf } from '../../core/context';
import { safeQuery } from '../../core/query';
import { textOf } from '../../core/text';
import type { OkRead } from '../context';
import { POST_ROOTS } from '../layout';
import { OK_SELECTORS } from '../selectors';

export interface Members {
  members: number | null;
  /** The range a rounded count («12K») stands for; null when exact or unknown. */
  membersRange: { min: number; max: number } | null;
}

const BLOCK = unionOf(OK_SELECTORS, 'membersBlock');

/**
 * The count beside the members link (docs/markup.md §15.4): the one count in the block around the link (its portlet
 * header, else its portlet), else in the link's parent when that holds no post and one count only.
 */
function besideLink(r: OkRead, link: Element): { el: Element; where: string } | null {
  const blocks = [link.closest(BLOCK), link.parentElement].filter(
    (b): b is Element => b !== null && b.tagName !== 'BODY' && safeQuery(b, POST_ROOTS) === null,
  );
  for (const block of blocks) {
    // one count in the block, or it may be another portlet's («Фото 96») in a wider parent
    const counts = r.ctx.union('membersCount', block);
    const [count] = counts;
    if (counts.length === 1 && count) return { el: count, where: 'ok-desktop:.portlet_h_count (members block)' };
  }
  return null;
}

const asMembers = (range: CountRange): Members => ({
  members: range.value,
  membersRange: range.exact ? null : { min: range.min, max: range.max },
});

export function readMembers(r: OkRead): Members {
  const { ctx, doc } = r;
  const m = ctx.match('members', doc);
  const range = m ? parseCountRange(textOf(m.el)) : null;
  if (m && range) {
    ctx.sourceOf('members', m);
    return asMembers(range);
  }
  const link = ctx.match('membersLink', doc);
  const beside = link ? besideLink(r, link.el) : null;
  const besideRange = beside ? parseCountRange(textOf(beside.el)) : null;
  if (beside && besideRange) {
    ctx.source('members', beside.where);
    return asMembers(besideRange);
  }
  const linkRange = link ? parseCountRange(textOf(link.el)) : null;
  if (link && linkRange) {
    ctx.sourceOf('members', link);
    return asMembers(linkRange);
  }
  if (r.recognised) ctx.miss('members', r.layout);
  return { members: null, membersRange: null };
}
