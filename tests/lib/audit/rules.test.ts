import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  parseRuleSet,
  RULE_PRESETS,
  RuleSetSchema,
  requiredPostsPerWeek,
} from '../../../lib/audit/rules';

describe('DEFAULT_RULES', () => {
  it('parses and holds the methodology defaults', () => {
    expect(RuleSetSchema.safeParse(DEFAULT_RULES).success).toBe(true);
    expect(DEFAULT_RULES).toMatchObject({
      version: 1,
      timeZone: 'Europe/Moscow',
      minPostsPerWeek: 3,
      postsComparison: '>=',
      countAdPosts: false,
      weights: { frequency: 50, engagement: 30, reach: 20 },
      erTarget: 3,
      reachPassPercent: 100,
      penalty: { mode: 'multiplier' },
      rknMembersThreshold: 10000,
    });
  });

  it('presets: federal is the default, St Petersburg needs more than 3 posts', () => {
    expect(RULE_PRESETS.federal).toEqual(DEFAULT_RULES);
    expect(RuleSetSchema.safeParse(RULE_PRESETS['st-petersburg']).success).toBe(true);
    expect(requiredPostsPerWeek(RULE_PRESETS.federal)).toBe(3);
    expect(requiredPostsPerWeek(RULE_PRESETS['st-petersburg'])).toBe(4);
  });
});

describe('RuleSetSchema', () => {
  it.each([
    ['a negative weight', { weights: { frequency: -1, engagement: 30, reach: 20 } }],
    ['all-zero weights', { weights: { frequency: 0, engagement: 0, reach: 0 } }],
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }],
    ['a fractional post norm', { minPostsPerWeek: 2.5 }],
    ['an ER target of 0', { erTarget: 0 }],
    ['an unknown comparison', { postsComparison: '=>' }],
    ['an unknown penalty mode', { penalty: { mode: 'fine', pointsPerMissing: 1 } }],
    ['a future version', { version: 2 }],
  ])('rejects %s', (_label, patch) => {
    expect(RuleSetSchema.safeParse({ ...DEFAULT_RULES, ...patch }).success).toBe(false);
  });

  it('accepts any IANA zone', () => {
    expect(RuleSetSchema.safeParse({ ...DEFAULT_RULES, timeZone: 'Asia/Yekaterinburg' }).success).toBe(true);
  });
});

describe('parseRuleSet', () => {
  it('returns a valid rule set untouched', () => {
    const r = parseRuleSet({ ...DEFAULT_RULES, erTarget: 4 });
    expect(r.errors).toEqual([]);
    expect(r.changed).toBe(false);
    expect(r.rules.erTarget).toBe(4);
  });

  it('keeps the valid fields and falls back per invalid field with an error', () => {
    const r = parseRuleSet({ version: 1, timeZone: 'Nowhere/City', erTarget: 5, weights: { frequency: -5 } });
    expect(r.rules.timeZone).toBe('Europe/Moscow');
    expect(r.rules.erTarget).toBe(5);
    expect(r.rules.weights).toEqual(DEFAULT_RULES.weights);
    expect(r.errors.some((e) => e.startsWith('timeZone'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('weights'))).toBe(true);
    expect(r.changed).toBe(true);
    expect(RuleSetSchema.safeParse(r.rules).success).toBe(true);
  });

  it('fills missing fields of a stored partial rule set from the defaults', () => {
    const r = parseRuleSet({ minPostsPerWeek: 4 });
    expect(r.rules).toEqual({ ...DEFAULT_RULES, minPostsPerWeek: 4 });
    expect(r.errors).toEqual([]);
  });

  it('reports a newer version and garbage input, never throws', () => {
    const newer = parseRuleSet({ ...DEFAULT_RULES, version: 7 });
    expect(newer.rules).toEqual(DEFAULT_RULES);
    expect(newer.errors.length).toBe(1);
    for (const junk of [null, 42, 'rules', [1, 2]]) {
      const r = parseRuleSet(junk);
      expect(r.rules).toEqual(DEFAULT_RULES);
      expect(r.errors.length).toBe(1);
    }
  });
});
