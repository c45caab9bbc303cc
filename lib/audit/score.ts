/**
 * The rating total (docs/methodology.md §3.5) and the one-community predicted score (§3.8).
 * total = (wF·F + wE·E + wR·R) / (wF + wE + wR), then the minimum-requirements penalty:
 * 'multiplier' → · minRequirements% / 100; 'points' → max(0, … − p · missing items). Full precision inside.
 */
import { DEFAULT_RULES, type RuleSet } from './rules';
import type { Range, ScoreRanges } from './types';

export interface RatingParts {
  frequency: number;
  engagement: number;
  reach: number;
  /** Share of the minimum-requirement items present, %. */
  minRequirements: number;
  /** Missing items for 'points' mode; default: items · (100 − minRequirements) / 100. */
  missingItems?: number;
}

/** Each weight's share of the three (ratingTotal divides by their sum): 50/30/20 → 0.5/0.3/0.2. */
export function weightShares(rules: Pick<RuleSet, 'weights'>): {
  frequency: number;
  engagement: number;
  reach: number;
} {
  const w = rules.weights;
  const sum = w.frequency + w.engagement + w.reach;
  if (!(sum > 0)) return { frequency: 0, engagement: 0, reach: 0 };
  return { frequency: w.frequency / sum, engagement: w.engagement / sum, reach: w.reach / sum };
}

export function ratingTotal(parts: RatingParts, rules: RuleSet = DEFAULT_RULES): number {
  const w = rules.weights;
  const weightSum = w.frequency + w.engagement + w.reach;
  const base =
    weightSum > 0
      ? (w.frequency * parts.frequency + w.engagement * parts.engagement + w.reach * parts.reach) / weightSum
      : 0;
  if (rules.penalty.mode === 'points') {
    const missing = parts.missingItems ?? (rules.minRequirementItems.length * (100 - parts.minRequirements)) / 100;
    return Math.max(0, base - rules.penalty.pointsPerMissing * missing);
  }
  return (base * parts.minRequirements) / 100;
}

export interface MissingItemsRange {
  /** Items surely missing (best case). */
  min: number;
  /** Missing plus unknown items (worst case). */
  max: number;
}

export interface Prediction {
  predictedScore: number | null;
  predictedRange: Range;
}

const known = (r: Range) => r.min === r.max;

/**
 * The score if every input is known, else null; and the range the score can still take over the unknown inputs.
 * ratingTotal rises with F, E, R and minRequirements and falls with missing items, so the bounds are the corners.
 */
export function predict(ranges: ScoreRanges, missing: MissingItemsRange, rules: RuleSet): Prediction {
  const low = ratingTotal(
    {
      frequency: ranges.frequency.min,
      engagement: ranges.engagement.min,
      reach: ranges.reach.min,
      minRequirements: ranges.minRequirements.min,
      missingItems: missing.max,
    },
    rules,
  );
  const high = ratingTotal(
    {
      frequency: ranges.frequency.max,
      engagement: ranges.engagement.max,
      reach: ranges.reach.max,
      minRequirements: ranges.minRequirements.max,
      missingItems: missing.min,
    },
    rules,
  );
  const allKnown =
    known(ranges.frequency) && known(ranges.engagement) && known(ranges.reach) && known(ranges.minRequirements);
  return { predictedScore: allKnown ? low : null, predictedRange: { min: low, max: high } };
}
