/**
 * The rule set is data (methodology §3): every threshold, weight, penalty and the time zone is a field of a
 * zod-validated, versioned `RuleSet`. Changing a default bumps `RULES_VERSION` and adds a migration below, so
 * stored settings keep working. The presets, where each value comes from and what is inferred: docs/rule-sets.md.
 *
 * v2 (issue 20) added what real regions' rules need: the ER rounding before the achievement, rounding of the parts,
 * a penalty from a factor table, the mark and the combined «оформление» as minimum-requirement items, «визитка»
 * pages left out of frequency; and the days the screens show the ended month first (methodology §3.1).
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../calendar';

export const RULES_VERSION = 2;

/**
 * Items of the minimum requirements (methodology §3.5): the four of the slides, plus the «Госорганизация» mark and
 * 'design' («оформление»: cover, avatar and description all present), which the Chelyabinsk 2026 rule counts.
 */
export const MIN_REQUIREMENT_ITEMS = ['cover', 'avatar', 'description', 'pos-widget', 'gov-mark', 'design'] as const;
export type MinRequirementItem = (typeof MIN_REQUIREMENT_ITEMS)[number];
/** The items of the federal default (the slides' four). */
export const DEFAULT_REQUIREMENT_ITEMS: readonly MinRequirementItem[] = [
  'cover',
  'avatar',
  'description',
  'pos-widget',
];
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
function bandsOrdered(bands: readonly PenaltyBand[]): boolean {
  return bands.every((b, i) => {
    const prev = bands[i - 1];
    return prev === undefined || (b.from > prev.from && b.points <= prev.points);
  });
}

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
    bands: z.array(PenaltyBandSchema).check(z.maxLength(101)),
    /** Where the table comes from and the rule the inferred bands follow (shown with the table). */
    source: z.string().check(z.maxLength(500)),
  })
  .check(
    z.refine((p) => bandsOrdered(p.bands), {
      message: 'Penalty bands must go up by factor with points never rising',
      path: ['bands'],
    }),
    z.refine((p) => p.mode !== 'factor-table' || p.bands.length > 0, {
      message: 'The factor table needs at least one band',
      path: ['bands'],
    }),
  );

export const RulePresetIdSchema = z.enum(['federal', 'st-petersburg', 'chelyabinsk-2026', 'custom']);
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
  minRequirementItems: z.array(z.enum(MIN_REQUIREMENT_ITEMS)).check(z.maxLength(MIN_REQUIREMENT_ITEMS.length)),
  penalty: PenaltySchema,
  /** «Визитка» pages are left out of the group set's frequency (numerator and denominator). */
  excludeBusinessCards: z.boolean(),
  /** From day 1 to this day of a month the screens show the month that ended first (methodology §3.1); 0 = never. */
  endedMonthFirstDays: z.int().check(z.gte(0), z.lte(28)),
  /** RKN registration is needed above this many members (strictly more). */
  rknMembersThreshold: count(),
  /** From this many members, give a heads-up about the registration. */
  rknHeadsUpFrom: count(),
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** The federal default rule set (methodology §3). */
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
  minRequirementItems: Object.freeze([...DEFAULT_REQUIREMENT_ITEMS]) as RuleSet['minRequirementItems'],
  penalty: Object.freeze({ mode: 'multiplier', pointsPerMissing: 5, bands: [], source: '' }),
  excludeBusinessCards: false,
  endedMonthFirstDays: 5,
  rknMembersThreshold: 10_000,
  rknHeadsUpFrom: 9_000,
}) as RuleSet;

/** Factors published with their points for the Chelyabinsk 2026 municipal rating (methodology §2). */
const CHELYABINSK_PUBLISHED: ReadonlyMap<number, number> = new Map([
  [0.92, 6],
  [0.95, 4],
  [1, 0],
]);

/**
 * The Chelyabinsk factor table: points = round((1 − factor) · 75), at most 22, for factors 0.00 … 1.00 in steps of
 * 0.01 (one band per points value, starting at its lowest factor). The rule is inferred: it reproduces the three
 * published points (0.92 → 6, 0.95 → 4, 1.00 → 0) and the published cap of 22; bands holding a published point are
 * marked 'published'. docs/rule-sets.md says why this rule.
 */
function chelyabinskBands(): PenaltyBand[] {
  const bands: PenaltyBand[] = [];
  for (let hundredths = 0; hundredths <= 100; hundredths++) {
    const points = Math.min(22, Math.round(((100 - hundredths) * 75) / 100));
    const last = bands[bands.length - 1];
    const published = CHELYABINSK_PUBLISHED.get(hundredths / 100) === points;
    if (last !== undefined && last.points === points) {
      if (published) last.basis = 'published';
      continue;
    }
    bands.push({ from: hundredths / 100, points, basis: published ? 'published' : 'inferred' });
  }
  return bands;
}

/**
 * Chelyabinsk oblast, municipal digital-transformation rating, order №61 of 27.05.2026 (methodology §2):
 * P3.1 + 0.5·P3.2 + 0.5·P3.3, target ER 3.6 % from the unrounded ER, parts rounded to 2 decimals, the penalty from
 * the factor (G + P + F) ÷ C ÷ 3 (mark, ПОС, full design), «визитка» pages out of the frequency.
 */
const CHELYABINSK_2026: RuleSet = Object.freeze({
  ...DEFAULT_RULES,
  preset: 'chelyabinsk-2026',
  timeZone: 'Asia/Yekaterinburg',
  weights: Object.freeze({ frequency: 50, engagement: 50, reach: 0 }),
  erTarget: 3.6,
  achievementFromRoundedEr: false,
  roundParts: true,
  minRequirementItems: Object.freeze(['gov-mark', 'pos-widget', 'design']) as RuleSet['minRequirementItems'],
  penalty: Object.freeze({
    mode: 'factor-table',
    pointsPerMissing: 5,
    bands: chelyabinskBands(),
    source:
      'Приказ №61 от 27.05.2026; опубликованы 0,92 → −6, 0,95 → −4, 1,00 → 0 и предел −22; ' +
      'остальное по правилу round((1 − k)·75), не больше 22',
  }),
  excludeBusinessCards: true,
}) as RuleSet;

/**
 * Ready-made rule sets: the federal default, St Petersburg's stricter «более 3 сообщений» a week, and the
 * Chelyabinsk 2026 municipal rating.
 */
export const RULE_PRESETS: Readonly<Record<Exclude<RulePresetId, 'custom'>, RuleSet>> = Object.freeze({
  federal: DEFAULT_RULES,
  'st-petersburg': Object.freeze({ ...DEFAULT_RULES, preset: 'st-petersburg', postsComparison: '>' }) as RuleSet,
  'chelyabinsk-2026': CHELYABINSK_2026,
});

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
      ...v1,
      version: 2,
      achievementFromRoundedEr: true,
      roundParts: false,
      excludeBusinessCards: false,
      endedMonthFirstDays: DEFAULT_RULES.endedMonthFirstDays,
      ...(isRecord(v1.penalty) ? { penalty: { bands: [], source: '', ...v1.penalty } } : {}),
    }),
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
