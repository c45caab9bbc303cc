/**
 * Engagement (methodology §3.3): ER% = Σ(likes + comments + reposts) / Σviews · 100 over the counted posts of the
 * evaluated month's weeks 1–4 up to `now` whose views are known, rounded to 2 decimals; achievement =
 * min(ER / target · 100, cap), rounded to 2 decimals, from the rounded ER (the slides) or the unrounded one when
 * the rule set says so (Chelyabinsk 2026, docs/rule-sets.md).
 */
import type { MonthWeeks } from '../calendar';
import type { CommunityPage } from '../types';
import { coverageStart, type DatedPost, publishedPosts } from './posts';
import type { RuleSet } from './rules';
import type { EngagementDetail } from './types';

/** Round half away from zero to `digits` decimals, robust to binary noise (2.675 → 2.68). */
export function roundTo(value: number, digits = 2): number {
  const f = 10 ** digits;
  const scaled = Math.abs(value) * f;
  const rounded = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(value) * rounded) / f;
}

export interface EngagementFigures {
  rate: number | null;
  achievement: number | null;
}

/** ER (2 decimals) and achievement from pooled totals; both null when there are no views. */
export function engagementFromTotals(reactions: number, views: number, rules: RuleSet): EngagementFigures {
  if (!(views > 0)) return { rate: null, achievement: null };
  const exact = (reactions / views) * 100;
  const rate = roundTo(exact);
  return { rate, achievement: achievementOf(rules.achievementFromRoundedEr ? rate : exact, rules) };
}

/** Achievement % of an ER (rounded or not, as the rule set takes it). */
export function achievementOf(rate: number, rules: RuleSet): number {
  return roundTo(Math.min((rate / rules.erTarget) * 100, rules.engagementCap));
}

export interface EngagementResult extends EngagementFigures {
  detail: EngagementDetail;
  /** Counted posts in the period (with or without views). */
  postsInPeriod: number;
}

/** `published`: publishedPosts(page, rules) when the caller has it already (the audit computes it once). */
export function engagementOf(
  page: CommunityPage,
  calendar: MonthWeeks,
  now: Date,
  rules: RuleSet,
  published: readonly DatedPost[] = publishedPosts(page, rules, now),
): EngagementResult {
  const first = calendar.weeks[0];
  const last = calendar.weeks[calendar.weeks.length - 1];
  const periodStart = first ? first.start.getTime() : now.getTime();
  const periodEnd = Math.min(last ? last.end.getTime() : now.getTime(), now.getTime());
  const inPeriod = published.filter((p) => p.time !== null && p.time >= periodStart && p.time <= periodEnd);
  const used = inPeriod.filter((p) => p.post.views !== null);
  let likes = 0;
  let comments = 0;
  let reposts = 0;
  let views = 0;
  let missing = 0;
  for (const { post } of used) {
    if (post.likes === null || post.comments === null || post.reposts === null) missing += 1;
    likes += post.likes ?? 0;
    comments += post.comments ?? 0;
    reposts += post.reposts ?? 0;
    views += post.views ?? 0;
  }
  const since = coverageStart(page);
  return {
    ...engagementFromTotals(likes + comments + reposts, views, rules),
    postsInPeriod: inPeriod.length,
    detail: {
      countedPostIds: used.map((p) => p.post.id),
      likes,
      comments,
      reposts,
      views,
      postsWithoutViews: inPeriod.length - used.length,
      postsWithMissingCounters: missing,
      flaggedMissingCounters: missing > 0,
      partialCoverage: since === null || since > periodStart,
      periodStart: new Date(periodStart).toISOString(),
      periodEnd: new Date(periodEnd).toISOString(),
    },
  };
}
