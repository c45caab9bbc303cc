/**
 * auditCommunity: one community page + options → the month's weeks, every check, engagement and the predicted
 * score. Pure: `now` and the zone come in as arguments.
 */
import type { CheckId, CommunityPage } from '../types';
import type { CheckContext, CheckDefinition } from './check';
import { check as avatar } from './checks/avatar';
import { check as cover } from './checks/cover';
import { check as description } from './checks/description';
import { check as engagementCheck } from './checks/engagement';
import { check as frequencyCheck } from './checks/frequency';
import { check as govMark } from './checks/gov-mark';
import { check as posWidget } from './checks/pos-widget';
import { check as reachCheck } from './checks/reach';
import { rknInfo, check as rknRegistration } from './checks/rkn-registration';
import { engagementOf } from './engagement';
import { type FrequencyResult, frequencyOf } from './frequency';
import { itemPresences } from './items';
import { reachOf } from './reach';
import { DEFAULT_RULES, type RuleSet } from './rules';
import { predict } from './score';
import type { Audit, AuditCheck, AuditOptions, Range, ScoreBreakdown } from './types';

/** Every check, in CHECK_IDS order. */
export const CHECK_DEFINITIONS: readonly CheckDefinition[] = [
  cover,
  avatar,
  description,
  posWidget,
  govMark,
  frequencyCheck,
  engagementCheck,
  reachCheck,
  rknRegistration,
];

export function checkDefinition(id: CheckId): CheckDefinition | undefined {
  return CHECK_DEFINITIONS.find((d) => d.id === id);
}

const point = (v: number): Range => ({ min: v, max: v });

function frequencyRange(page: CommunityPage, frequency: FrequencyResult): Range {
  // F = 0 once a week failed or the group is #Н/Д; unknown while an ended week could not be read; else 100
  // (pending weeks are assumed met; the forecast tells how many posts that takes).
  if (page.govMark === 'missing' || frequency.failed) return point(0);
  if (frequency.unreadable) return { min: 0, max: 100 };
  return point(100);
}

function breakdownOf(page: CommunityPage, ctx: CheckContext): ScoreBreakdown {
  const { rules } = ctx;
  const items = rules.minRequirementItems;
  const all = itemPresences(page);
  const presences = items.map((item) => all[item]);
  const present = presences.filter((p) => p === 'present').length;
  const missing = presences.filter((p) => p === 'missing').length;
  const unknown = presences.length - present - missing;
  const share = (n: number) => (items.length > 0 ? (n / items.length) * 100 : 100);
  const minRequirements = { min: share(present), max: share(present + unknown) };
  const engagement =
    ctx.engagement.achievement === null ? { min: 0, max: rules.engagementCap } : point(ctx.engagement.achievement);
  const reach = ctx.reach.range ?? { min: 0, max: rules.reachCap };
  const frequency = frequencyRange(page, ctx.frequency);
  const value = (r: Range) => (r.min === r.max ? r.min : null);
  return {
    frequency: value(frequency),
    engagement: value(engagement),
    reach: value(reach),
    minRequirements: value(minRequirements),
    missingItems: missing,
    unknownItems: unknown,
    mode: rules.penalty.mode,
    pointsPerMissing: rules.penalty.pointsPerMissing,
    weights: rules.weights,
    ranges: { frequency, engagement, reach, minRequirements },
  };
}

export function auditCommunity(page: CommunityPage, options: AuditOptions): Audit {
  const rules: RuleSet = options.rules ?? DEFAULT_RULES;
  const timeZone = options.timeZone ?? rules.timeZone;
  const now = options.now;
  const frequency = frequencyOf(page, { now, timeZone, rules });
  const engagement = engagementOf(page, frequency.calendar, now, rules, frequency.published);
  const ctx: CheckContext = {
    now,
    timeZone,
    rules,
    audienceSize: options.audienceSize,
    frequency,
    engagement,
    reach: reachOf(page, options.audienceSize, rules),
  };
  const checks = CHECK_DEFINITIONS.map((d): AuditCheck => {
    if (!d.appliesTo(page, ctx)) return { id: d.id, status: 'not-applicable', reason: 'not-required' };
    return { id: d.id, ...d.evaluate(page, ctx) };
  });
  const breakdown = breakdownOf(page, ctx);
  const { predictedScore, predictedRange } = predict(
    breakdown.ranges,
    { min: breakdown.missingItems, max: breakdown.missingItems + breakdown.unknownItems },
    rules,
  );
  return {
    checks,
    month: { year: frequency.year, month: frequency.month, weeks: frequency.weeks },
    engagement: { rate: engagement.rate, achievement: engagement.achievement },
    predictedScore,
    predictedRange,
    forecast: frequency.forecast,
    nextWeekStart: frequency.nextWeekStart,
    breakdown,
    engagementDetail: engagement.detail,
    rkn: rknInfo(page, rules),
    outsideEvaluation: frequency.calendar.outsideEvaluation,
    timeZone,
    rulesVersion: rules.version,
    now: now.toISOString(),
  };
}
