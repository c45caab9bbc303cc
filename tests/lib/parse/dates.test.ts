import { describe, expect, it } from 'vitest';
import { zonedParts, zonedTimeToInstant } from '../../../lib/calendar';
import { normaliseLabel, parseDate, parseDateLabel, VK_DATE_FORMAT } from '../../../lib/parse/dates';

const MSK = 'Europe/Moscow';
// 2026-03-15 12:00 Moscow time = 09:00 UTC
const now = new Date('2026-03-15T09:00:00Z');
const ctx = { now, timeZone: MSK };
const parse = (label: string) => parseDateLabel(label, VK_DATE_FORMAT, ctx);

describe('parseDateLabel (VK)', () => {
  it.each([
    ['только что', '2026-03-15T09:00:00.000Z'],
    ['15 секунд назад', '2026-03-15T08:59:45.000Z'],
    ['минуту назад', '2026-03-15T08:59:00.000Z'],
    ['две минуты назад', '2026-03-15T08:58:00.000Z'],
    ['5 минут назад', '2026-03-15T08:55:00.000Z'],
    ['час назад', '2026-03-15T08:00:00.000Z'],
    ['три часа назад', '2026-03-15T06:00:00.000Z'],
    ['сегодня в 10:15', '2026-03-15T07:15:00.000Z'],
    ['Сегодня\u00a0в\u00a010:15', '2026-03-15T07:15:00.000Z'],
    ['вчера в 21:03', '2026-03-14T18:03:00.000Z'],
    ['5 мая в 9:00', '2025-05-05T06:00:00.000Z'],
    ['10 мар в 0:15', '2026-03-09T21:15:00.000Z'],
    ['10 фев 2020 в 0:15', '2020-02-09T21:15:00.000Z'],
    ['5 мая 2023', '2023-05-04T21:00:00.000Z'],
    ['5 мая 2023 в 11:00', '2023-05-05T08:00:00.000Z'],
    ['31 дек 2013', '2013-12-30T20:00:00.000Z'],
    ['1 июл в 22:53', '2025-07-01T19:53:00.000Z'],
    ['7 авг', '2025-08-06T21:00:00.000Z'],
    ['12 января 2024 в 8:05', '2024-01-12T05:05:00.000Z'],
    ['3 сент. в 10:00', '2025-09-03T07:00:00.000Z'],
    ['today at 10:15', '2026-03-15T07:15:00.000Z'],
    ['yesterday at 9:03 pm', '2026-03-14T18:03:00.000Z'],
    ['5 May at 9:00', '2025-05-05T06:00:00.000Z'],
    ['Mar 5, 2020', '2020-03-04T21:00:00.000Z'],
    ['2 hours ago', '2026-03-15T07:00:00.000Z'],
    ['an hour ago', '2026-03-15T08:00:00.000Z'],
  ])('%s → %s', (label, iso) => {
    expect(parse(label)).toBe(iso);
  });

  it('puts a yearless date in the current year up to two days ahead, else the previous year', () => {
    expect(parse('16 мар в 10:00')).toBe('2026-03-16T07:00:00.000Z');
    expect(parse('18 мар в 10:00')).toBe('2025-03-18T07:00:00.000Z');
  });

  it('infers last year for October–December labels read in January', () => {
    const jan = { now: new Date('2026-01-10T09:00:00Z'), timeZone: MSK };
    expect(parseDateLabel('25 дек в 10:00', VK_DATE_FORMAT, jan)).toBe('2025-12-25T07:00:00.000Z');
  });

  it('uses the viewer zone, not the machine zone', () => {
    const vl = { now, timeZone: 'Asia/Vladivostok' };
    expect(parseDateLabel('сегодня в 10:15', VK_DATE_FORMAT, vl)).toBe('2026-03-15T00:15:00.000Z');
  });

  it.each([
    '',
    'позавчера',
    '32 мар 2020',
    '29 фев 2023',
    '10 фев 1990',
    'сегодня в 25:00',
    'abc',
    '5 чего-то',
    '13:00',
  ])('rejects %j', (label) => {
    expect(parse(label)).toBeNull();
  });

  it('normalises labels', () => {
    expect(normaliseLabel('  5\u202fмая.  ')).toBe('5 мая');
  });
});

