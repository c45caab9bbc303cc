import { describe, expect, it } from 'vitest';
import { parseDate, parseDateLabel } from '../../../../lib/parse/dates';
import { OK_DATE_FORMAT } from '../../../../lib/sites/ok/dates';

// 20 November 2026, 12:00 in Moscow (UTC+3, no DST)
const moscow = { now: new Date('2026-11-20T09:00:00Z'), timeZone: 'Europe/Moscow' };
const parse = (label: string, ctx = moscow) => parseDateLabel(label, OK_DATE_FORMAT, ctx);

describe('OK date labels (shared parser, OK format table)', () => {
  it.each([
    ['10:15', '2026-11-20T07:15:00.000Z'],
    ['9:05', '2026-11-20T06:05:00.000Z'],
    ['сегодня 10:15', '2026-11-20T07:15:00.000Z'],
    ['Сегодня в 10:15', '2026-11-20T07:15:00.000Z'],
    ['вчера 12:30', '2026-11-19T09:30:00.000Z'],
    ['вчера\u00a0в\u00a021:03', '2026-11-19T18:03:00.000Z'],
    ['5 ноя 14:20', '2026-11-05T11:20:00.000Z'],
    ['5 ноя. 14:20', '2026-11-05T11:20:00.000Z'],
    ['10 ноября 18:00', '2026-11-10T15:00:00.000Z'],
    ['3 мая 9:00', '2026-05-03T06:00:00.000Z'],
    ['3 мар 9:00', '2026-03-03T06:00:00.000Z'],
    ['5 ноя 2024', '2024-11-04T21:00:00.000Z'],
    ['5 ноября 2024 в 14:20', '2024-11-05T11:20:00.000Z'],
    ['3 ноя', '2026-11-02T21:00:00.000Z'],
    ['только что', '2026-11-20T09:00:00.000Z'],
    ['5 минут назад', '2026-11-20T08:55:00.000Z'],
    ['час назад', '2026-11-20T08:00:00.000Z'],
    ['today 10:15', '2026-11-20T07:15:00.000Z'],
    ['yesterday 12:30', '2026-11-19T09:30:00.000Z'],
    ['5 Nov 2024', '2024-11-04T21:00:00.000Z'],
  ])('%s → %s', (label, iso) => {
    expect(parse(label)).toBe(iso);
  });

  it.each([
    ['добавлена 5 ноя 14:20', '2026-11-05T11:20:00.000Z', 'instant'],
    ['добавлена сегодня 10:15', '2026-11-20T07:15:00.000Z', 'instant'],
    ['добавлена 10:15', '2026-11-20T07:15:00.000Z', 'instant'],
    ['5 мин. назад', '2026-11-20T08:55:00.000Z', 'instant'],
    ['3 ч назад', '2026-11-20T06:00:00.000Z', 'instant'],
    ['вчера', '2026-11-18T21:00:00.000Z', 'day'],
    ['добавлена вчера', '2026-11-18T21:00:00.000Z', 'day'],
    ['Добавлена сегодня', '2026-11-19T21:00:00.000Z', 'day'],
    ['2 дн. назад', '2026-11-17T21:00:00.000Z', 'day'],
    ['добавлена 5 ноя 2024', '2024-11-04T21:00:00.000Z', 'day'],
  ])('%s → %s (%s)', (label, iso, precision) => {
    expect(parseDate(label, OK_DATE_FORMAT, moscow)).toEqual({ publishedAt: iso, datePrecision: precision });
  });

  it('reads a yearless late-December label in January as last year', () => {
    const january = { now: new Date('2027-01-10T09:00:00Z'), timeZone: 'Europe/Moscow' };
    expect(parse('28 дек 15:00', january)).toBe('2026-12-28T12:00:00.000Z');
    expect(parse('5 янв 15:00', january)).toBe('2027-01-05T12:00:00.000Z');
  });

  it('follows the viewer zone, not the machine zone', () => {
    const vladivostok = { now: new Date('2026-11-20T09:00:00Z'), timeZone: 'Asia/Vladivostok' };
    expect(parse('10:15', vladivostok)).toBe('2026-11-20T00:15:00.000Z');
    expect(parse('вчера 23:50', vladivostok)).toBe('2026-11-19T13:50:00.000Z');
  });

  it.each([
    '',
    '25:00',
    '31 фев 10:00',
    '5 абв 10:00',
    'добавлена',
    'позавчера 10:00',
    '12 345 участников',
    '1 ноя 1999',
  ])('rejects %j', (label) => {
    expect(parse(label)).toBeNull();
  });
});
