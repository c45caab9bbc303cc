/** The figures form: typed text → a validated month, or the fields that are wrong (nothing is half-saved). */
import { describe, expect, it } from 'vitest';
import { formValuesOf, parseManualForm } from '../../../lib/institutions/form';

const target = { groupKey: 'max:@a_gos', year: 2026, month: 12 };
const options = { timeZone: 'Europe/Moscow', now: new Date('2026-12-10T09:00:00Z') };
const values = (patch = {}) => ({
  subscribers: '12 500',
  weeks: ['3', '', '0', ''],
  aPlus: 'present' as const,
  posts: [
    { at: '2026-12-02T10:30', text: '  Сегодня   в школе прошёл день открытых дверей ' },
    { at: '', text: '' },
  ],
  ...patch,
});

describe('parseManualForm', () => {
  it('turns the fields into a month; the post time is wall time in the rule zone', () => {
    const parsed = parseManualForm(values(), target, options);
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...target,
        subscribers: 12_500,
        weeks: [3, null, 0, null],
        aPlus: 'present',
        posts: [{ at: '2026-12-02T07:30:00.000Z', text: 'Сегодня в школе прошёл день открытых дверей' }],
        enteredAt: '2026-12-10T09:00:00.000Z',
      },
    });
  });

  it('names every wrong field and saves nothing', () => {
    const parsed = parseManualForm(
      values({ subscribers: '-5', weeks: ['3', '2.5', 'x', ''], posts: [{ at: '2026-12-02T10:30', text: '' }] }),
      target,
      options,
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { field: 'subscribers' },
        { field: 'week', week: 2 },
        { field: 'week', week: 3 },
        { field: 'post', n: 1 },
      ],
    });
  });

  it('shows a stored month back in the form', () => {
    const parsed = parseManualForm(values(), target, options);
    if (!parsed.ok) throw new Error('invalid');
    expect(formValuesOf(parsed.value, 'Europe/Moscow')).toEqual({
      subscribers: '12500',
      weeks: ['3', '', '0', ''],
      aPlus: 'present',
      posts: [{ at: '2026-12-02T10:30', text: 'Сегодня в школе прошёл день открытых дверей' }],
      postsComplete: false,
    });
    expect(formValuesOf(null, 'Europe/Moscow')).toEqual({
      subscribers: '',
      weeks: ['', '', '', ''],
      aPlus: 'unknown',
      posts: [],
      postsComplete: false,
    });
  });

  it('keeps «все посты MAX за месяц введены» (absent in older entries = not said)', () => {
    const parsed = parseManualForm({ ...values(), postsComplete: true }, target, options);
    if (!parsed.ok) throw new Error('invalid');
    expect(parsed.value.postsComplete).toBe(true);
    expect(formValuesOf(parsed.value, 'Europe/Moscow').postsComplete).toBe(true);
    const plain = parseManualForm(values(), target, options);
    if (!plain.ok) throw new Error('invalid');
    expect('postsComplete' in plain.value).toBe(false);
  });
});
