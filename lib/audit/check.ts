/** The shape every check file has: id, title, appliesTo, evaluate(page, ctx) (one check per file). */
import type { CheckId, CheckStatus, CommunityPage, Presence } from '../types';
import type { EngagementResult } from './engagement';
import type { FrequencyResult } from './frequency';
import { isPageUnreadable } from './posts';
import type { ReachResult } from './reach';
import type { ReasonCode } from './reasons';
import { countsItem, type MinRequirementItem, type RuleSet } from './rules';

/** Everything the audit computed once, shared by the checks. */
export interface CheckContext {
  now: Date;
  timeZone: string;
  rules: RuleSet;
  audienceSize: number | undefined;
  frequency: FrequencyResult;
  engagement: EngagementResult;
  reach: ReachResult;
}

export interface CheckResult {
  status: CheckStatus;
  reason: ReasonCode;
}

export interface CheckDefinition {
  id: CheckId;
  /** Short title, Russian first, English second. */
  title: { ru: string; en: string };
  /** False → the audit reports 'not-applicable' / 'not-required' without calling evaluate. */
  appliesTo(page: CommunityPage, ctx: CheckContext): boolean;
  evaluate(page: CommunityPage, ctx: CheckContext): CheckResult;
}

/** A minimum-requirement item: present → pass, missing → fail, unknown → why it is unknown. */
export function presenceResult(presence: Presence, page: CommunityPage): CheckResult {
  if (presence === 'present') return { status: 'pass', reason: 'present' };
  if (presence === 'missing') return { status: 'fail', reason: 'missing' };
  return { status: 'unknown', reason: isPageUnreadable(page) ? 'page-not-readable' : 'not-detected' };
}

/** Whether the rule set counts this minimum-requirement item (itself, or as part of «оформление»). */
export function isRequiredItem(item: MinRequirementItem, ctx: CheckContext): boolean {
  return countsItem(ctx.rules, item);
}
