/**
 * Group-set indicators (docs/methodology.md §3.2, §3.3, worked examples §4): frequency = % of groups whose every week met
 * the norm (a null week = #Н/Д fails); ER pooled over all groups, rounded to 2 decimals; achievement from it.
 */
import { achievementOf, engagementFromTotals } from './engagement';
import { DEFAULT_RULES, meetsWeeklyNorm, type RuleSet } from './rules';

export interface GroupTotals {
  /** Posts per evaluation week; null = no data for the group that week (#Н/Д), which fails. */
  weeklyPosts: (number | null)[];
  likes: number;
  comments: number;
  reposts: number;
  views: number;
}

export interface GroupSetScore {
  /** % of groups whose month passed (full precision). */
  frequency: number;
  /** Pooled ER %, 2 decimals; 0 when there are no views (the UI says view data is missing). */
  engagementRate: number;
  /** Achievement %, 2 decimals, capped. */
  engagement: number;
}

/** A group's month passes only if it has weeks and all of them meet the norm. */
export function groupMonthPassed(weeklyPosts: readonly (number | null)[], rules: RuleSet = DEFAULT_RULES): boolean {
  return weeklyPosts.length > 0 && weeklyPosts.every((n) => n !== null && meetsWeeklyNorm(n, rules));
}

export function scoreGroupSet(groups: readonly GroupTotals[], rules: RuleSet = DEFAULT_RULES): GroupSetScore {
  const passed = groups.filter((g) => groupMonthPassed(g.weeklyPosts, rules)).length;
  let reactions = 0;
  let views = 0;
  for (const g of groups) {
    reactions += g.likes + g.comments + g.reposts;
    views += g.views;
  }
  const { rate } = engagementFromTotals(reactions, views, rules);
  return {
    frequency: groups.length > 0 ? (passed / groups.length) * 100 : 0,
    engagementRate: rate ?? 0,
    engagement: rate === null ? 0 : achievementOf(rate, rules),
  };
}
