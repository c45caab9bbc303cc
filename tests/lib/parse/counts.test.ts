import { describe, expect, it } from 'vitest';
import { parseCount, parseCountRange } from '../../../lib/parse/counts';

describe('parseCountRange', () => {
  it.each([
    ['12 345', 12345],
    ['12\u00a0345', 12345],
    ['12\u202f345 подписчиков', 12345],
    ['1\u2009234\u2009567', 1234567],
    ['900 просмотров', 900],
    ['1 подписчик', 1],
    ['0', 0],
    ['1,234 views', 1234],
    ['2 комментария', 2],
  ])('reads %j exactly', (text, value) => {
    expect(parseCountRange(text)).toEqual({ value, min: value, max: value, exact: true });
  });

  it.each([
    ['1,2K', 1200, 1150, 1299],
    ['1.2K', 1200, 1150, 1299],
    ['12,3K', 12300, 12250, 12399],
    ['12K', 12000, 11500, 12999],
    ['12 тыс.', 12000, 11500, 12999],
    ['1,2 тыс', 1200, 1150, 1299],
    ['3,4 млн', 3400000, 3350000, 3499999],
    ['3,4М', 3400000, 3350000, 3499999],
    ['12К подписчиков', 12000, 11500, 12999],
    ['1.2M', 1200000, 1150000, 1299999],
  ])('keeps the precision of %j', (text, value, min, max) => {
    expect(parseCountRange(text)).toEqual({ value, min, max, exact: false });
  });

  it.each(['', '   ', 'нет', 'Нравится', '—'])('returns null for %j', (text) => {
    expect(parseCountRange(text)).toBeNull();
  });

  it('does not read a minute word as a million', () => {
    expect(parseCountRange('5 минут назад')).toEqual({ value: 5, min: 5, max: 5, exact: true });
  });

  it('decides a threshold only when the bound is certain', () => {
    const r = parseCountRange('10K');
    expect(r && r.min < 10000 && r.max >= 10000).toBe(true);
    const s = parseCountRange('12,3K');
    expect(s && s.min >= 10000).toBe(true);
  });

  it('parseCount gives the shown value', () => {
    expect(parseCount('1,2K')).toBe(1200);
    expect(parseCount(null)).toBeNull();
  });
});

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('parseCountRange property test (fixed seed)', () => {
  const alphabet = ['1', '2', '0', '9', ',', '.', ' ', '\u00a0', 'K', 'к', 'М', 'тыс', 'млн', 'a', '-', 'e', '+'];
  it('never throws and always gives plausible bounds', () => {
    const r = rng(42);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const len = Math.floor(r() * 12);
      for (let j = 0; j < len; j++) text += alphabet[Math.floor(r() * alphabet.length)] ?? '';
      const res = parseCountRange(text);
      if (res) {
        expect(Number.isFinite(res.value)).toBe(true);
        expect(res.min).toBeLessThanOrEqual(res.value);
        expect(res.max).toBeGreaterThanOrEqual(res.value);
        expect(res.min).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('round-trips every formatted integer', () => {
    const r = rng(7);
    for (let i = 0; i < 1000; i++) {
      const n = Math.floor(r() * 10 ** Math.floor(r() * 9));
      const sep = ['\u00a0', ' ', '\u202f'][i % 3] ?? ' ';
      const text = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      expect(parseCount(text)).toBe(n);
    }
  });
});
