import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDeadline,
  formatDeadlineUntil,
  formatPosts,
  formatTime,
  monthAfterDay,
  pickLocale,
  pluralRu,
} from '../../lib/i18n';

describe('i18n helpers', () => {
  it('chooses Russian plural forms', () => {
    const forms = ['пост', 'поста', 'постов'] as const;
    const cases: [number, string][] = [
      [0, 'постов'],
      [1, 'пост'],
      [2, 'поста'],
      [4, 'поста'],
      [5, 'постов'],
      [11, 'постов'],
      [12, 'постов'],
      [14, 'постов'],
      [21, 'пост'],
      [22, 'поста'],
      [101, 'пост'],
      [111, 'постов'],
    ];
    for (const [n, want] of cases) expect(pluralRu(n, forms)).toBe(want);
    expect(formatPosts(1, 'ru')).toBe('1 пост');
    expect(formatPosts(2, 'ru')).toBe('2 поста');
    expect(formatPosts(5, 'ru')).toBe('5 постов');
    expect(formatPosts(1, 'en')).toBe('1 post');
  });

  it('formats days in the given zone, not the machine one', () => {
    // 2026-11-22 21:30 UTC is already 23 November in Moscow.
    const instant = new Date('2026-11-22T21:30:00Z');
    expect(formatDay(instant, 'Europe/Moscow', 'ru')).toBe('23 ноября');
    expect(formatDay(instant, 'UTC', 'ru')).toBe('22 ноября');
    expect(formatDay(instant, 'UTC', 'en')).toBe('22 November');
    expect(formatDeadline(new Date('2026-11-28T20:59:00Z'), 'Europe/Moscow', 'ru')).toBe('суббота, 28 ноября, 23:59');
    // after «до»: the weekday in the genitive; English as is
    expect(formatDeadlineUntil(new Date('2026-11-28T20:59:00Z'), 'Europe/Moscow', 'ru')).toBe(
      'субботы, 28 ноября, 23:59',
    );
    expect(formatDeadlineUntil(new Date('2026-11-27T20:59:00Z'), 'Europe/Moscow', 'en')).toBe(
      'Friday, 27 November, 23:59',
    );
  });

  it('formats the clock time in the given zone, hours unpadded', () => {
    expect(formatTime(new Date('2026-11-28T20:59:00Z'), 'Europe/Moscow')).toBe('23:59');
    expect(formatTime(new Date('2026-11-28T06:05:00Z'), 'Europe/Moscow')).toBe('9:05');
    expect(formatTime(new Date('2026-11-28T06:05:00Z'), 'UTC')).toBe('6:05');
  });

  it('names the month after a day number: genitive in Russian', () => {
    expect(monthAfterDay(11, 'ru')).toBe('ноября');
    expect(monthAfterDay(3, 'ru')).toBe('марта');
    expect(monthAfterDay(11, 'en')).toBe('November');
  });

  it('defaults to Russian', () => {
    expect(pickLocale('ru-RU')).toBe('ru');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale(undefined)).toBe('ru');
  });
});
