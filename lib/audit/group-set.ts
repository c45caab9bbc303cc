/**
 * Group-set indicators (methodology §3.2, §3.3, worked examples §4): frequency = % of groups whose every week met
 * the norm (a null week = #Н/Д fails); ER pooled over all groups, rounded to 2 decimals; achievement from it (or
 * from the unrounded ER, as the rule set says). With `excludeBusinessCards`, «визитка» groups are left out of the
 * frequency (numerator and denominator) and still count in the engagement (docs/rule-sets.md).
 */
import { engagementFromTotals } from './engagement';
import { DEFAULT_RULES, meetsWeeklyNorm, type RuleSet } from './rules';

export interface GroupTotals {
  /** Posts per evaluation week; null = no data for the group that week (#Н/Д), which fails. */
  weeklyPosts: (number | null)[];
  likes: number;
  comments: number;
  reposts: number;
  views: number;
  /** A «визитка» page: left out of the frequency when the rule set excludes them. */
  businessCard?: boolean;
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

/** The groups whose posting counts in the frequency under `rules`. */
export function frequencyGroups<T extends { businessCard?: boolean }>(groups: readonly T[], rules: RuleSet): T[] {
  return rules.excludeBusinessCards ? groups.filter((g) => g.businessCard !== true) : [...groups];
}

export function scoreGroupSet(groups: readonly GroupTotals[], rules: RuleSet = DEFAULT_RULES): GroupSetScore {
  const counted = frequencyGroups(groups, rules);
  const passed = counted.filter((g) => groupMonthPassed(g.weeklyPosts, rules)).length;
  let reactions = 0;
  let views = 0;
  for (const g of groups) {
    reactions += g.likes + g.comments + g.reposts;
    views += g.views;
  }
  const { rate, achievement } = engagementFromTotals(reactions, views, rules);
  return {
    frequency: counted.length > 0 ? (passed / counted.length) * 100 : 0,
    engagementRate: rate ?? 0,
    engagement: achievement ?? 0,
  };
}
