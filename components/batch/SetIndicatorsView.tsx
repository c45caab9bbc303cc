/** The list's indicators as ЦУР computes them for several groups, with how each was obtained. */
import type { ComponentChildren } from 'preact';
import { DEFAULT_RULES, type RuleSet } from '../../lib/audit/rules';
import { weightShares } from '../../lib/audit/score';
import type { SetIndicators } from '../../lib/batch/indicators';
import { formulaText } from '../../lib/export/formula';
import { formatMonth, formatNumber } from '../../lib/i18n/index';
import { RuleSetNote } from '../RuleSetNote';
import { useBatchI18n } from './i18n';

export interface SetIndicatorsViewProps {
  /** The month's indicators (the page's month switch chooses the month: `period`). */
  indicators: SetIndicators;
  /** The rule set the indicators were computed with: its weights and ER target are shown. */
  rules?: RuleSet;
  /** Shown in the heading's row (the page's month switch). */
  children?: ComponentChildren;
}

export function SetIndicatorsView({ indicators: s, rules = DEFAULT_RULES, children }: SetIndicatorsViewProps) {
  const { t, locale } = useBatchI18n();
  const pct = (v: number | null, digits = 2) => (v === null ? '—' : `${formatNumber(v, locale, digits)}%`);
  /** Up to `digits` decimals without trailing zeros: 2.5 → «2,5», 3 → «3», 33.3 → «33,3». */
  const upTo = (v: number, digits: number) => {
    const text = formatNumber(v, locale, digits);
    return digits > 0 ? text.replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '') : text;
  };
  // The weights as shares of their sum, as the engine applies them (ratingTotal)
  const w = weightShares(rules);
  const share = (fraction: number) => `${upTo(fraction * 100, 1)}%`;
  return (
    <section class="indicators" data-testid="set-indicators">
      <div class="row">
        <h3>
          {s.period === undefined
            ? t('indicators')
            : t('indicatorsOf', { month: formatMonth(s.period.year, s.period.month, locale) })}
        </h3>
        {children}
        <span class="muted small">{t('estimate')}</span>
      </div>
      <div class="cards">
        <div class="card" data-testid="ind-frequency">
          <span class="label">
            {t('frequency')} · {share(w.frequency)}
          </span>
          <strong>{pct(s.frequency, 1)}</strong>
          <small>
            {t('frequencyDetail', { passed: s.passed, decided: s.decided, undecided: s.undecided })}
            {s.businessCards > 0 && `; ${t('businessCardsOut', { n: s.businessCards })}`}
          </small>
        </div>
        <div class="card" data-testid="ind-engagement">
          <span class="label">
            {t('engagement')} · {share(w.engagement)}
          </span>
          <strong>{pct(s.engagement)}</strong>
          <small>
            {s.engagementRate === null
              ? t('noViews')
              : t('erDetail', {
                  er: formatNumber(s.engagementRate, locale, 2),
                  target: upTo(rules.erTarget, 2),
                })}
          </small>
        </div>
        <div class="card" data-testid="ind-reach">
          <span class="label">
            {t('reach')} · {share(w.reach)}
          </span>
          <strong>{pct(s.reach, 1)}</strong>
          <small>{s.reach === null ? t('reachMissing') : t('reachDetail', { n: s.reachGroups })}</small>
        </div>
        <div class="card" data-testid="ind-min">
          <span class="label">{t('minRequirements')}</span>
          <strong>{pct(s.minRequirements, 2)}</strong>
          <small>
            {t('minReqDetail', { present: s.itemsPresent, known: s.itemsKnown })}
            {s.breakdown?.factor != null && (
              <span data-testid="ind-penalty">
                {'; '}
                {t('factorPenalty', {
                  k: formatNumber(s.breakdown.factor, locale, 2),
                  points: formatNumber(s.breakdown.penalty, locale),
                })}
              </span>
            )}
          </small>
        </div>
        <div class="card total" data-testid="ind-total">
          <span class="label">{t('total')}</span>
          <strong>{s.total === null ? '—' : formatNumber(s.total, locale, rules.roundParts ? 2 : 1)}</strong>
          {s.total !== null && s.undecided > 0 && (
            <small class="warn" data-testid="ind-preliminary">
              {t('preliminary', { decided: s.decided, audited: s.audited })}
            </small>
          )}
          <small>{s.total === null ? t('totalMissing') : formulaText(rules, locale)}</small>
        </div>
      </div>
      <RuleSetNote rules={rules} locale={locale} />
    </section>
  );
}
