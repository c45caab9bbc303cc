/**
 * The rating formula and the rule set's name, source and inferred parts as text: the popup's score, the list page's
 * indicators and the printable report (docs/rule-sets.md).
 */
import type { RuleSet } from '../audit/rules';
import { weightShares } from '../audit/score';
import { createT, type Locale } from '../i18n';
import { rulesDicts } from '../i18n/rules';

const decimal = (x: number, locale: Locale) => (locale === 'ru' ? String(x).replace('.', ',') : String(x));
const fixed2 = (x: number, locale: Locale) => (locale === 'ru' ? x.toFixed(2).replace('.', ',') : x.toFixed(2));

const LETTER = { frequency: 'F', engagement: 'E', reach: 'R' } as const;

/**
 * «(0,5·F + 0,3·E + 0,2·R) · M / 100»; in points mode «max(0; 0,5·F + 0,3·E + 0,2·R − 5·N)»; with a factor table
 * «0,5·F + 0,5·E − штраф(k)». A weight of 0 drops its term (Chelyabinsk has no reach) unless all three are shown.
 */
export function formulaText(rules: RuleSet, locale: Locale): string {
  const w = weightShares(rules);
  const k = (x: number) => decimal(Math.round(x * 1000) / 1000, locale);
  const keys = (['frequency', 'engagement', 'reach'] as const).filter((key) => w[key] > 0);
  const base = keys.map((key) => `${k(w[key])}·${LETTER[key]}`).join(' + ');
  if (rules.penalty.mode === 'points') {
    return `max(0${locale === 'ru' ? ';' : ','} ${base} − ${decimal(rules.penalty.pointsPerMissing, locale)}·N)`;
  }
  if (rules.penalty.mode === 'factor-table') {
    return `${base} − ${createT(rulesDicts, locale)('rules.penaltyFn')}`;
  }
  return `(${base}) · M / 100`;
}

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
