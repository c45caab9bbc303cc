/**
 * The group set's indicators as the methodology computes them for several groups (§1.3, §1.4, §3.2–3.5), from the
 * latest audit of each group. Pure.
 *
 * - frequency: % of groups whose month passed, over the groups whose month is decided (pass or fail); for the
 *   running month the undecided groups are counted apart (`undecided`), never as failed; «визитка» groups are left
 *   out when the rule set says so (`businessCards`);
 * - ER: pooled Σ(likes + comments + reposts) / Σviews over every audited group (`scoreGroupSet`);
 * - minimum requirements: share of the rule set's items present over all groups, among the items whose presence is
 *   known (for a factor table: the factor (G + P + F) ÷ C ÷ 3 × 100);
 * - reach: Σmembers / Σaudience sizes over the groups with an audience size entered and members known, capped;
 * - total: `ratingTotal` once every input the rule set weighs is known (`breakdown`: its parts and penalty).
 */
import { frequencyGroups, scoreGroupSet } from '../audit/group-set';
import { designPresence } from '../audit/items';
import { DEFAULT_RULES, type MinRequirementItem, type RuleSet } from '../audit/rules';
import { type RatingBreakdown, ratingBreakdown, weighs } from '../audit/score';
import type { AuditMetrics } from '../ext/history';
import type { Presence } from '../types';
import { storedPresence } from './record';

export interface SetMember {
  /** Metrics of the group's latest successful audit; null when it could not be read. */
  metrics: AuditMetrics | null;
  audienceSize: number | null;
  /** A «визитка» page (the group's flag in the list). */
  businessCard?: boolean;
}

export type SetMonth = 'current' | 'previous';

/** A calendar month (1–12). */
export interface SetPeriod {
  year: number;
  month: number;
}

export interface SetIndicators {
  month: SetMonth;
  /** The calendar month the indicators are of, when asked for one (`options.period`). */
  period?: SetPeriod;
  groups: number;
  /** Groups with a readable audit (of the month, when a `period` is given). */
  audited: number;
  /** Groups whose month is decided (frequency pass or fail). */
  decided: number;
  /** Audited groups whose month is not decided yet (a week running or unreadable). */
  undecided: number;
  /** Audited «визитка» groups left out of the frequency by the rule set. */
  businessCards: number;
  passed: number;
  /** % of decided groups whose month passed; null when none is decided. */
  frequency: number | null;
  /** Pooled ER %, 2 decimals; null without any views. */
  engagementRate: number | null;
  /** Achievement %, 2 decimals. */
  engagement: number | null;
  views: number;
  reactions: number;
  /** % of the known minimum-requirement items present; null when none is known. */
  minRequirements: number | null;
  itemsPresent: number;
  itemsKnown: number;
  itemsTotal: number;
  /** Pooled reach %; null when no group has an audience size entered. */
  reach: number | null;
  reachGroups: number;
  members: number;
  audience: number;
  /** ratingTotal of the four; null while any input the rule set weighs is unknown. */
  total: number | null;
  /** How the total is made (parts as summed, penalty, factor); null with the total. */
  breakdown: RatingBreakdown | null;
}

/** A stored item presence; audits stored before rule set v2 have no 'design' (derived) and no 'gov-mark'. */
function storedItem(items: AuditMetrics['items'], item: MinRequirementItem): Presence {
  if (item in items) return storedPresence(items[item]);
  if (item === 'design') {
    return designPresence({
      cover: storedPresence(items.cover),
      avatar: storedPresence(items.avatar),
      description: storedPresence(items.description),
    });
  }
  return 'unknown';
}

interface MonthView {
  weeks: (number | null)[] | null;
  frequency: string | null;
  likes: number;
  comments: number;
  reposts: number;
  views: number;
}

/** Which of a record's two months is `period`: its audit's month, the month before, or neither (null). */
function monthIn(m: AuditMetrics, period: SetPeriod): SetMonth | null {
  if (m.year === period.year && m.month === period.month) return 'current';
  if (m.prevYear === period.year && m.prevMonth === period.month) return 'previous';
  return null;
}

