/**
 * RKN registration of pages with more than 10 000 members (methodology §1.8, §3.7). Legal, not part of the score.
 *
 * | members                                   | status         | reason                 |
 * | unknown, or an abbreviated count spanning | unknown        | members-unknown        |
 * | ≤ threshold (heads-up from 9 000)         | not-applicable | under-rkn-threshold / rkn-heads-up |
 * | > threshold, registry link                | pass           | registered             |
 * | > threshold, application number only      | unknown        | application-pending    |
 * | > threshold, neither, read in full        | fail           | not-registered         |
 * | > threshold, neither, not read in full    | unknown        | description-incomplete |
 * A registry link passes also when an abbreviated count cannot be decided.
 */
import type { CommunityPage } from '../../types';
import type { CheckDefinition, CheckResult } from '../check';
import { membersOf } from '../reach';
import type { RuleSet } from '../rules';
import { CHECK_TITLES } from '../titles';
import type { RknInfo } from '../types';

const nonEmpty = (s: string | null | undefined): string | null => (s != null && s.trim() !== '' ? s : null);

export function rknInfo(page: CommunityPage, rules: RuleSet): RknInfo {
  const { members, range } = membersOf(page);
  const threshold = rules.rknMembersThreshold;
  let certain: boolean | null = null;
  if (range) {
    if (range.min > threshold) certain = true;
    else if (range.max <= threshold) certain = false;
  }
  const headsUp = range !== null && certain !== true && range.max >= rules.rknHeadsUpFrom;
  return {
    members,
    membersRange: range && range.min !== range.max ? range : null,
    membersCertainAbove10k: certain,
    headsUp,
    registryLink: nonEmpty(page.registryLink),
    registryApplication: nonEmpty(page.registryApplication),
  };
}

export function rknResult(page: CommunityPage, info: RknInfo): CheckResult {
  if (info.membersCertainAbove10k === false) {
    return { status: 'not-applicable', reason: info.headsUp ? 'rkn-heads-up' : 'under-rkn-threshold' };
  }
  if (info.registryLink) return { status: 'pass', reason: 'registered' };
  if (info.membersCertainAbove10k === null) return { status: 'unknown', reason: 'members-unknown' };
  if (info.registryApplication) return { status: 'unknown', reason: 'application-pending' };
  if (page.descriptionComplete === true && page.description !== 'unknown') {
    return { status: 'fail', reason: 'not-registered' };
  }
  return { status: 'unknown', reason: 'description-incomplete' };
}

export const check: CheckDefinition = {
  id: 'rkn-registration',
  title: CHECK_TITLES['rkn-registration'],
  appliesTo: () => true,
  evaluate: (page, ctx) => rknResult(page, rknInfo(page, ctx.rules)),
};