describe('parseDate: the short labels of 2026 and day-only labels (docs/dates.md)', () => {
  // now = 2026-03-15 12:00 Moscow (09:00Z); the day 2026-03-15 starts at 2026-03-14T21:00Z in Moscow
  const full = (label: string, c = ctx) => parseDate(label, VK_DATE_FORMAT, c);
  it.each([
    ['5 мин. назад', '2026-03-15T08:55:00.000Z'],
    ['5 мин назад', '2026-03-15T08:55:00.000Z'],
    ['1 мин. назад', '2026-03-15T08:59:00.000Z'],
    ['3 ч назад', '2026-03-15T06:00:00.000Z'],
    ['3 ч. назад', '2026-03-15T06:00:00.000Z'],
    ['23\u00a0ч назад', '2026-03-14T10:00:00.000Z'],
    ['5 минут назад', '2026-03-15T08:55:00.000Z'],
    ['сегодня в 10:15', '2026-03-15T07:15:00.000Z'],
  ])('%s gives the instant %s', (label, iso) => {
    expect(full(label)).toEqual({ publishedAt: iso, datePrecision: 'instant' });
  });

  it.each([
    ['сегодня', '2026-03-14T21:00:00.000Z'],
    ['Сегодня', '2026-03-14T21:00:00.000Z'],
    ['вчера', '2026-03-13T21:00:00.000Z'],
    ['today', '2026-03-14T21:00:00.000Z'],
    ['Yesterday', '2026-03-13T21:00:00.000Z'],
    ['2 дн. назад', '2026-03-12T21:00:00.000Z'],
    ['2 дн назад', '2026-03-12T21:00:00.000Z'],
    ['6 дней назад', '2026-03-08T21:00:00.000Z'],
    ['3 дня назад', '2026-03-11T21:00:00.000Z'],
    ['2 days ago', '2026-03-12T21:00:00.000Z'],
    ['7 авг', '2025-08-06T21:00:00.000Z'],
    ['31 дек 2013', '2013-12-30T20:00:00.000Z'],
  ])('%s gives the day only, starting at %s', (label, iso) => {
    expect(full(label)).toEqual({ publishedAt: iso, datePrecision: 'day' });
  });

  it('parseDateLabel answers the start of the day for a day-only label (unchanged contract: a string)', () => {
    expect(parse('вчера')).toBe('2026-03-13T21:00:00.000Z');
    expect(parse('5 мин. назад')).toBe('2026-03-15T08:55:00.000Z');
  });

  it('a day label is a day in the viewer zone, whatever the machine zone', () => {
    // 09:00Z on 15 March is 23:00 on 15 March in Kiritimati (UTC+14) and 02:00 on 15 March in Los Angeles (PDT)
    const kiritimati = { now, timeZone: 'Pacific/Kiritimati' };
    const la = { now, timeZone: 'America/Los_Angeles' };
    expect(full('сегодня', kiritimati)).toEqual({ publishedAt: '2026-03-14T10:00:00.000Z', datePrecision: 'day' });
    expect(full('вчера', kiritimati)).toEqual({ publishedAt: '2026-03-13T10:00:00.000Z', datePrecision: 'day' });
    expect(full('сегодня', la)).toEqual({ publishedAt: '2026-03-15T07:00:00.000Z', datePrecision: 'day' });
    // Los Angeles moved to daylight time on 8 March 2026: «7 дн. назад» is 8 March, which starts at 08:00Z (PST)
    expect(full('7 дн. назад', la)).toEqual({ publishedAt: '2026-03-08T08:00:00.000Z', datePrecision: 'day' });
  });

  it('«N дн. назад» is the day of now − N × 24 h (vk-ok-markup §15.3), even just after midnight', () => {
    const justAfterMidnight = { now: new Date('2026-03-14T21:05:00Z'), timeZone: MSK }; // 00:05 on 15 March
    expect(full('1 дн. назад', justAfterMidnight)?.publishedAt).toBe('2026-03-13T21:00:00.000Z');
    expect(full('0 дн. назад', justAfterMidnight)?.publishedAt).toBe('2026-03-14T21:00:00.000Z');
  });

  it.each(['дн. назад', '2 ч', 'мин. назад назад', '5 мин. тому', 'позавчера', '100000 дн. назад', 'сегодня сегодня'])(
    'rejects %j',
    (label) => {
      expect(full(label)).toBeNull();
    },
  );
});

