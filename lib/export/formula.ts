/**
 * The rating formula as text for the user's rule set: the popup's score, the printable report and the list page's
 * indicators. Its name, source and inferred parts: ./rule-set.ts.
 */
import type { RuleSet } from '../audit/rules';
import { weightShares } from '../audit/score';
import type { Locale } from '../i18n';

/** A number with a decimal comma in Russian. */
export const decimal = (x: number, locale: Locale): string =>
  locale === 'ru' ? String(x).replace('.', ',') : String(x);

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
    return `${base} − ${locale === 'ru' ? 'штраф(k)' : 'penalty(k)'}`;
  }
  return `(${base}) · M / 100`;
}
