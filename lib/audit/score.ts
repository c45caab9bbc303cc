/**
 * The rating total (methodology §3.5) and the one-community predicted score (§3.8).
 * total = (wF·F + wE·E + wR·R) / (wF + wE + wR), then the minimum-requirements penalty:
 * 'multiplier' → · minRequirements% / 100; 'points' → max(0, … − p · missing items); 'factor-table' →
 * max(0, … − the points of the band of the factor minRequirements% / 100). Full precision inside, unless the rule set
 * rounds the parts: then F, E, R are taken to 2 decimals before the sum and the total to 2 decimals
 * (Chelyabinsk 2026, docs/rule-sets.md).
 */
import { roundTo } from './engagement';
import { DEFAULT_RULES, factorPenalty, type RuleSet } from './rules';
import type { Range, ScoreRanges } from './types';

export interface RatingParts {
  frequency: number;
  engagement: number;
  reach: number;
  /** Share of the minimum-requirement items present, % (the factor × 100 for a factor table). */
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

/** How a total is made: the weighted sum of the parts, what the minimum requirements take off, the total. */
export interface RatingBreakdown {
  /** F, E, R as they enter the sum (2 decimals when the rule set rounds the parts). */
  frequency: number;
  engagement: number;
  reach: number;
  /** The weighted sum before the minimum requirements. */
  base: number;
  /** Points the minimum requirements take off (in 'multiplier' mode what the product loses), before rounding. */
  penalty: number;
  /** The factor looked up in a 'factor-table' (minRequirements% / 100, 2 decimals); null in other modes. */
  factor: number | null;
  total: number;
}

export function ratingBreakdown(parts: RatingParts, rules: RuleSet = DEFAULT_RULES): RatingBreakdown {
  const part = (v: number) => (rules.roundParts ? roundTo(v) : v);
  const frequency = part(parts.frequency);
  const engagement = part(parts.engagement);
  const reach = part(parts.reach);
  const w = rules.weights;
  const weightSum = w.frequency + w.engagement + w.reach;
  const base = weightSum > 0 ? (w.frequency * frequency + w.engagement * engagement + w.reach * reach) / weightSum : 0;
  const { mode, pointsPerMissing, bands } = rules.penalty;
  const m = parts.minRequirements;
  const factor = mode === 'factor-table' ? roundTo(m / 100) : null;
  const multiplied = (base * m) / 100;
  const penalty =
    mode === 'multiplier'
      ? base - multiplied
      : Math.min(
          base,
          factor === null
            ? pointsPerMissing * (parts.missingItems ?? (rules.minRequirementItems.length * (100 - m)) / 100)
            : factorPenalty(bands, factor),
        );
  const exact = mode === 'multiplier' ? multiplied : base - penalty;
  const total = rules.roundParts ? roundTo(exact) : exact;
  return { frequency, engagement, reach, base, penalty, factor, total };
}

export function ratingTotal(parts: RatingParts, rules: RuleSet = DEFAULT_RULES): number {
  return ratingBreakdown(parts, rules).total;
}

/** The score inputs a total needs under `rules`: an indicator whose weight is 0 does not (Chelyabinsk: reach). */
export function weighs(rules: Pick<RuleSet, 'weights'>, input: 'frequency' | 'engagement' | 'reach'): boolean {
  return rules.weights[input] > 0;
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
    (known(ranges.frequency) || !weighs(rules, 'frequency')) &&
    (known(ranges.engagement) || !weighs(rules, 'engagement')) &&
    (known(ranges.reach) || !weighs(rules, 'reach')) &&
    known(ranges.minRequirements);
  return { predictedScore: allKnown ? low : null, predictedRange: { min: low, max: high } };
}
