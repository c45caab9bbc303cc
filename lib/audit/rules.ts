/**
 * The rule set is data (docs/methodology.md §3): every threshold, weight, penalty and the time zone is a field of a
 * zod-validated, versioned `RuleSet`. Changing a default bumps `RULES_VERSION` and adds a migration below, so
 * stored settings keep working. The presets, where each value comes from and what is inferred: docs/rule-sets.md.
 *
 * v2 (issue 20) added what real regions' rules need: the ER rounding before the achievement, rounding of the parts,
 * a penalty from a factor table, the mark and the combined «оформление» as minimum-requirement items, «визитка»
 * pages left out of frequency; and the days the screens show the ended month first (docs/methodology.md §3.1).
 *
 * v3 (issue 19) added what the regional MAX rules ask of an institution across platforms (docs/methodology.md §2,
 * docs/institutions.md): the platforms it must be on, MAX's and Telegram's own weekly norm, the link to the MAX
 * channel on its VK/OK pages, and «MAX first».
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../calendar';
import { type Platform, PlatformSchema } from '../types';

export const RULES_VERSION = 3;

/**
 * Items of the minimum requirements (docs/methodology.md §3.5): the four of the slides, plus the «Госорганизация» mark and
 * 'design' («оформление»: cover, avatar and description all present), which the Chelyabinsk 2026 rule counts.
 */
export const MIN_REQUIREMENT_ITEMS = ['cover', 'avatar', 'description', 'pos-widget', 'gov-mark', 'design'] as const;
export type MinRequirementItem = (typeof MIN_REQUIREMENT_ITEMS)[number];
/** The page elements 'design' combines. */
export const DESIGN_PARTS = ['cover', 'avatar', 'description'] as const;

const nonNegative = () => z.number().check(z.gte(0));
const percent = () => z.number().check(z.gte(0), z.lte(100));
const count = () => z.int().check(z.gte(0));

export const TimeZoneSchema = z.string().check(z.refine(isValidTimeZone, { message: 'Unknown IANA time zone' }));

export const WeightsSchema = z
  .object({ frequency: nonNegative(), engagement: nonNegative(), reach: nonNegative() })
  .check(z.refine((w) => w.frequency + w.engagement + w.reach > 0, { message: 'The weights must not all be 0' }));

/** One band of a factor table: a factor from `from` up to the next band's `from` takes `points` off the total. */
export const PenaltyBandSchema = z.object({
  /** Lowest factor of the band (0–1, inclusive); the factor is taken to 2 decimals, as published. */
  from: z.number().check(z.gte(0), z.lte(1)),
  /** Points taken off. */
  points: percent(),
  /** 'published': seen in the source; 'inferred': fitted by the documented rule of `source`. */
  basis: z.enum(['published', 'inferred']),
});
export type PenaltyBand = z.infer<typeof PenaltyBandSchema>;

/** Bands sorted by `from`, no two alike, points never rising with the factor (so the score rises with it). */
const bandsOk = (p: { mode: string; bands: readonly PenaltyBand[] }): boolean =>
  (p.mode !== 'factor-table' || p.bands.length > 0) &&
  p.bands.every(
    (b, i) =>
      i === 0 || (b.from > (p.bands[i - 1] as PenaltyBand).from && b.points <= (p.bands[i - 1] as PenaltyBand).points),
  );

export const PenaltySchema = z
  .object({
    /**
     * 'multiplier': total = base · minRequirements% / 100 (default, matches the dashboard);
     * 'points': total = max(0, base − pointsPerMissing · missing items);
     * 'factor-table': total = max(0, base − points of the factor's band), factor = minRequirements% / 100.
     */
    mode: z.enum(['multiplier', 'points', 'factor-table']),
    /** Points taken per missing item in 'points' mode. No public value: the user sets it. */
    pointsPerMissing: percent(),
    /** 'factor-table' bands, ascending by `from`; a factor below the first band takes the first band's points. */
    bands: z.array(PenaltyBandSchema),
    /** Where the table comes from and the rule the inferred bands follow (shown with the table). */
    source: z.string(),
  })
  // A factor table has bands, ascending by factor, points never rising (the score rises with the factor).
  .check(z.refine(bandsOk, { message: 'bands: k ascending, points not rising, one band at least' }));

