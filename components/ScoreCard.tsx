/**
 * The predicted score, labelled as an estimate, with its breakdown (F, E, R, M and their weights), the formula one
 * click away, the range it can still take when an input is unknown, and the audience-size field for reach.
 */
import { useState } from 'preact/hooks';
import { factorPenalty, type RuleSet } from '../lib/audit/rules';
import type { Audit, ScoreBreakdown } from '../lib/audit/types';
import { formatNumber } from '../lib/i18n/index';
import type { PopupKey } from '../lib/i18n/popup';
import { useI18n } from './i18n';
import { lazy } from './lazy';

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

const PARTS = ['frequency', 'engagement', 'reach', 'minRequirements'] as const;
type Part = (typeof PARTS)[number];

export function unknownInputs(b: ScoreBreakdown): Part[] {
  return PARTS.filter((p) => b[p] === null);
}

function AudienceField({ value, onSave }: { value: number | null; onSave: (size: number | null) => void }) {
  const { t } = useI18n();
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
        {t('audience.label')}
        <input
          type="text"
          inputMode="numeric"
          value={text}
          placeholder={t('audience.placeholder')}
          aria-invalid={error}
          data-testid="audience-input"
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{t('audience.save')}</button>
      {value !== null && (
        <button type="button" class="link" onClick={() => onSave(null)}>
          {t('audience.clear')}
        </button>
      )}
      <p class="muted">{error ? t('audience.invalid') : t('audience.hint')}</p>
    </form>
  );
}

export function ScoreCard({ audit, rules, audienceSize, onAudienceSize }: ScoreCardProps) {
  const { t, locale } = useI18n();
  const [showFormula, setShowFormula] = useState(false);
  const b = audit.breakdown;
  const fmt = (v: number) => formatNumber(v, locale, 1);
  const missing = unknownInputs(b);
  const weights = b.weights;
  const totalWeight = weights.frequency + weights.engagement + weights.reach;
  const weightOf: Record<Part, number | null> = {
    frequency: weights.frequency,
    engagement: weights.engagement,
    reach: weights.reach,
    minRequirements: null,
  };
  const showAudience = !!onAudienceSize && (b.reach === null || audienceSize !== null);
  return (
    <section class="card score" aria-labelledby="score-title">
      <h2 id="score-title">
        {t('score.title')} <span class="tag">{t('score.estimate')}</span>
      </h2>
      <p class="score__value">
        <strong data-testid="predicted-score" data-score={audit.predictedScore ?? ''}>
          {audit.predictedScore === null ? '—' : fmt(audit.predictedScore)}
        </strong>{' '}
        {audit.predictedScore === null ? (
          <span class="muted" data-testid="score-unknown">
            {t('score.unknownBecause', {
              inputs: missing.map((p) => t(`score.input.${p}` as PopupKey)).join(', '),
            })}
          </span>
        ) : (
          <span class="muted">{t('score.of100')}</span>
        )}
      </p>
      {audit.predictedScore === null && audit.predictedRange && (
        <p data-testid="predicted-range" data-min={audit.predictedRange.min} data-max={audit.predictedRange.max}>
          {t('score.range', { min: fmt(audit.predictedRange.min), max: fmt(audit.predictedRange.max) })}
        </p>
      )}
      <table class="breakdown" data-testid="breakdown">
        <tbody>
          {PARTS.map((p) => {
            const v = b[p];
            const range = b.ranges[p];
            const w = weightOf[p];
            return (
              <tr key={p} data-testid={`part-${p}`}>
                <th scope="row">{t(`score.part.${p}` as PopupKey)}</th>
                <td class="num">{v === null ? `${fmt(range.min)}–${fmt(range.max)}` : fmt(v)}</td>
                <td class="muted">
                  {w !== null
                    ? t('score.weight', { weight: formatNumber((w / totalWeight) * 100, locale) })
                    : rules.penalty.mode === 'factor-table' && v !== null
                      ? t('score.factorPenalty', {
                          k: formatNumber(v / 100, locale, 2),
                          points: formatNumber(factorPenalty(rules.penalty.bands, v / 100), locale),
                        })
                      : b.missingItems > 0
                        ? t('score.missingItems', { n: b.missingItems })
                        : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" class="link" aria-expanded={showFormula} onClick={() => setShowFormula(!showFormula)}>
        {t(showFormula ? 'score.formulaHide' : 'score.formulaShow')}
      </button>
      {showFormula && <ScoreFormula rules={rules} locale={locale} />}
      {showAudience && onAudienceSize && <AudienceField value={audienceSize} onSave={onAudienceSize} />}
    </section>
  );
}
