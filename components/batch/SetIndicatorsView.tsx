/** The list's indicators as ЦУР computes them for several groups, with how each was obtained. */
import { DEFAULT_RULES, type RuleSet } from '../../lib/audit/rules';
import type { SetIndicators, SetMonth } from '../../lib/batch/indicators';
import { formatNumber } from '../../lib/i18n/index';
import { useBatchI18n } from './i18n';

export interface SetIndicatorsViewProps {
  indicators: SetIndicators;
  month: SetMonth;
  onMonth: (month: SetMonth) => void;
  /** The rule set the indicators were computed with: its weights and ER target are shown. */
  rules?: RuleSet;
}

export function SetIndicatorsView({ indicators: s, month, onMonth, rules = DEFAULT_RULES }: SetIndicatorsViewProps) {
  const { t, locale } = useBatchI18n();
  const pct = (v: number | null, digits = 2) => (v === null ? '—' : `${formatNumber(v, locale, digits)}%`);
  const w = rules.weights;
  // Shortest exact form: 3 → «3», 2.5 → «2,5», 0.33 → «0,33»
  const num = (v: number) => formatNumber(v, locale, Number.isInteger(v) ? 0 : Number.isInteger(v * 10) ? 1 : 2);
  return (
    <section class="indicators" data-testid="set-indicators">
      <div class="row">
        <h3>{t('indicators')}</h3>
        <label class="small">
          {t('indicatorsMonth')}{' '}
          <select
            value={month}
            onChange={(e) => onMonth(e.currentTarget.value === 'previous' ? 'previous' : 'current')}
          >
            <option value="current">{t('monthCurrent')}</option>
            <option value="previous">{t('monthPrevious')}</option>
          </select>
        </label>
      </div>
      <div class="cards">
        <div class="card" data-testid="ind-frequency">
          <span class="label">
            {t('frequency')} · {w.frequency}%
          </span>
          <strong>{pct(s.frequency, 1)}</strong>
          <small>{t('frequencyDetail', { passed: s.passed, decided: s.decided, undecided: s.undecided })}</small>
        </div>
        <div class="card" data-testid="ind-engagement">
          <span class="label">
            {t('engagement')} · {w.engagement}%
          </span>
          <strong>{pct(s.engagement)}</strong>
          <small>
            {s.engagementRate === null
              ? t('noViews')
              : t('erDetail', {
                  er: formatNumber(s.engagementRate, locale, 2),
                  target: num(rules.erTarget),
                })}
          </small>
        </div>
        <div class="card" data-testid="ind-reach">
          <span class="label">
            {t('reach')} · {w.reach}%
          </span>
          <strong>{pct(s.reach, 1)}</strong>
          <small>{s.reach === null ? t('reachMissing') : t('reachDetail', { n: s.reachGroups })}</small>
        </div>
        <div class="card" data-testid="ind-min">
          <span class="label">{t('minRequirements')}</span>
          <strong>{pct(s.minRequirements, 2)}</strong>
          <small>{t('minReqDetail', { present: s.itemsPresent, known: s.itemsKnown })}</small>
        </div>
        <div class="card total" data-testid="ind-total">
          <span class="label">{t('total')}</span>
          <strong>{s.total === null ? '—' : formatNumber(s.total, locale, 1)}</strong>
          <small>
            {s.total === null
              ? t('totalMissing')
              : `(${num(w.frequency / 100)}·F + ${num(w.engagement / 100)}·E + ${num(w.reach / 100)}·R) · M / 100`}
          </small>
        </div>
      </div>
      <p class="muted small">{t('estimate')}</p>
    </section>
  );
}
