/**
 * Ready-made rule sets (docs/rule-sets.md): the federal default, St Petersburg, the Chelyabinsk 2026 municipal
 * rating, and Bashkortostan and Sverdlovsk for institutions across VK, OK, MAX and Telegram (docs/institutions.md). A module of its own, so the bundles that only read a stored rule set (the background, the popup) do not
 * carry the presets.
 */
import { DEFAULT_RULES, type PenaltyBand, type RulePresetId, type RuleSet } from './rules';

/** Factors published with their points for the Chelyabinsk 2026 municipal rating (docs/methodology.md §2). */
const CHELYABINSK_PUBLISHED: ReadonlyMap<number, number> = /* @__PURE__ */ new Map([
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
 * Chelyabinsk oblast, municipal digital-transformation rating, order №61 of 27.05.2026 (docs/methodology.md §2):
 * P3.1 + 0.5·P3.2 + 0.5·P3.3, target ER 3.6 % from the unrounded ER, parts rounded to 2 decimals, the penalty from
 * the factor (G + P + F) ÷ C ÷ 3 (mark, ПОС, full design), «визитка» pages out of the frequency.
 */
// The annotations let bundles that use no preset (the background) drop them.
const CHELYABINSK_2026: RuleSet = /* @__PURE__ */ Object.freeze({
  ...DEFAULT_RULES,
  preset: 'chelyabinsk-2026',
  timeZone: 'Asia/Yekaterinburg',
  weights: /* @__PURE__ */ Object.freeze({ frequency: 50, engagement: 50, reach: 0 }),
  erTarget: 3.6,
  achievementFromRoundedEr: false,
  roundParts: true,
  minRequirementItems: /* @__PURE__ */ Object.freeze([
    'gov-mark',
    'pos-widget',
    'design',
  ]) as RuleSet['minRequirementItems'],
  penalty: /* @__PURE__ */ Object.freeze({
    mode: 'factor-table',
    pointsPerMissing: 5,
    bands: /* @__PURE__ */ chelyabinskBands(),
    source:
      'Приказ №61 от 27.05.2026; опубликованы 0,92 → −6, 0,95 → −4, 1,00 → 0 и предел −22; ' +
      'остальное по правилу round((1 − k)·75), не больше 22',
  }),
  excludeBusinessCards: true,
}) as RuleSet;

/**
 * Bashkortostan (December 2025, docs/methodology.md §2): official pages on VK, OK, MAX and Telegram, at least 3 posts a week
 * on each (https://news.mail.ru/society/68998010/). The federal score otherwise; Ufa is on Yekaterinburg time.
 */
const BASHKORTOSTAN: RuleSet = /* @__PURE__ */ Object.freeze({
  ...DEFAULT_RULES,
  preset: 'bashkortostan',
  timeZone: 'Asia/Yekaterinburg',
  expectedPlatforms: ['vk', 'ok', 'max', 'telegram'],
  maxNorm: 3,
  telegramNorm: 3,
}) as RuleSet;

/**
 * Sverdlovsk oblast (November 2025, docs/methodology.md §2): at least 3 posts a week in MAX, MAX posts published before the
 * other platforms, an active link to the MAX channel on the VK/OK (and Telegram) pages
 * (https://ural-news.net/politics/2025/11/18/558379.html). The federal score otherwise.
 */
const SVERDLOVSK: RuleSet = /* @__PURE__ */ Object.freeze({
  ...DEFAULT_RULES,
  preset: 'sverdlovsk',
  timeZone: 'Asia/Yekaterinburg',
  expectedPlatforms: ['vk', 'ok', 'max'],
  maxNorm: 3,
  maxLinkRequired: true,
  maxFirst: true,
}) as RuleSet;

/**
 * Ready-made rule sets: the federal default, St Petersburg's stricter «более 3 сообщений» a week, the
 * Chelyabinsk 2026 municipal rating, and the Bashkortostan and Sverdlovsk rules for institutions on VK, OK and MAX.
 */
export const RULE_PRESETS: Readonly<Record<Exclude<RulePresetId, 'custom'>, RuleSet>> = /* @__PURE__ */ Object.freeze({
  federal: DEFAULT_RULES,
  'st-petersburg': /* @__PURE__ */ Object.freeze({
    ...DEFAULT_RULES,
    preset: 'st-petersburg',
    postsComparison: '>',
  }) as RuleSet,
  'chelyabinsk-2026': CHELYABINSK_2026,
  bashkortostan: BASHKORTOSTAN,
  sverdlovsk: SVERDLOVSK,
});
