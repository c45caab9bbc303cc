import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { computeSetIndicators } from '../../../lib/export/derive';
import type { ReportMeta } from '../../../lib/export/types';
import { buildXlsx, flattenRules, ruleRows, sheetName, TONE_FILL } from '../../../lib/export/xlsx';
import { type Expected, expectedCells, HEADERS_RU } from './expected';
import { makeList, makeRow } from './factory';

const meta = (listName: string): ReportMeta => ({
  listName,
  organisation: 'Минобр <Челябинской> области',
  period: { year: 2026, month: 11 },
  generatedAt: '2026-11-26T08:02:00Z',
  timeZone: 'Europe/Moscow',
});

async function readBack(blob: Blob): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await blob.arrayBuffer());
  return wb;
}

function compare(cell: ExcelJS.Cell, want: Expected, where: string) {
  const v = cell.value;
  if (want === null) {
    expect(v === null || v === undefined || v === '', `${where}: ${String(v)}`).toBe(true);
  } else if (typeof want === 'number') {
    expect(typeof v, where).toBe('number');
    expect(v, where).toBeCloseTo(want, 9);
  } else if (typeof want === 'string') {
    expect(typeof v, where).toBe('string');
    expect(v, where).toBe(want);
  } else if ('wall' in want) {
    expect(v, where).toBeInstanceOf(Date);
    expect((v as Date).toISOString().slice(0, 16), where).toBe(want.wall);
    expect(cell.numFmt, where).toBe('dd.mm.yyyy hh:mm');
  } else {
    const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');
    expect(v, where).toBe(`предварительно: от ${one(want.range[0])} до ${one(want.range[1])}`);
  }
}

