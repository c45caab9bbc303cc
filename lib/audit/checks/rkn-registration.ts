/**
 * RKN registration of pages with more than `rknMembersThreshold` members (10 000 by default). Legal, not part of the
 * score. The table (docs/rkn-registration.md, from the methodology's revised §3.7):
 *
 * | members                                   | page shows                                    | status / reason                      |
 * | surely ≤ threshold (heads-up from 9 000)  | anything                                      | not-applicable / under-rkn-threshold, rkn-heads-up |
 * | > threshold or unknown                    | a registry link, 2024 or 2025 form             | pass / registered                    |
 * | > threshold or unknown                    | the platform's «А+» mark                       | pass / registered                    |
 * | unknown (or too rough to decide)          | neither                                        | unknown / members-unknown            |
 * | > threshold                               | only an application number (2024 procedure)    | unknown / application-pending        |
 * | > threshold                               | neither; «А+» could not be checked             | unknown / registration-not-seen      |
 * | > threshold                               | neither; «А+» surely absent; description cut   | unknown / description-incomplete     |
 * | > threshold                               | neither; «А+» surely absent; read in full      | fail / not-registered                |
 *
 * «Surely absent» is `aPlusMark: 'missing'`, which a reader says only on a layout whose «А+» markup is documented:
 * a registered page must never be told it is unregistered because its registration looks the 2025 way.
 */
import type { CommunityPage, Presence } from '../../types';
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
  const aPlusMark: Presence = page.aPlusMark ?? 'unknown';
  return {
    members,
    membersRange: range && range.min !== range.max ? range : null,
    membersCertainAbove10k: certain,
    headsUp,
    registryLink: nonEmpty(page.registryLink),
    registryApplication: nonEmpty(page.registryApplication),
    aPlusMark,
    threshold,
  };
}

export function rknResult(page: CommunityPage, info: RknInfo): CheckResult {
  if (info.membersCertainAbove10k === false) {
    return { status: 'not-applicable', reason: info.headsUp ? 'rkn-heads-up' : 'under-rkn-threshold' };
  }
  if (info.registryLink || info.aPlusMark === 'present') return { status: 'pass', reason: 'registered' };
  if (info.membersCertainAbove10k === null) return { status: 'unknown', reason: 'members-unknown' };
  if (info.registryApplication) return { status: 'unknown', reason: 'application-pending' };
  if (info.aPlusMark !== 'missing') return { status: 'unknown', reason: 'registration-not-seen' };
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
