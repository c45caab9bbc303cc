import { describe, expect, it } from 'vitest';
import { scoreGroupSet } from '../../../lib/audit/group-set';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES, type RuleSet } from '../../../lib/audit/rules';
import { ratingTotal } from '../../../lib/audit/score';

const group = (weeklyPosts: (number | null)[], likes = 0, comments = 0, reposts = 0, views = 0) => ({
  weeklyPosts,
  likes,
  comments,
  reposts,
  views,
});

describe('methodology §4 worked examples', () => {
  const groups = [
    group([10, 3, 5, 8], 200, 15, 4, 1000),
    group([3, 3, 3, 1], 5, 3, 8, 100),
    group([0, 0, 20, 0], 0, 0, 10, 560),
    group([3, 4, null, 5], 2000, 560, 78, 122000),
  ];

  it('1. frequency of the four groups is 25%', () => {
    expect(scoreGroupSet(groups).frequency).toBe(25);
  });

  it('2. pooled ER is 2.33% and achievement 77.67% (from the rounded ER)', () => {
    const r = scoreGroupSet(groups);
    expect(r.engagementRate).toBe(2.33);
    expect(r.engagement).toBe(77.67);
  });

  it('3. the dashboard total is 90.8 in both penalty modes', () => {
    const parts = { frequency: 98.2, engagement: 97.0, reach: 63.1, minRequirements: 99.96 };
    const multiplier = ratingTotal(parts);
    expect(Math.abs(multiplier - 90.8)).toBeLessThanOrEqual(0.05);
    expect(multiplier).toBeCloseTo(90.82 * 0.9996, 9);
    const points: RuleSet = {
      ...DEFAULT_RULES,
      penalty: { ...DEFAULT_RULES.penalty, mode: 'points', pointsPerMissing: 5 },
    };
    const withPoints = ratingTotal(parts, points);
    expect(Math.abs(withPoints - 90.8)).toBeLessThanOrEqual(0.05);
  });
});

describe('scoreGroupSet', () => {
  it('fails a #Н/Д week and passes exactly 3 posts; St Petersburg needs more than 3', () => {
    expect(scoreGroupSet([group([3, 3, 3, 3])]).frequency).toBe(100);
    expect(scoreGroupSet([group([3, 3, null, 3])]).frequency).toBe(0);
    expect(scoreGroupSet([group([3, 3, 3, 3]), group([4, 4, 4, 4])], RULE_PRESETS['st-petersburg']).frequency).toBe(50);
  });

  it('returns 0, not NaN, with no groups or no views', () => {
    expect(scoreGroupSet([])).toEqual({ frequency: 0, engagementRate: 0, engagement: 0 });
    expect(scoreGroupSet([group([3, 3, 3, 3], 10, 0, 0, 0)])).toEqual({
      frequency: 100,
      engagementRate: 0,
      engagement: 0,
    });
  });

  it('caps the achievement at 100 and follows the ER target of the rules', () => {
    expect(scoreGroupSet([group([3, 3, 3, 3], 50, 0, 0, 1000)]).engagement).toBe(100);
    const r = scoreGroupSet([group([3, 3, 3, 3], 20, 0, 0, 1000)], { ...DEFAULT_RULES, erTarget: 4 });
    expect(r.engagementRate).toBe(2);
    expect(r.engagement).toBe(50);
  });
});

describe('ratingTotal', () => {
  it('weights 50/30/20 with the minimum requirements as a multiplier', () => {
    expect(ratingTotal({ frequency: 100, engagement: 100, reach: 50, minRequirements: 100 })).toBeCloseTo(90, 10);
    expect(ratingTotal({ frequency: 100, engagement: 100, reach: 50, minRequirements: 75 })).toBeCloseTo(67.5, 10);
    expect(ratingTotal({ frequency: 0, engagement: 0, reach: 0, minRequirements: 0 })).toBe(0);
  });

  it('fixed points per missing item, never below 0', () => {
    const rules: RuleSet = {
      ...DEFAULT_RULES,
      penalty: { ...DEFAULT_RULES.penalty, mode: 'points', pointsPerMissing: 10 },
    };
    // 1 of 4 items missing → 75%.
    expect(ratingTotal({ frequency: 100, engagement: 100, reach: 50, minRequirements: 75 }, rules)).toBeCloseTo(80, 10);
    expect(
      ratingTotal({ frequency: 100, engagement: 100, reach: 50, minRequirements: 75, missingItems: 2 }, rules),
    ).toBeCloseTo(70, 10);
    expect(ratingTotal({ frequency: 0, engagement: 10, reach: 0, minRequirements: 0 }, rules)).toBe(0);
  });

  it('normalises by the sum of the weights', () => {
    const rules: RuleSet = { ...DEFAULT_RULES, weights: { frequency: 1, engagement: 1, reach: 0 } };
    expect(ratingTotal({ frequency: 100, engagement: 50, reach: 0, minRequirements: 100 }, rules)).toBeCloseTo(75, 10);
  });
});
