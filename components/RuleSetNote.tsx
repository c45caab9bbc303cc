/**
 * Which rule set a score was computed with: the preset's name and source, the formula with its weights and penalty,
 * what the formula alone does not say, and the penalty points published and inferred (docs/rule-sets.md). Shown with
 * the popup's score (loaded when the formula is opened), the list's indicators and the group detail.
 */
import type { RuleSet } from '../lib/audit/rules';
import { describeRuleSet } from '../lib/export/rule-set';
import { createT, type Locale } from '../lib/i18n/index';
import { rulesDicts } from '../lib/i18n/rules';

export function RuleSetNote({ rules, locale }: { rules: RuleSet; locale: Locale }) {
  const t = createT(rulesDicts, locale);
  const d = describeRuleSet(rules, locale);
  return (
    <div class="rule-set" data-testid="rule-set" data-preset={rules.preset}>
      <p>
        {t('rules.label')}: <strong data-testid="rule-set-name">{d.name}</strong>
      </p>
      <p class="muted" data-testid="rule-set-source">
        {d.source}
      </p>
      <p>
        <code data-testid="rule-set-formula">{d.formula}</code>
      </p>
      {d.details.length > 0 && (
        <ul class="muted" data-testid="rule-set-details">
          {d.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {d.penalty && (
        <p class="muted" data-testid="rule-set-penalty">
          {d.penalty.published}
          {d.penalty.published && d.penalty.inferred ? '; ' : ''}
          {d.penalty.inferred && (
            <span data-testid="rule-set-inferred">
              <span class="tag">{t('rules.inferred')}</span> {d.penalty.inferred}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
