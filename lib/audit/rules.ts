/**
 * The rule set is data (docs/methodology.md §3): every threshold, weight, penalty and the time zone is a field of a
 * zod-validated, versioned `RuleSet`. Changing a default bumps `RULES_VERSION` and adds a migration below, so
 * stored settings keep working.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../calendar';

export const RULES_VERSION = 1;

/** Items of the minimum requirements (docs/methodology.md §3.5). */
export const MIN_REQUIREMENT_ITEMS = ['cover', 'avatar', 'description', 'pos-widget'] as const;
export type MinRequirementItem = (typeof MIN_REQUIREMENT_ITEMS)[number];

const nonNegative = () => z.number().check(z.gte(0));
const percent = () => z.number().check(z.gte(0), z.lte(100));
const count = () => z.int().check(z.gte(0));

export const TimeZoneSchema = z.string().check(z.refine(isValidTimeZone, { message: 'Unknown IANA time zone' }));

export const WeightsSchema = z
  .object({ frequency: nonNegative(), engagement: nonNegative(), reach: nonNegative() })
  .check(z.refine((w) => w.frequency + w.engagement + w.reach > 0, { message: 'The weights must not all be 0' }));

export const PenaltySchema = z.object({
  /**
   * 'multiplier': total = base · minRequirements% / 100 (default, matches the dashboard);
   * 'points': total = max(0, base − pointsPerMissing · missing items).
   */
  mode: z.enum(['multiplier', 'points']),
  /** Points taken per missing item in 'points' mode. No public value: the user sets it. */
  pointsPerMissing: percent(),
});

export const RulePresetIdSchema = z.enum(['federal', 'st-petersburg', 'custom']);
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
  /** Cap of the achievement, %. */
  engagementCap: z.number().check(z.gt(0)),
  /** Reach% at which the reach check passes. */
  reachPassPercent: percent(),
  /** Cap of reach%, %. */
  reachCap: z.number().check(z.gt(0)),
  /** The minimum-requirement items that count. */
  minRequirementItems: z.array(z.enum(MIN_REQUIREMENT_ITEMS)),
  penalty: PenaltySchema,
  /** RKN registration is needed above this many members (strictly more). */
  rknMembersThreshold: count(),
  /** From this many members, give a heads-up about the registration. */
  rknHeadsUpFrom: count(),
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** The federal default rule set v1 (docs/methodology.md §3). */
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
  engagementCap: 100,
  reachPassPercent: 100,
  reachCap: 100,
  minRequirementItems: Object.freeze([...MIN_REQUIREMENT_ITEMS]) as RuleSet['minRequirementItems'],
  penalty: Object.freeze({ mode: 'multiplier', pointsPerMissing: 5 }),
  rknMembersThreshold: 10_000,
  rknHeadsUpFrom: 9_000,
}) as RuleSet;

/** Ready-made rule sets: the federal default and St Petersburg's stricter «более 3 сообщений» a week. */
export const RULE_PRESETS: Readonly<Record<Exclude<RulePresetId, 'custom'>, RuleSet>> = Object.freeze({
  federal: DEFAULT_RULES,
  'st-petersburg': Object.freeze({ ...DEFAULT_RULES, preset: 'st-petersburg', postsComparison: '>' }) as RuleSet,
});

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
 * Version 1 is the first; add `1: (v1) => ({ ...v1, version: 2, … })` when a default changes.
 */
export const RULE_MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> =
  Object.freeze({});

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