export const RulePresetIdSchema = z.enum([
  'federal',
  'st-petersburg',
  'chelyabinsk-2026',
  'bashkortostan',
  'sverdlovsk',
  'custom',
]);
export type RulePresetId = z.infer<typeof RulePresetIdSchema>;

export const RuleSetSchema = z.object({
  version: z.literal(RULES_VERSION),
  /** Which preset the values came from; 'custom' once the user edits them. */
  preset: RulePresetIdSchema,
  /** IANA zone the weeks are counted in. */
  timeZone: TimeZoneSchema,
  /** Posts a week must have: pass when posts ≥ N ('>=', federal) or posts > N ('>', St Petersburg «более 3»). */
  minPostsPerWeek: count(),
  postsComparison: z.enum(['>=', '>']),
  /** Count the community's own reposts as its posts. */
  countReposts: z.boolean(),
  /** Count ad-marked posts (frequency and engagement). */
  countAdPosts: z.boolean(),
  /** Weights of frequency, engagement and reach; the total is normalised by their sum (50+30+20 = 100). */
  weights: WeightsSchema,
  /** ER% that gives 100% achievement. */
  erTarget: z.number().check(z.gt(0)),
  /** The achievement uses the ER rounded to 2 decimals (the slides) or the unrounded ER (Chelyabinsk 2026). */
  achievementFromRoundedEr: z.boolean(),
  /** F, E and R are rounded to 2 decimals before they are weighted and added, and the total to 2 decimals. */
  roundParts: z.boolean(),
  /** Cap of the achievement, %. */
  engagementCap: z.number().check(z.gt(0)),
  /** Reach% at which the reach check passes. */
  reachPassPercent: percent(),
  /** Cap of reach%, %. */
  reachCap: z.number().check(z.gt(0)),
  /** The minimum-requirement items that count. */
  minRequirementItems: z.array(z.enum(MIN_REQUIREMENT_ITEMS)),
  penalty: PenaltySchema,
  /** «Визитка» pages are left out of the group set's frequency (numerator and denominator). */
  excludeBusinessCards: z.boolean(),
  /** From day 1 to this day of a month the screens show the month that ended first (docs/methodology.md §3.1); 0 = never. */
  endedMonthFirstDays: z.int().check(z.gte(0), z.lte(28)),
  /** RKN registration is needed above this many members (strictly more). */
  rknMembersThreshold: count(),
  /** From this many members, give a heads-up about the registration. */
  rknHeadsUpFrom: count(),
  /** Platforms every institution must have a page on; [] = no platform is required (federal). */
  expectedPlatforms: z.array(PlatformSchema),
  /** MAX's weekly norm, posts ≥ N (figures entered by hand); null = the VK/OK norm above. */
  maxNorm: z.nullable(count()),
  /** Telegram's weekly norm, posts ≥ N (figures entered by hand); null = the VK/OK norm above. */
  telegramNorm: z.nullable(count()),
  /** The institution's VK/OK pages must link to its MAX channel (description, links, menu). */
  maxLinkRequired: z.boolean(),
  /**
   * Posts go out in MAX before VK/OK. Shown with the rule set; not checked by the extension yet (the readers keep no
   * post texts to match by: docs/institutions.md).
   */
  maxFirst: z.boolean(),
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** The federal default rule set (docs/methodology.md §3). */
export const DEFAULT_RULES: RuleSet = Object.freeze({
  version: RULES_VERSION,
  preset: 'federal',
  timeZone: 'Europe/Moscow',
  minPostsPerWeek: 3,
  postsComparison: '>=',
  countReposts: true,
  countAdPosts: false,
  weights: Object.freeze({ frequency: 50, engagement: 30, reach: 20 }),
  erTarget: 3,
  achievementFromRoundedEr: true,
  roundParts: false,
  engagementCap: 100,
  reachPassPercent: 100,
  reachCap: 100,
  // the slides' four
  minRequirementItems: Object.freeze(MIN_REQUIREMENT_ITEMS.slice(0, 4)) as RuleSet['minRequirementItems'],
  penalty: Object.freeze({ mode: 'multiplier', pointsPerMissing: 5, bands: [], source: '' }),
  excludeBusinessCards: false,
  endedMonthFirstDays: 5,
  rknMembersThreshold: 10_000,
  rknHeadsUpFrom: 9_000,
  expectedPlatforms: Object.freeze([]) as unknown as Platform[],
  maxNorm: null,
  telegramNorm: null,
  maxLinkRequired: false,
  maxFirst: false,
}) as RuleSet;

/** Whether the item counts under `rules`: listed itself, or (cover, avatar, description) as part of 'design'. */
export function countsItem(rules: Pick<RuleSet, 'minRequirementItems'>, item: MinRequirementItem): boolean {
  const items = rules.minRequirementItems;
  return items.includes(item) || (items.includes('design') && (DESIGN_PARTS as readonly string[]).includes(item));
}

/** Points a 'factor-table' takes off for `factor` (0–1, taken to 2 decimals); 0 without bands. */
export function factorPenalty(bands: readonly PenaltyBand[], factor: number): number {
  const k = Math.round(factor * 100) / 100;
  let points = bands[0]?.points ?? 0;
  for (const band of bands) if (band.from <= k) points = band.points;
  return points;
}

/** Posts a week needs under `rules` (3 with '>=', 4 with '>' and N = 3). */
export function requiredPostsPerWeek(rules: RuleSet): number {
  return rules.postsComparison === '>' ? rules.minPostsPerWeek + 1 : rules.minPostsPerWeek;
}

/** Whether `posts` meets the weekly norm of `rules`. */
export function meetsWeeklyNorm(posts: number, rules: RuleSet): boolean {
  return rules.postsComparison === '>' ? posts > rules.minPostsPerWeek : posts >= rules.minPostsPerWeek;
}

/**
 * Migrations of stored rule sets: `RULE_MIGRATIONS[n]` turns a version-n object into version n+1.
 * 1 → 2: every stored value is kept; the new fields take the values that give v1's results (ER rounded before the
 * achievement, parts not rounded, no factor table, «визитка» pages counted) and the ended-month days their default.
 */
export const RULE_MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> =
  Object.freeze({
    1: (v1: Record<string, unknown>) => ({
      ...DEFAULT_RULES,
      ...v1,
      version: 2,
      ...(isRecord(v1.penalty) ? { penalty: { ...DEFAULT_RULES.penalty, ...v1.penalty } } : {}),
    }),
    // 2 → 3: every stored value kept; the new fields take the defaults, which change nothing (no platform required,
    // no norms of their own, no MAX link, no «MAX first»)
    2: (v2: Record<string, unknown>) => ({ ...DEFAULT_RULES, ...v2, version: 3 }),
  });

export interface ParsedRuleSet {
  rules: RuleSet;
  /** Human-readable problems; empty when the input was a valid current rule set. */
  errors: string[];
  /** A migration ran or some fields fell back to defaults. */
  changed: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validate a stored/imported rule set: migrate older versions, keep every valid field and fall back to
 * `fallback` (DEFAULT_RULES) field by field, reporting each error. Never throws.
 */
export function parseRuleSet(input: unknown, fallback: RuleSet = DEFAULT_RULES): ParsedRuleSet {
  const direct = RuleSetSchema.safeParse(input);
  if (direct.success) return { rules: direct.data, errors: [], changed: false };
  if (!isRecord(input)) return { rules: fallback, errors: ['Rule set is not an object; defaults used'], changed: true };

  const errors: string[] = [];
  let current: Record<string, unknown> = { ...input };
  let version = typeof current.version === 'number' ? current.version : RULES_VERSION;
  if (version > RULES_VERSION) {
    errors.push(`Rule set version ${version} is newer than ${RULES_VERSION}; unknown changes ignored`);
    version = RULES_VERSION;
  }
  while (version < RULES_VERSION) {
    const migrate = RULE_MIGRATIONS[version];
    if (!migrate) {
      errors.push(`No migration from rule set version ${version}; defaults used for changed fields`);
      break;
    }
    current = migrate(current);
    version += 1;
  }

  const merged: Record<string, unknown> = { ...fallback, version: RULES_VERSION };
  const shape = RuleSetSchema.def.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === 'version' || !(key in current)) continue;
    const field = shape[key].safeParse(current[key]);
    if (field.success) merged[key] = field.data;
    else errors.push(`${key}: ${z.prettifyError(field.error).replace(/\n/g, ' ')}; default kept`);
  }
  const result = RuleSetSchema.safeParse(merged);
  if (!result.success) {
    errors.push(`Rule set invalid: ${z.prettifyError(result.error).replace(/\n/g, ' ')}; defaults used`);
    return { rules: fallback, errors, changed: true };
  }
  return { rules: result.data, errors, changed: true };
}
