/**
 * The rule set in use as the screens and reports name it (docs/rule-sets.md): the preset and its source, the formula
 * with this rule set's weights and penalty, what the formula alone does not say, and which penalty points are
 * published and which inferred.
 */
import type { RuleSet } from '../audit/rules';
import { createT, type Locale } from '../i18n';
import { type RulesKey, rulesDicts } from '../i18n/rules';
import { platformNorm } from '../institutions/norms';
import { decimal, formulaText } from './formula';

const fixed2 = (x: number, locale: Locale) => (locale === 'ru' ? x.toFixed(2).replace('.', ',') : x.toFixed(2));

export interface RuleSetDescription {
  /** «Челябинская область — муниципальный рейтинг, приказ №61 от 27.05.2026», «Свой набор правил». */
  name: string;
  source: string;
  formula: string;
  /** What the formula alone does not say: the factor's items, the ER rounding, rounding, «визитка» pages. */
  details: string[];
  /** The factor table: the published points, and what is inferred (null without a factor table). */
  penalty: { published: string | null; inferred: string | null } | null;
}

const PLATFORM_NAMES = { vk: 'ВКонтакте', ok: 'Одноклассники', max: 'MAX', telegram: 'Telegram' } as const;

/** What a regional rule set asks of an institution across platforms (docs/institutions.md). */
function platformDetails(rules: RuleSet, t: ReturnType<typeof createT<RulesKey>>): string[] {
  const out: string[] = [];
  if (rules.expectedPlatforms.length > 0)
    out.push(t('rules.platforms', { platforms: rules.expectedPlatforms.map((p) => PLATFORM_NAMES[p]).join(', ') }));
  for (const platform of ['max', 'telegram'] as const) {
    const norm = platformNorm(rules, platform);
    if (norm !== null) out.push(t('rules.norm', { platform: PLATFORM_NAMES[platform], n: norm }));
  }
  if (rules.maxLinkRequired) out.push(t('rules.maxLink'));
  if (rules.maxFirst) out.push(t('rules.maxFirst'));
  return out;
}

/** Everything the screens show about the rule set in use. */
export function describeRuleSet(rules: RuleSet, locale: Locale): RuleSetDescription {
  const t = createT(rulesDicts, locale);
  const preset = rules.preset;
  const details: string[] = [];
  if (rules.penalty.mode === 'factor-table') {
    details.push(t('rules.factor', { items: rules.minRequirementItems.map((i) => t(`item.${i}`)).join(', ') }));
  }
  if (!rules.achievementFromRoundedEr)
    details.push(t('rules.unroundedEr', { target: decimal(rules.erTarget, locale) }));
  if (rules.roundParts) details.push(t('rules.roundParts'));
  if (rules.excludeBusinessCards) details.push(t('rules.businessCards'));
  details.push(...platformDetails(rules, t));
  let penalty: RuleSetDescription['penalty'] = null;
  if (rules.penalty.mode === 'factor-table') {
    const bands = rules.penalty.bands;
    const published = bands
      .filter((b) => b.basis === 'published')
      .sort((a, b) => b.from - a.from)
      .map((b) => `${fixed2(b.from, locale)} → ${b.points === 0 ? '0' : `−${decimal(b.points, locale)}`}`);
    const inferred = bands.length - published.length;
    const rule = preset === 'chelyabinsk-2026' ? t('rules.chelyabinsk-2026.rule') : rules.penalty.source.trim();
    penalty = {
      published: published.length > 0 ? t('rules.penaltyPublished', { points: published.join('; ') }) : null,
      inferred:
        inferred === 0
          ? null
          : rule === ''
            ? t('rules.penaltyInferredNoRule', { n: inferred })
            : t('rules.penaltyInferred', { n: inferred, rule }),
    };
  }
  const custom = preset === 'custom' && rules.penalty.source.trim() !== '' ? rules.penalty.source.trim() : null;
  return {
    name: t(`rules.preset.${preset}`),
    source: custom ?? t(`rules.source.${preset}`),
    formula: formulaText(rules, locale),
    details,
    penalty,
  };
}