describe('zoned time', () => {
  it('round-trips through a DST change', () => {
    const ny = 'America/New_York';
    const ms = zonedTimeToInstant({ year: 2025, month: 3, day: 9, hour: 3, minute: 30 }, ny).getTime();
    expect(new Date(ms).toISOString()).toBe('2025-03-09T07:30:00.000Z');
    expect(zonedParts(new Date(ms), ny)).toMatchObject({ year: 2025, month: 3, day: 9, hour: 3, minute: 30 });
  });
});

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('parseDateLabel property test (fixed seed)', () => {
  const words = [
    'сегодня',
    'вчера',
    'в',
    '10:15',
    '5',
    '31',
    'мая',
    'фев',
    '2020',
    'назад',
    'минут',
    'час',
    'только',
    'что',
    '99:99',
    ' ',
    '\u00a0',
    'at',
    'today',
    'May',
    ',',
    '.',
  ];
  it('never throws and never answers a future or absurd instant', () => {
    const r = rng(1234);
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(r() * 6);
      const parts: string[] = [];
      for (let j = 0; j < n; j++) parts.push(words[Math.floor(r() * words.length)] ?? '');
      const iso = parse(parts.join(' '));
      if (iso !== null) {
        const t = Date.parse(iso);
        expect(t).toBeLessThanOrEqual(now.getTime() + 2 * 86_400_000 + 86_400_000);
        expect(t).toBeGreaterThanOrEqual(Date.parse('2000-01-01T00:00:00Z') - 86_400_000);
      }
    }
  });

  it('reads back every generated Russian absolute label', () => {
    const months = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
    const r = rng(99);
    for (let i = 0; i < 500; i++) {
      const year = 2015 + Math.floor(r() * 10);
      const month = 1 + Math.floor(r() * 12);
      const day = 1 + Math.floor(r() * 28);
      const hour = Math.floor(r() * 24);
      const minute = Math.floor(r() * 60);
      const label = `${day} ${months[month - 1]} ${year} в ${hour}:${String(minute).padStart(2, '0')}`;
      const expected = new Date(zonedTimeToInstant({ year, month, day, hour, minute }, MSK).getTime()).toISOString();
      expect(parse(label)).toBe(expected);
    }
  });
});

describe('parseDateLabel memo (one wall repeats its labels)', () => {
  it('answers each (label, now, zone) on its own: a repeated label follows a new read instant or zone', () => {
    const a = { now: new Date('2026-03-15T09:00:00Z'), timeZone: 'Europe/Moscow' };
    const b = { now: new Date('2026-03-16T09:00:00Z'), timeZone: 'Europe/Moscow' };
    const c = { now: a.now, timeZone: 'Asia/Vladivostok' };
    const first = parseDateLabel('вчера в 12:30', VK_DATE_FORMAT, a);
    expect(first).toBe('2026-03-14T09:30:00.000Z');
    expect(parseDateLabel('вчера в 12:30', VK_DATE_FORMAT, a)).toBe(first);
    expect(parseDateLabel('вчера в 12:30', VK_DATE_FORMAT, b)).toBe('2026-03-15T09:30:00.000Z');
    expect(parseDateLabel('вчера в 12:30', VK_DATE_FORMAT, c)).toBe('2026-03-14T02:30:00.000Z');
    expect(parseDateLabel('вчера в 12:30', VK_DATE_FORMAT, { ...a, timeZone: 'Not/AZone' })).toBeNull();
  });
});
