/**
 * How the predicted score is made (below the fold; the score itself is on the first screen, components/Verdict.tsx):
 * the breakdown (F, E, R, M and their weights, what each can still be when unknown), the formula one click away,
 * and the audience-size field for reach.
 */
import { useState } from 'preact/hooks';
import { factorPenalty, type RuleSet } from '../lib/audit/rules';
import type { Audit } from '../lib/audit/types';
import { formatNumber } from '../lib/i18n/index';
import type { PopupDetailsKey } from '../lib/i18n/popup-details';
import { useDetailsT } from './details-i18n';
import { useI18n } from './i18n';
import { lazy } from './lazy';
import { PARTS, type Part } from './score-parts';

/** The formula, the rule set's name, source and inferred parts: a separate chunk, loaded when the formula is opened. */
const ScoreFormula = lazy(() => import('./ScoreFormula').then((m) => m.ScoreFormula));

export interface ScoreCardProps {
  audit: Audit;
  /** The rule set the audit used: the formula shows its weights and penalty, with its name and source. */
  rules: RuleSet;
  /** The audience size entered for this group, or null. */
  audienceSize: number | null;
  /** Saves (or with null clears) the audience size; absent when the group has no id to key it by. */
  onAudienceSize?: (size: number | null) => void;
}

export function AudienceField({ value, onSave }: { value: number | null; onSave: (size: number | null) => void }) {
  const dt = useDetailsT();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const clean = text.replace(/[\s\u00a0]/g, '');
    if (clean === '') return onSave(null);
    const n = Number(clean);
    if (!Number.isInteger(n) || n <= 0) return setError(true);
    setError(false);
    onSave(n);
  };
  return (
    <form class="audience" onSubmit={submit} data-testid="audience-form">
      <label>
        {dt('audience.label')}
        <input
          type="text"
          inputMode="numeric"
          value={text}
          placeholder={dt('audience.placeholder')}
          aria-invalid={error}
          data-testid="audience-input"
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{dt('audience.save')}</button>
      {value !== null && (
        <button type="button" class="link" onClick={() => onSave(null)}>
          {dt('audience.clear')}
        </button>
      )}
      <p class="muted">{error ? dt('audience.invalid') : dt('audience.hint')}</p>
    </form>
  );
}

export function ScoreCard({ audit, rules, audienceSize, onAudienceSize }: ScoreCardProps) {
  const { t, locale } = useI18n();
  const dt = useDetailsT();
  const [showFormula, setShowFormula] = useState(false);
  const b = audit.breakdown;
  const fmt = (v: number) => formatNumber(v, locale, 1);
  const weights = b.weights;
  const totalWeight = weights.frequency + weights.engagement + weights.reach;
  const weightOf: Record<Part, number | null> = {
    frequency: weights.frequency,
    engagement: weights.engagement,
    reach: weights.reach,
    minRequirements: null,
  };
  const showAudience = !!onAudienceSize && (b.reach === null || audienceSize !== null);
  // F = 100 of a running month is the forecast «if the remaining weeks are met» (methodology §3.8).
  const running = audit.checks.some((c) => c.id === 'frequency' && c.reason === 'in-progress');
  return (
    <section class="card score" aria-labelledby="score-title" data-testid="score-card">
      <h2 id="score-title">
        {dt('score.title')} <span class="tag">{t('score.estimate')}</span>
      </h2>
      <table class="breakdown" data-testid="breakdown">
        <tbody>
          {PARTS.map((p) => {
            const v = b[p];
            const range = b.ranges[p];
            const w = weightOf[p];
            return (
              <tr key={p} data-testid={`part-${p}`}>
                <th scope="row">{dt(`score.part.${p}` as PopupDetailsKey)}</th>
                <td class="num">{v === null ? `${fmt(range.min)}–${fmt(range.max)}` : fmt(v)}</td>
                <td class="muted">
                  {w !== null
                    ? dt('score.weight', { weight: formatNumber((w / totalWeight) * 100, locale) })
                    : rules.penalty.mode === 'factor-table' && v !== null
                      ? dt('score.factorPenalty', {
                          k: formatNumber(v / 100, locale, 2),
                          points: formatNumber(factorPenalty(rules.penalty.bands, v / 100), locale),
                        })
                      : b.missingItems > 0
                        ? dt('score.missingItems', { n: b.missingItems })
                        : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {running && b.frequency === 100 && <p class="muted">{t('verdict.forecast')}</p>}
      <button type="button" class="link" aria-expanded={showFormula} onClick={() => setShowFormula(!showFormula)}>
        {dt(showFormula ? 'score.formulaHide' : 'score.formulaShow')}
      </button>
      {showFormula && <ScoreFormula rules={rules} locale={locale} />}
      {showAudience && onAudienceSize && <AudienceField value={audienceSize} onSave={onAudienceSize} />}
    </section>
  );
}
