/** The list's indicators as ЦУР computes them for several groups, with how each was obtained. */
import type { SetIndicators, SetMonth } from '../../lib/batch/indicators';
import { formatNumber } from '../../lib/i18n/index';
import { useBatchI18n } from './i18n';

export interface SetIndicatorsViewProps {
  indicators: SetIndicators;
  month: SetMonth;
  onMonth: (month: SetMonth) => void;
}

export function SetIndicatorsView({ indicators: s, month, onMonth }: SetIndicatorsViewProps) {
  const { t, locale } = useBatchI18n();
  const pct = (v: number | null, digits = 2) => (v === null ? '—' : `${formatNumber(v, locale, digits)}%`);
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
          <span class="label">{t('frequency')} · 50%</span>
          <strong>{pct(s.frequency, 1)}</strong>
          <small>{t('frequencyDetail', { passed: s.passed, decided: s.decided, undecided: s.undecided })}</small>
        </div>
        <div class="card" data-testid="ind-engagement">
          <span class="label">{t('engagement')} · 30%</span>
          <strong>{pct(s.engagement)}</strong>
          <small>
            {s.engagementRate === null
              ? t('noViews')
              : t('erDetail', { er: formatNumber(s.engagementRate, locale, 2) })}
          </small>
        </div>
        <div class="card" data-testid="ind-reach">
          <span class="label">{t('reach')} · 20%</span>
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
          <small>{s.total === null ? t('totalMissing') : '(0,5·F + 0,3·E + 0,2·R) · M / 100'}</small>
        </div>
      </div>
      <p class="muted small">{t('estimate')}</p>
    </section>
  );
}
