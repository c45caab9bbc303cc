import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import {
  DEFAULT_RULES,
  parseRuleSet,
  RULE_MIGRATIONS,
  type RuleSet,
  RuleSetSchema,
  requiredPostsPerWeek,
} from '../../../lib/audit/rules';
import { ratingTotal } from '../../../lib/audit/score';
import { rulesForPlatform } from '../../../lib/institutions/norms';

describe('DEFAULT_RULES', () => {
  it('parses and holds the methodology defaults', () => {
    expect(RuleSetSchema.safeParse(DEFAULT_RULES).success).toBe(true);
    expect(DEFAULT_RULES).toMatchObject({
      version: 3,
      expectedPlatforms: [],
      maxNorm: null,
      telegramNorm: null,
      maxLinkRequired: false,
      maxFirst: false,
      achievementFromRoundedEr: true,
      roundParts: false,
      excludeBusinessCards: false,
      endedMonthFirstDays: 5,
      minRequirementItems: ['cover', 'avatar', 'description', 'pos-widget'],
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
    ['a future version', { version: 4 }],
    ['an unknown platform', { expectedPlatforms: ['vk', 'myspace'] }],
    ['a fractional MAX norm', { maxNorm: 2.5 }],
    ['the old version', { version: 1 }],
    ['ended-month days above 28', { endedMonthFirstDays: 29 }],
    ['negative ended-month days', { endedMonthFirstDays: -1 }],
    ['fractional ended-month days', { endedMonthFirstDays: 2.5 }],
    ['an unknown requirement item', { minRequirementItems: ['cover', 'qr-code'] }],
    ['a factor table without bands', { penalty: { ...DEFAULT_RULES.penalty, mode: 'factor-table' } }],
    [
      'bands out of order',
      {
        penalty: {
          ...DEFAULT_RULES.penalty,
          bands: [
            { from: 0.9, points: 5, basis: 'inferred' },
            { from: 0.5, points: 10, basis: 'inferred' },
          ],
        },
      },
    ],
    [
      'points rising with the factor',
      {
        penalty: {
          ...DEFAULT_RULES.penalty,
          bands: [
            { from: 0, points: 5, basis: 'inferred' },
            { from: 0.5, points: 10, basis: 'inferred' },
          ],
        },
      },
    ],
    [
      'a band factor above 1',
      { penalty: { ...DEFAULT_RULES.penalty, bands: [{ from: 1.5, points: 0, basis: 'published' }] } },
    ],
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

/** A v1 rule set as stored before rule set v2 (issue 20): every field set to a non-default value. */
const STORED_V1 = {
  version: 1,
  preset: 'custom',
  timeZone: 'Asia/Yekaterinburg',
  minPostsPerWeek: 4,
  postsComparison: '>',
  countReposts: false,
  countAdPosts: true,
  weights: { frequency: 40, engagement: 40, reach: 20 },
  erTarget: 2.5,
  engagementCap: 90,
  reachPassPercent: 80,
  reachCap: 95,
  minRequirementItems: ['cover', 'description'],
  penalty: { mode: 'points', pointsPerMissing: 7 },
  rknMembersThreshold: 12_000,
  rknHeadsUpFrom: 11_000,
};

/** What v3 (issue 19) adds, with the values that change nothing. */
const V3_NEUTRAL = {
  expectedPlatforms: [],
  maxNorm: null,
  telegramNorm: null,
  maxLinkRequired: false,
  maxFirst: false,
};

describe('rule set v1 → v2 → v3', () => {
  it('keeps every stored setting and adds the new fields with the values that give v1 results', () => {
    const r = parseRuleSet(STORED_V1);
    expect(r.errors).toEqual([]);
    expect(r.changed).toBe(true);
    const { version: _v, penalty, ...rest } = STORED_V1;
    expect(r.rules).toEqual({
      ...rest,
      version: 3,
      penalty: { ...penalty, bands: [], source: '' },
      achievementFromRoundedEr: true,
      roundParts: false,
      excludeBusinessCards: false,
      endedMonthFirstDays: 5,
      ...V3_NEUTRAL,
    });
  });

  it('a stored v2 set keeps every value and gains the neutral v3 fields', () => {
    const v2 = { ...parseRuleSet(STORED_V1).rules, version: 2, roundParts: true, excludeBusinessCards: true };
    for (const key of Object.keys(V3_NEUTRAL)) delete (v2 as Record<string, unknown>)[key];
    const r = parseRuleSet(v2);
    expect(r.errors).toEqual([]);
    expect(r.rules).toEqual({ ...v2, version: 3, ...V3_NEUTRAL });
    // the stored v2 Chelyabinsk preset comes back as the v3 one
    const {
      expectedPlatforms: _e,
      maxNorm: _m,
      telegramNorm: _t,
      maxLinkRequired: _l,
      maxFirst: _f,
      ...chel
    } = RULE_PRESETS['chelyabinsk-2026'];
    expect(parseRuleSet({ ...chel, version: 2 }).rules).toEqual(RULE_PRESETS['chelyabinsk-2026']);
  });

  it('a stored federal or St Petersburg v1 set becomes the v2 preset, with the same results', () => {
    const v1Of = (rules: RuleSet) => {
      const {
        expectedPlatforms: _e,
        maxNorm: _m,
        telegramNorm: _t,
        maxLinkRequired: _l,
        maxFirst: _f,
        achievementFromRoundedEr: _a,
        roundParts: _r,
        excludeBusinessCards: _b,
        endedMonthFirstDays: _d,
        penalty,
        ...rest
      } = rules;
      return { ...rest, version: 1, penalty: { mode: penalty.mode, pointsPerMissing: penalty.pointsPerMissing } };
    };
    expect(parseRuleSet(v1Of(RULE_PRESETS.federal)).rules).toEqual(RULE_PRESETS.federal);
    expect(parseRuleSet(v1Of(RULE_PRESETS['st-petersburg'])).rules).toEqual(RULE_PRESETS['st-petersburg']);
  });

  it('federal totals are those of v1 (the worked example, both penalty modes)', () => {
    const parts = { frequency: 98.2, engagement: 97.0, reach: 63.1, minRequirements: 99.96 };
    expect(ratingTotal(parts, RULE_PRESETS.federal)).toBe((((50 * 98.2 + 30 * 97.0 + 20 * 63.1) / 100) * 99.96) / 100);
    const points = parseRuleSet({ ...STORED_V1, weights: { frequency: 50, engagement: 30, reach: 20 } }).rules;
    expect(ratingTotal({ ...parts, missingItems: 1 }, points)).toBe((50 * 98.2 + 30 * 97.0 + 20 * 63.1) / 100 - 7);
  });

  it('a damaged v1 penalty falls back alone; the migration never throws on junk', () => {
    const r = parseRuleSet({ ...STORED_V1, penalty: 'fine' });
    expect(r.rules.penalty).toEqual(DEFAULT_RULES.penalty);
    expect(r.rules.erTarget).toBe(2.5);
    for (const junk of [{ version: 1 }, { version: 1, penalty: null }, { version: 1, weights: 'x' }]) {
      expect(() => RULE_MIGRATIONS[1]?.(junk)).not.toThrow();
      expect(RuleSetSchema.safeParse(parseRuleSet(junk).rules).success).toBe(true);
    }
  });
});

describe('regional presets for institutions across platforms (rule set v3)', () => {
  it('Bashkortostan: VK, OK, MAX and Telegram, 3 a week on MAX and Telegram; the federal score otherwise', () => {
    const b = RULE_PRESETS.bashkortostan;
    expect(RuleSetSchema.safeParse(b).success).toBe(true);
    expect(b.expectedPlatforms).toEqual(['vk', 'ok', 'max', 'telegram']);
    expect(b.maxNorm).toBe(3);
    expect(b.telegramNorm).toBe(3);
    expect([b.maxLinkRequired, b.maxFirst]).toEqual([false, false]);
    expect({ ...b, preset: 'federal', timeZone: DEFAULT_RULES.timeZone }).toEqual({
      ...DEFAULT_RULES,
      expectedPlatforms: b.expectedPlatforms,
      maxNorm: b.maxNorm,
      telegramNorm: b.telegramNorm,
    });
  });

  it('Sverdlovsk: VK, OK and MAX, 3 a week in MAX, the MAX link, MAX first', () => {
    const s = RULE_PRESETS.sverdlovsk;
    expect(RuleSetSchema.safeParse(s).success).toBe(true);
    expect(s.expectedPlatforms).toEqual(['vk', 'ok', 'max']);
    expect(s.maxNorm).toBe(3);
    expect(s.telegramNorm).toBeNull();
    expect([s.maxLinkRequired, s.maxFirst]).toEqual([true, true]);
    expect(requiredPostsPerWeek(s)).toBe(3);
  });

  it('rulesForPlatform: MAX and Telegram take their own norm, VK/OK keep theirs', () => {
    const custom = {
      ...RULE_PRESETS['st-petersburg'],
      maxNorm: 5,
    };
    expect(requiredPostsPerWeek(rulesForPlatform(custom, 'max'))).toBe(5);
    expect(requiredPostsPerWeek(rulesForPlatform(custom, 'telegram'))).toBe(4);
    expect(rulesForPlatform(custom, 'vk')).toBe(custom);
  });
});
