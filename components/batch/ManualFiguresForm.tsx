/**
 * Figures of a MAX or Telegram page entered by hand, per month: subscribers, posts in each evaluation week, the
 * «А+» mark, and optionally the MAX posts (time, first words) for the «сначала в MAX» check. A wrong value is named
 * and nothing is saved until it is fixed; every value typed stays in the form.
 */
import { useMemo, useState } from 'preact/hooks';
import { WEEK_NUMBERS } from '../../lib/calendar';
import { weekDays } from '../../lib/export/deadline';
import { createT, formatDay, formatMonth } from '../../lib/i18n/index';
import { manualFormDicts } from '../../lib/i18n/manual-form';
import {
  formValuesOf,
  type ManualFormError,
  type ManualFormValues,
  parseManualForm,
} from '../../lib/institutions/form';
import type { ManualMonth } from '../../lib/institutions/types';
import type { Platform, Presence } from '../../lib/types';
import { useBatchI18n } from './i18n';

export interface ManualFiguresFormProps {
  groupKey: string;
  site: Platform;
  /** Every month entered for the page. */
  months: readonly ManualMonth[];
  /** The month shown first (the current one in the rule zone). */
  initial: { year: number; month: number };
  timeZone: string;
  now: () => Date;
  /** Stores the month; resolves false when it could not be stored. */
  onSave: (month: ManualMonth) => Promise<boolean>;
}

const shift = (m: { year: number; month: number }, delta: number) => {
  const index = m.year * 12 + m.month - 1 + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

export function ManualFiguresForm(props: ManualFiguresFormProps) {
  const { locale, t: tb } = useBatchI18n();
  const t = useMemo(() => createT(manualFormDicts, locale), [locale]);
  const [target, setTarget] = useState(props.initial);
  const storedFor = (m: { year: number; month: number }) =>
    props.months.find((e) => e.groupKey === props.groupKey && e.year === m.year && e.month === m.month) ?? null;
  const stored = storedFor(target);
  const [values, setValues] = useState<ManualFormValues>(() => formValuesOf(stored, props.timeZone));
  const [errors, setErrors] = useState<ManualFormError[]>([]);
  const [status, setStatus] = useState('');
  /** Another month: its stored values (the page's form is keyed by the page, so another page starts afresh). */
  const go = (delta: number) => {
    const next = shift(target, delta);
    setTarget(next);
    setValues(formValuesOf(storedFor(next), props.timeZone));
    setErrors([]);
    setStatus('');
  };

  const set = (patch: Partial<ManualFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const has = (e: ManualFormError) =>
    errors.some((x) => JSON.stringify(x) === JSON.stringify(e)) ? { 'aria-invalid': true } : {};
  const message = (e: ManualFormError) =>
    e.field === 'subscribers'
      ? t('badNumber', { field: t('subscribers') })
      : e.field === 'week'
        ? t('badNumber', { field: t('week', { n: e.week, days: weekDays(target.month, e.week as 1, locale) }) })
        : t('badPost', { n: e.n });

  const save = async () => {
    const parsed = parseManualForm(
      values,
      { groupKey: props.groupKey, ...target },
      {
        timeZone: props.timeZone,
        now: props.now(),
      },
    );
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setStatus('');
      return;
    }
    setErrors([]);
    setStatus((await props.onSave(parsed.value)) ? t('saved') : t('saveError'));
  };

  return (
    <section class="manual-figures" data-testid="manual-figures">
      <h4>{t('formTitle', { site: tb(`site.${props.site}`) })}</h4>
      <p class="muted small">{t('formHint')}</p>
      <div class="row">
        <button type="button" aria-label={t('prevMonth')} onClick={() => go(-1)}>
          ‹
        </button>
        <strong data-testid="manual-month">{formatMonth(target.year, target.month, locale)}</strong>
        <button type="button" aria-label={t('nextMonth')} onClick={() => go(1)}>
          ›
        </button>
      </div>
      <p class="muted small" data-testid="manual-entered">
        {stored === null
          ? t('notEntered')
          : t('enteredOn', { date: formatDay(new Date(stored.enteredAt), props.timeZone, locale, true) })}
      </p>
      <label class="small">
        {t('subscribers')}{' '}
        <input
          inputMode="numeric"
          data-testid="manual-subscribers"
          value={values.subscribers}
          {...has({ field: 'subscribers' })}
          onInput={(e) => set({ subscribers: e.currentTarget.value })}
        />
      </label>
      {WEEK_NUMBERS.map((week, i) => (
        <label class="small" key={week}>
          {t('week', { n: week, days: weekDays(target.month, week, locale) })}{' '}
          <input
            inputMode="numeric"
            size={4}
            data-testid={`manual-week-${week}`}
            value={values.weeks[i] ?? ''}
            {...has({ field: 'week', week })}
            onInput={(e) => {
              const weeks = [...values.weeks];
              weeks[i] = e.currentTarget.value;
              set({ weeks });
            }}
          />{' '}
          {t('weekPosts')}
        </label>
      ))}
      <label class="small">
        {t('aPlus')}{' '}
        <select
          data-testid="manual-aplus"
          value={values.aPlus}
          onChange={(e) => set({ aPlus: e.currentTarget.value as Presence })}
        >
          {(['unknown', 'present', 'missing'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`aPlus.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {props.site === 'max' && (
        <fieldset class="manual-posts">
          <legend class="small">{t('posts')}</legend>
          {values.posts.map((p, i) => (
            <div class="row" key={i}>
              <input
                type="datetime-local"
                aria-label={t('postAt')}
                value={p.at}
                {...has({ field: 'post', n: i + 1 })}
                onInput={(e) => {
                  const posts = [...values.posts];
                  posts[i] = { ...p, at: e.currentTarget.value };
                  set({ posts });
                }}
              />
              <input
                aria-label={t('postText')}
                placeholder={t('postText')}
                value={p.text}
                onInput={(e) => {
                  const posts = [...values.posts];
                  posts[i] = { ...p, text: e.currentTarget.value };
                  set({ posts });
                }}
              />
              <button type="button" class="link" onClick={() => set({ posts: values.posts.filter((_, j) => j !== i) })}>
                {t('removePost')}
              </button>
            </div>
          ))}
          <button type="button" class="link" onClick={() => set({ posts: [...values.posts, { at: '', text: '' }] })}>
            {t('addPost')}
          </button>
          <label class="small">
            <input
              type="checkbox"
              data-testid="manual-posts-complete"
              checked={values.postsComplete === true}
              onChange={(e) => set({ postsComplete: e.currentTarget.checked })}
            />{' '}
            {t('postsComplete')}
          </label>
        </fieldset>
      )}
      {errors.length > 0 && (
        <ul class="error" role="alert" data-testid="manual-errors">
          {errors.map((e) => (
            <li key={JSON.stringify(e)}>{message(e)}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" data-testid="manual-save" onClick={() => void save()}>
          {t('save')}
        </button>
        {status !== '' && (
          <span role="status" data-testid="manual-status">
            {status}
          </span>
        )}
      </div>
    </section>
  );
}
