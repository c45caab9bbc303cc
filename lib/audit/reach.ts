/**
 * Reach (docs/methodology.md §3.4): members ÷ the audience size the user entered · 100, capped. Unknown until entered.
 * An abbreviated member count («1,2K») gives a range; the check decides only when the whole range agrees.
 */
import type { CommunityPage } from '../types';
import type { RuleSet } from './rules';
import type { Range } from './types';

export interface MembersEstimate {
  members: number | null;
  /** Bounds of the count: exact → min === max; null when unknown. */
  range: Range | null;
}

/** The member count as bounds: `membersRange` when the count was abbreviated, else the exact `members`. */
export function membersOf(page: CommunityPage): MembersEstimate {
  const r = page.membersRange;
  if (r && Number.isFinite(r.min) && Number.isFinite(r.max) && r.min <= r.max) {
    return { members: page.members, range: { min: r.min, max: r.max } };
  }
  if (page.members !== null && Number.isFinite(page.members)) {
    return { members: page.members, range: { min: page.members, max: page.members } };
  }
  return { members: page.members, range: null };
}

export interface ReachResult {
  /** Reach %, when exactly known. */
  percent: number | null;
  /** Bounds of reach %, null until the audience size is entered or when members are unknown. */
  range: Range | null;
  /** 'input-missing' (no audience size) or 'members-unknown' when `range` is null. */
  missing: 'input-missing' | 'members-unknown' | null;
}

export function reachOf(page: CommunityPage, audienceSize: number | undefined, rules: RuleSet): ReachResult {
  if (audienceSize === undefined || !Number.isFinite(audienceSize) || audienceSize <= 0) {
    return { percent: null, range: null, missing: 'input-missing' };
  }
  const { range: members } = membersOf(page);
  if (!members) return { percent: null, range: null, missing: 'members-unknown' };
  const pct = (m: number) => Math.min((m / audienceSize) * 100, rules.reachCap);
  const range = { min: pct(members.min), max: pct(members.max) };
  return { percent: range.min === range.max ? range.min : null, range, missing: null };
}
