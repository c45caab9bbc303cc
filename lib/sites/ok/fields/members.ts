/** The member count: the header's counter, else the members link («12K» keeps the range it stands for). */
import { parseCountRange } from '../../../parse/counts';
import { textOf } from '../../core/text';
import type { OkRead } from '../context';

export interface Members {
  members: number | null;
  /** The range a rounded count («12K») stands for; null when exact or unknown. */
  membersRange: { min: number; max: number } | null;
}

export function readMembers(r: OkRead): Members {
  const { ctx, doc } = r;
  const m = ctx.match('members', doc) ?? ctx.match('membersLink', doc);
  const range = m ? parseCountRange(textOf(m.el)) : null;
  if (m && range) {
    ctx.sourceOf('members', m);
    return { members: range.value, membersRange: range.exact ? null : { min: range.min, max: range.max } };
  }
  if (r.recognised) ctx.miss('members', r.layout);
  return { members: null, membersRange: null };
}
