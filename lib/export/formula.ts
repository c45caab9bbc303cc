/** The rating formula as text for the user's rule set: the printable report and the list page's indicators. */
import type { RuleSet } from '../audit/rules';
import { weightShares } from '../audit/score';
import type { Locale } from '../i18n';

const decimal = (x: number, locale: Locale) => (locale === 'ru' ? String(x).replace('.', ',') : String(x));

/** «(0,5·F + 0,3·E + 0,2·R) · M / 100» or, in points mode, «max(0; 0,5·F + 0,3·E + 0,2·R − 5·N)». */
export function formulaText(rules: RuleSet, locale: Locale): string {
  const w = weightShares(rules);
  const k = (x: number) => decimal(Math.round(x * 1000) / 1000, locale);
  const base = `${k(w.frequency)}·F + ${k(w.engagement)}·E + ${k(w.reach)}·R`;
  if (rules.penalty.mode === 'points') {
    return `max(0${locale === 'ru' ? ';' : ','} ${base} − ${decimal(rules.penalty.pointsPerMissing, locale)}·N)`;
  }
  return `(${base}) · M / 100`;
}
