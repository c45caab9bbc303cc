/**
 * The score's formula as the user opens it under the score: the total's formula with its weights, the rule set's
 * name, source and penalty (RuleSetNote) and the note on what the forecast assumes. A chunk of its own, loaded when
 * the formula is opened, so the popup's first complete render does not carry it (docs/performance.md).
 */
import type { RuleSet } from '../lib/audit/rules';
import { formulaText } from '../lib/export/formula';
import type { Locale } from '../lib/i18n/index';
import { RuleSetNote } from './RuleSetNote';
import { useSecondaryT } from './secondary-i18n';

export function ScoreFormula({ rules, locale }: { rules: RuleSet; locale: Locale }) {
  const t = useSecondaryT(locale);
  return (
    <div class="formula" data-testid="formula">
      <p>
        <code>{t('score.formula.total', { formula: formulaText(rules, locale) })}</code>
      </p>
      <RuleSetNote rules={rules} locale={locale} />
      <p class="muted">{t('score.note')}</p>
    </div>
  );
}
