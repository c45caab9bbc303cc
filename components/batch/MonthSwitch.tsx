/**
 * The list page's month switch: the month that ended («итог») and the running one («идёт»), named by month. Which
 * one the page shows first is decided elsewhere (methodology §3.1: the ended month on the first days of a month).
 */
import type { MonthRef } from '../../lib/batch/rows';
import { formatMonth } from '../../lib/i18n/index';
import { useBatchI18n } from './i18n';

export interface MonthSwitchProps {
  previous: MonthRef;
  current: MonthRef;
  value: MonthRef;
  onChange: (month: MonthRef) => void;
}

const same = (a: MonthRef, b: MonthRef) => a.year === b.year && a.month === b.month;

export function MonthSwitch({ previous, current, value, onChange }: MonthSwitchProps) {
  const { t, locale } = useBatchI18n();
  const option = (m: MonthRef, note: string, id: string) => (
    <label class={same(m, value) ? 'seg on' : 'seg'} data-testid={`month-${id}`}>
      <input type="radio" name="month-switch" checked={same(m, value)} onChange={() => onChange(m)} />
      {formatMonth(m.year, m.month, locale)} <small>· {note}</small>
    </label>
  );
  return (
    <fieldset class="month-switch" data-testid="month-switch">
      <legend class="sr-only">{t('monthSwitch')}</legend>
      {option(previous, t('monthEnded'), 'previous')}
      {option(current, t('monthRunning'), 'current')}
    </fieldset>
  );
}
