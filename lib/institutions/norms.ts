/**
 * The weekly norm of a MAX or Telegram page under a rule set (v3 `maxNorm`, `telegramNorm`: posts ≥ N; null = the
 * VK/OK norm). Here, not in lib/audit/rules.ts, so the bundles that only parse a rule set (popup, background) do not
 * carry it. docs/institutions.md.
 */
import type { RuleSet } from '../audit/rules';
import type { Platform } from '../types';

/** The platform's own weekly norm (posts ≥ N: MAX, Telegram), or null when it follows the VK/OK norm. */
export function platformNorm(rules: RuleSet, platform: Platform): number | null {
  if (platform === 'max') return rules.maxNorm;
  if (platform === 'telegram') return rules.telegramNorm;
  return null;
}

/** `rules` with the platform's weekly norm in place of the VK/OK one (the same object when there is none). */
export function rulesForPlatform(rules: RuleSet, platform: Platform): RuleSet {
  const norm = platformNorm(rules, platform);
  return norm === null ? rules : { ...rules, minPostsPerWeek: norm, postsComparison: '>=' };
}