function view(m: AuditMetrics, month: SetMonth): MonthView {
  if (month === 'current') {
    return {
      weeks: m.weeks,
      frequency: m.frequency,
      likes: m.likes,
      comments: m.comments,
      reposts: m.reposts,
      views: m.views,
    };
  }
  const e = m.prevEngagement ?? { likes: 0, comments: 0, reposts: 0, views: 0 };
  return { weeks: m.prevWeeks, frequency: m.prevFrequency, ...e };
}

/**
 * The indicators of `members`. `month` picks each latest audit's own month or the month before it; `period` instead
 * names a calendar month, and a group whose latest read covers neither that month nor the month before it counts for
 * the items and reach (the page as it is) but not for the month's frequency and ER.
 */
export function setIndicators(
  members: readonly SetMember[],
  options: { month?: SetMonth; period?: SetPeriod; rules?: RuleSet } = {},
): SetIndicators {
  const month = options.month ?? 'current';
  const period = options.period;
  const rules = options.rules ?? DEFAULT_RULES;
  const read = members.filter((m): m is SetMember & { metrics: AuditMetrics } => m.metrics !== null);
  const views = read.flatMap((m) => {
    const which = period === undefined ? month : monthIn(m.metrics, period);
    return which === null ? [] : [{ businessCard: m.businessCard, v: view(m.metrics, which) }];
  });

  const counted = frequencyGroups(views, rules);
  const decided = counted.filter(({ v }) => v.weeks !== null && (v.frequency === 'pass' || v.frequency === 'fail'));
  const freqScore = scoreGroupSet(
    decided.map(({ v }) => ({ weeklyPosts: v.weeks ?? [], likes: 0, comments: 0, reposts: 0, views: 0 })),
    rules,
  );
  const passed = Math.round((freqScore.frequency * decided.length) / 100);

  const engagementScore = scoreGroupSet(
    views.map(({ v }) => ({
      weeklyPosts: [],
      likes: v.likes,
      comments: v.comments,
      reposts: v.reposts,
      views: v.views,
    })),
    rules,
  );
  const totalViews = views.reduce((s, { v }) => s + v.views, 0);
  const reactions = views.reduce((s, { v }) => s + v.likes + v.comments + v.reposts, 0);

  let itemsPresent = 0;
  let itemsKnown = 0;
  for (const m of read) {
    for (const item of rules.minRequirementItems) {
      const p = storedItem(m.metrics.items, item);
      if (p === 'present') itemsPresent++;
      if (p === 'present' || p === 'missing') itemsKnown++;
    }
  }

  let membersSum = 0;
  let audience = 0;
  let reachGroups = 0;
  for (const m of read) {
    if (m.audienceSize === null || m.audienceSize <= 0 || m.metrics.members === null) continue;
    membersSum += m.metrics.members;
    audience += m.audienceSize;
    reachGroups++;
  }

  const frequency = decided.length > 0 ? freqScore.frequency : null;
  const engagementRate = totalViews > 0 ? engagementScore.engagementRate : null;
  const engagement = totalViews > 0 ? engagementScore.engagement : null;
  const minRequirements = itemsKnown > 0 ? (itemsPresent / itemsKnown) * 100 : null;
  const reach = audience > 0 ? Math.min((membersSum / audience) * 100, rules.reachCap) : null;
  const needed = (v: number | null, input: 'frequency' | 'engagement' | 'reach') => v !== null || !weighs(rules, input);
  const breakdown =
    needed(frequency, 'frequency') &&
    needed(engagement, 'engagement') &&
    needed(reach, 'reach') &&
    minRequirements !== null
      ? ratingBreakdown(
          { frequency: frequency ?? 0, engagement: engagement ?? 0, reach: reach ?? 0, minRequirements },
          rules,
        )
      : null;

  return {
    month,
    ...(period === undefined ? {} : { period }),
    groups: members.length,
    audited: views.length,
    decided: decided.length,
    undecided: counted.length - decided.length,
    businessCards: views.length - counted.length,
    passed,
    frequency,
    engagementRate,
    engagement,
    views: totalViews,
    reactions,
    minRequirements,
    itemsPresent,
    itemsKnown,
    itemsTotal: read.length * rules.minRequirementItems.length,
    reach,
    reachGroups,
    members: membersSum,
    audience,
    total: breakdown?.total ?? null,
    breakdown,
  };
}
