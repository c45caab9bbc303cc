import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsv, neutraliseFormula } from '../../../lib/export/csv';
import { type Expected, expectedCells, HEADERS_RU } from './expected';
import { makeList, makeRow } from './factory';

function parse(text: string, delimiter: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What a CSV field must read for an expected cell: text neutralised, numbers with the separator's decimal mark. */
function csvText(want: Expected, decimal: ',' | '.', column: number): string {
  if (want === null) return '';
  if (typeof want === 'number') {
    // Percent columns (ER, achievement, reach) with 2 decimals, the score with 1, counts as integers.
    const digits = column >= 18 && column <= 20 ? 2 : column === 22 ? 1 : 0;
    return want.toFixed(digits).replace('.', decimal);
  }
  if (typeof want === 'string') return /^[=+\-@\t\r]/.test(want) ? `'${want}` : want;
  if ('wall' in want) {
    const [date, time] = want.wall.split('T');
    const [y, m, d] = (date ?? '').split('-');
    return `${d}.${m}.${y} ${time}`;
  }
  const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');
  return `предварительно: от ${one(want.range[0])} до ${one(want.range[1])}`;
}

describe('CSV export', () => {
  it('is UTF-8 with BOM, `;`, CRLF, and every cell matches the audit', () => {
    const rows = makeList(40);
    const text = buildCsv(rows, { timeZone: 'Europe/Moscow' });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const data = parse(text.slice(1), ';');
    expect(data[0]).toEqual(HEADERS_RU);
    expect(data).toHaveLength(rows.length + 1);
    rows.forEach((row, r) => {
      const want = expectedCells(row).map((w, c) => csvText(w, ',', c));
      expect(data[r + 1], `row ${r + 1}`).toEqual(want);
    });
  });

  it('RKN: «не видно» when neither a link nor «А+» is seen, «нет» only for a proven failure', () => {
    const unseen = makeRow({ members: 15_000, checks: { 'rkn-registration': ['unknown', 'registration-not-seen'] } });
    const fail = makeRow({ members: 15_000, checks: { 'rkn-registration': ['fail', 'not-registered'] } });
    const data = parse(buildCsv([unseen, fail], { timeZone: 'Europe/Moscow' }).slice(1), ';');
    const col = HEADERS_RU.indexOf('Регистрация РКН');
    expect(data[1]?.[col]).toBe('не видно (нет ссылки и «А+»)');
    expect(data[2]?.[col]).toBe('нет');
    expect(data[1]).toEqual(expectedCells(unseen).map((w, c) => csvText(w, ',', c)));
  });

  it('uses `,` and a decimal point on request', () => {
    const rows = [makeRow({ name: 'Школа, «Лицей» "№1"', rate: 2.5, achievement: 83.33 })];
    const text = buildCsv(rows, { timeZone: 'Europe/Moscow', separator: ',' });
    expect(text).toContain('"Школа, «Лицей» ""№1"""');
    const data = parse(text.slice(1), ',');
    expect(data[1]?.[0]).toBe('Школа, «Лицей» "№1"');
    expect(data[1]?.[18]).toBe('2.50');
    expect(data[1]?.[19]).toBe('83.33');
  });

  it('neutralises formula injection: the hostile names come back as text', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+79991234567', '-1', '@SUM(A1:A2)', '\tTAB', '\rCR=1'];
    const rows = hostile.map((name, i) => makeRow({ name, url: `https://vk.com/club${i}` }));
    for (const separator of [';', ','] as const) {
      const data = parse(buildCsv(rows, { timeZone: 'Europe/Moscow', separator, bom: false }), separator);
      hostile.forEach((name, i) => {
        const cell = data[i + 1]?.[0] ?? '';
        expect(cell).toBe(`'${name}`);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      });
    }
    expect(neutraliseFormula('Школа №1')).toBe('Школа №1');
    expect(neutraliseFormula('')).toBe('');
  });

  it('writes the check time in the rule zone, not the machine zone', () => {
    const rows = [makeRow({ checkedAt: '2026-11-26T21:30:00Z' })];
    const moscow = parse(buildCsv(rows, { timeZone: 'Europe/Moscow' }).slice(1), ';');
    const yekat = parse(buildCsv(rows, { timeZone: 'Asia/Yekaterinburg' }).slice(1), ';');
    expect(moscow[1]?.[24]).toBe('27.11.2026 00:30');
    expect(yekat[1]?.[24]).toBe('27.11.2026 02:30');
  });
});
