/**
 * The popup's first screen: the month switch and the verdict for the month in view — the predicted score, or the
 * range it can still take with a plain «предварительно» and what is missing, or #Н/Д stated as such — and the
 * month's frequency in the one vocabulary (lib/i18n/vocabulary.ts). The breakdown and the formula are below the fold.
 */
import type { Audit } from '../lib/audit/types';
import type { MonthView } from '../lib/calendar';
import { formatMonth, formatNumber, type Locale } from '../lib/i18n/index';
import type { PopupKey } from '../lib/i18n/popup';
import { checkTone, checkWord, isExcluded, monthState } from '../lib/i18n/vocabulary';
import { useI18n } from './i18n';
import { unknownInputs } from './score-parts';

/** Brings the audience-size field of the breakdown (below the fold) into view and focuses it. */
function focusAudienceField(from: HTMLElement) {
  const input = from.ownerDocument.querySelector<HTMLInputElement>('[data-testid="audience-input"]');
  input?.scrollIntoView?.({ block: 'center' });
  input?.focus();
}

/** «Ноябрь 2026» — the month's name starting with a capital, for buttons and titles. */
export function monthTitle(year: number, month: number, locale: Locale): string {
  const text = formatMonth(year, month, locale);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface MonthSwitchProps {
  current: Audit;
  previous: Audit;
  view: MonthView;
  onView: (view: MonthView) => void;
}

/** This month and the month before, as two buttons; the pressed one is in view. */
export function MonthSwitch({ current, previous, view, onView }: MonthSwitchProps) {
  const { t, locale } = useI18n();
  const button = (which: MonthView, audit: Audit) => (
    <button
      type="button"
      data-testid={`month-view-${which}`}
      aria-pressed={view === which}
      onClick={() => onView(which)}
    >
      {t(which === 'previous' ? 'month.previous' : 'month.current', {
        month: monthTitle(audit.month.year, audit.month.month, locale).split(' ')[0] ?? '',
      })}
    </button>
  );
  return (
    <fieldset class="month-switch" aria-label={t('month.switch')} data-testid="month-switch" data-view={view}>
      {button('previous', previous)}
      {button('current', current)}
    </fieldset>
  );
}

export interface VerdictProps {
  /** The audit of the month in view. */
  audit: Audit;
  view: MonthView;
  /** The audience size can be entered (the field is in the breakdown below). */
  canSetAudience: boolean;
}

export function Verdict({ audit, view, canSetAudience }: VerdictProps) {
  const { t, locale } = useI18n();
  const fmt = (v: number) => formatNumber(v, locale, 1);
  const { year, month } = audit.month;
  const excluded = isExcluded(audit);
  const state = monthState(audit);
  const score = audit.predictedScore;
  const range = audit.predictedRange;
  const missing = unknownInputs(audit.breakdown);
  const failed = audit.month.weeks.filter((w) => w.status === 'fail');
  const name = monthTitle(year, month, locale);
  const monthName = view === 'previous' ? (locale === 'ru' ? name.toLowerCase() : name) : name;
  return (
    <section
      class={`card verdict tone-${excluded ? 'fail' : checkTone(state)}`}
      data-testid="verdict"
      data-view={view}
      data-month={`${year}-${String(month).padStart(2, '0')}`}
      data-state={state}
    >
      <h2>
        {t(view === 'previous' ? 'verdict.title.previous' : 'verdict.title.current', { month: monthName })}{' '}
        <span class="tag">{t('score.estimate')}</span>
      </h2>
      {excluded ? (
        <>
          <p class="verdict__figure">
            <strong class="verdict__nd" data-testid="verdict-nd">
              #Н/Д
            </strong>
          </p>
          <p data-testid="verdict-excluded">{t('verdict.excluded')}</p>
          <p class="muted verdict__exact">
            {t('verdict.excludedScore')}{' '}
            <span data-testid="predicted-score" data-score={score ?? ''}>
              {score === null ? '—' : fmt(score)}
            </span>
            {score === null && (
              <>
                {' '}
                <span data-testid="score-unknown">
                  {t('verdict.unknown', { inputs: missing.map((p) => t(`score.input.${p}` as PopupKey)).join(', ') })}
                </span>
              </>
            )}
          </p>
        </>
      ) : score !== null ? (
        <p class="verdict__figure">
          <strong data-testid="predicted-score" data-score={score}>
            {fmt(score)}
          </strong>{' '}
          <span class="muted">{t('verdict.of100')}</span>
        </p>
      ) : (
        <>
          <p class="verdict__figure">
            {range && (
              <strong data-testid="predicted-range" data-min={range.min} data-max={range.max}>
                {fmt(range.min)}–{fmt(range.max)}
              </strong>
            )}{' '}
            <span class="tag tag--warn" data-testid="preliminary">
              {t('verdict.preliminary')}
            </span>
          </p>
          <p class="muted verdict__exact">
            {t('verdict.exact')}{' '}
            <span data-testid="predicted-score" data-score="">
              —
            </span>{' '}
            <span data-testid="score-unknown">
              {t('verdict.unknown', { inputs: missing.map((p) => t(`score.input.${p}` as PopupKey)).join(', ') })}
            </span>
            {canSetAudience && missing.includes('reach') && (
              <>
                {' '}
                <button
                  type="button"
                  class="link"
                  data-testid="ask-audience"
                  onClick={(e) => focusAudienceField(e.currentTarget)}
                >
                  {t('verdict.setAudience')}
                </button>
              </>
            )}
          </p>
        </>
      )}
      {!excluded && (
        <p class="verdict__month" data-testid="verdict-frequency">
          {t('verdict.frequency', { word: '' })}
          <span class={`word tone-${checkTone(state)}`}>{checkWord('frequency', state, locale)}</span>
          {failed.length > 0 &&
            ` — ${t('verdict.failedWeeks', { n: failed.length, weeks: failed.map((w) => w.week).join(', ') })}`}
        </p>
      )}
      {state === 'running' && <p class="muted verdict__note">{t('verdict.forecast')}</p>}
    </section>
  );
}