describe('XLSX export', () => {
  it('writes every cell of every group with the right type, read back by exceljs', async () => {
    const rows = makeList(40);
    const lists = [
      { meta: meta('Школы'), rows, indicators: computeSetIndicators(rows) },
      { meta: meta('Школы'), rows: rows.slice(0, 3), indicators: computeSetIndicators(rows.slice(0, 3)) },
    ];
    const wb = await readBack(
      await buildXlsx(lists, { rules: { version: 1, timeZone: 'Europe/Moscow', weights: { frequency: 0.5 } } }),
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Сводка', 'Школы', 'Школы (2)']);
    for (const [index, list] of lists.entries()) {
      const ws = wb.worksheets[index + 1];
      if (!ws) throw new Error('sheet missing');
      expect(ws.rowCount).toBe(list.rows.length + 1);
      const header = ws.getRow(1);
      HEADERS_RU.forEach((h, i) => {
        expect(header.getCell(i + 1).value).toBe(h);
      });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(30);
      list.rows.forEach((row, r) => {
        const want = expectedCells(row);
        const got = ws.getRow(r + 2);
        want.forEach((w, c) => {
          compare(got.getCell(c + 1), w, `sheet ${index + 1} row ${r + 2} col ${HEADERS_RU[c]}`);
        });
      });
    }
  });

  it('keeps hostile names as text, never formulas', async () => {
    const rows = makeList(5);
    const wb = await readBack(await buildXlsx([{ meta: meta('x'), rows, indicators: computeSetIndicators(rows) }]));
    const ws = wb.getWorksheet('x');
    const names = [1, 2, 3, 4, 5].map((r) => ws?.getRow(r + 1).getCell(1));
    expect(names.map((c) => c?.type)).toEqual(Array(5).fill(ExcelJS.ValueType.String));
    expect(names.map((c) => c?.value)).toEqual([
      '=HYPERLINK("http://evil","x")',
      '+79991234567',
      '-1',
      '@SUM(A1:A2)',
      '<script>alert(1)</script>',
    ]);
  });

  it('formats percents, colours pass/fail cells', async () => {
    const rows = [
      makeRow({
        rate: 3.5,
        achievement: 100,
        weeks: [
          [3, 'pass'],
          [1, 'fail'],
          [0, 'pending'],
          [0, 'pending'],
        ],
      }),
    ];
    const wb = await readBack(await buildXlsx([{ meta: meta('Л'), rows, indicators: computeSetIndicators(rows) }]));
    const r = wb.getWorksheet('Л')?.getRow(2);
    const fill = (col: number) => {
      const f = r?.getCell(col).fill;
      return f && f.type === 'pattern' ? f.fgColor?.argb?.slice(-6) : undefined;
    };
    // Week counts (columns 10, 12, 14, 16) and their words (11, 13, 15, 17) in the vocabulary's fills.
    expect(r?.getCell(19).numFmt).toBe('0.00');
    expect(fill(10)).toBe(TONE_FILL.pass.slice(1));
    expect(fill(11)).toBe(TONE_FILL.pass.slice(1));
    expect(fill(12)).toBe(TONE_FILL.fail.slice(1));
    expect(fill(14)).toBe(TONE_FILL.warn.slice(1));
    expect(r?.getCell(15).value).toBe('идёт');
    expect(fill(16)).toBe(TONE_FILL.neutral.slice(1));
    expect(r?.getCell(17).value).toBe('впереди');
    expect(fill(19)).toBe(TONE_FILL.pass.slice(1));
  });

  it('summary sheet holds the indicators and the rule set', async () => {
    const rows = makeList(12);
    const ind = computeSetIndicators(rows);
    const wb = await readBack(
      await buildXlsx([{ meta: meta('Школы'), rows, indicators: ind }], {
        rules: { version: 1, minPostsPerWeek: 3, weights: { frequency: 0.5, engagement: 0.3 }, adsCount: false },
      }),
    );
    const ws = wb.getWorksheet('Сводка');
    if (!ws) throw new Error('no summary');
    const byLabel = new Map<string, unknown>();
    ws.eachRow((row) => {
      byLabel.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(byLabel.get('Список')).toBe('Школы');
    expect(byLabel.get('Организация')).toBe('Минобр <Челябинской> области');
    expect(byLabel.get('Период')).toBe('ноябрь 2026');
    expect(byLabel.get('Групп в списке')).toBe(12);
    expect(byLabel.get('Проверено')).toBe(ind.audited);
    // Hand computation over makeList(12): group 10 unreadable; groups 1, 5, 8 failed their month (decided), the
    // other 8 have weeks running (undecided, not counted as failed); groups 2 and 9 have no audience size.
    expect(byLabel.get('Проверено')).toBe(11);
    expect(byLabel.get('Месяц решён, групп')).toBe(3);
    expect(byLabel.get('Выполнили частотность, групп')).toBe(0);
    expect(byLabel.get('Не решено (неделя идёт или не прочитана), групп')).toBe(8);
    expect(byLabel.get('Частотность, %')).toBe(0);
    const withAudience = [0, 1, 3, 4, 5, 6, 7, 8, 11];
    const members = withAudience.reduce((s, i) => s + (i === 3 ? 12_500 + i : 300 + i * 17), 0);
    const audience = withAudience.reduce((s, i) => s + 1000 + i, 0);
    expect(byLabel.get('Групп с указанной аудиторией')).toBe(9);
    expect(members / audience).toBeGreaterThan(1); // group 3's 12 503 members: the pooled reach is capped
    expect(byLabel.get('Охват, %')).toBe(100);
    // Items: groups 4 and 11 have no cover, the others all four → 42 of 44.
    expect(byLabel.get('Минимальные требования, %')).toBeCloseTo((42 / 44) * 100, 9);
    // The rule set in words; a field the product has no label for (here `adsCount`) is left out, never shown raw.
    expect(byLabel.get('Вес частотности')).toBe(0.5);
    expect(byLabel.get('Норма постов в неделю')).toBe(3);
    expect(byLabel.has('adsCount')).toBe(false);
    expect(byLabel.has('weights.frequency')).toBe(false);
    expect((byLabel.get('Дата выгрузки') as Date).toISOString().slice(0, 16)).toBe('2026-11-26T11:02');
  });

  it('every field of the default rule set has a label and a value in words (ru and en)', () => {
    const at = new Date('2026-11-26T08:02:00Z');
    const fields = flattenRules(DEFAULT_RULES).map(([path]) => path);
    for (const locale of ['ru', 'en'] as const) {
      const rows = ruleRows(DEFAULT_RULES, locale, at);
      expect(rows.map(([label]) => label).length, locale).toBe(fields.length);
      for (const [label, value] of rows) {
        expect(label, locale).not.toMatch(/^[a-zA-Z.]+$/);
        if (typeof value !== 'string') continue;
        expect(value, `${locale}: ${label}`).not.toMatch(/[<>=/]/);
        if (locale === 'ru') expect(value.replace(/UTC/g, ''), label).not.toMatch(/[a-z]/i);
      }
    }
    expect(ruleRows(DEFAULT_RULES, 'ru', at)).toContainEqual(['Набор правил', 'федеральный']);
    expect(ruleRows(DEFAULT_RULES, 'ru', at)).toContainEqual([
      'Минимальные требования',
      'обложка, аватар, описание, виджеты ПОС',
    ]);
  });

  it('makes valid unique sheet names', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c?*[d]', taken)).toBe('a b c   d');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    const again = sheetName('x'.repeat(40), taken);
    expect(again).toHaveLength(31);
    expect(again.endsWith(' (2)')).toBe(true);
    expect(sheetName('', taken)).toBe('Список');
  });
});
