/**
 * «Сначала в MAX» in words (lib/i18n/max-first.ts): the posts a week's problem lists, with their days in the rule
 * zone, and the count of those left unlisted in correct plural forms.
 */
import { describe, expect, it } from 'vitest';
import { maxFirstProblem } from '../../../lib/i18n/max-first';
import type { MaxFirstProblem, MaxFirstWeek } from '../../../lib/institutions/max-first';

const problem = (at: string, day = false, maxAt: string | null = null): MaxFirstProblem => ({
  key: 'vk:1',
  site: 'vk',
  at,
  day,
  text: 'Уважаемые жители! Приглашаем на ярмарку выходного дня на площади',
  maxAt,
});

const week = (problems: MaxFirstProblem[]): MaxFirstWeek => ({
  week: 3,
  start: '2026-12-14T19:00:00.000Z',
  end: '2026-12-21T18:59:59.999Z',
  status: 'fail',
  current: false,
  reason: 'posts-not-in-max',
  checked: problems.length,
  first: 0,
  late: 0,
  missing: problems.length,
  unclear: 0,
  noText: 0,
  problems,
});

describe('maxFirstProblem', () => {
  it('names a day-only post by its day in the rule zone, whatever zone the page was read in', () => {
    // «16 декабря» read in Vladivostok (UTC+10): its day starts at 14:00 UTC of the 15th, 19:00 of the 15th in
    // Yekaterinburg (UTC+5) — the rule zone's day that holds most of it is the 16th.
    const text = maxFirstProblem(week([problem('2026-12-15T14:00:00.000Z', true)]), 'ru', 'Asia/Yekaterinburg');
    expect(text).toBe(
      'Неделя 3: посты вышли не сначала в MAX: «Уважаемые жители! Приглашаем на ярмарку выходного…», 16 декабря — нет в MAX.',
    );
  });

  it('gives a post with its time and the later MAX post, and counts the posts not listed', () => {
    const late = problem('2026-12-16T05:30:00.000Z', false, '2026-12-16T07:00:00.000Z');
    const list = (n: number) => week(Array.from({ length: n }, () => late));
    expect(maxFirstProblem(list(1), 'ru', 'Asia/Yekaterinburg')).toContain(
      '16 декабря 10:30 — в MAX позже (16 декабря 12:00)',
    );
    expect(maxFirstProblem(list(6), 'ru', 'Asia/Yekaterinburg')).toMatch(/; и ещё 1 пост\.$/);
    expect(maxFirstProblem(list(7), 'ru', 'Asia/Yekaterinburg')).toMatch(/; и ещё 2 поста\.$/);
    expect(maxFirstProblem(list(10), 'ru', 'Asia/Yekaterinburg')).toMatch(/; и ещё 5 постов\.$/);
    expect(maxFirstProblem(list(6), 'en', 'Asia/Yekaterinburg')).toMatch(/; and 1 post more\.$/);
    expect(maxFirstProblem(list(7), 'en', 'Asia/Yekaterinburg')).toMatch(/; and 2 posts more\.$/);
  });
});
