/**
 * Institutions in the exports (issue 19): the «Учреждения» sheet, the «Учреждение» column, MAX figures labelled
 * «введено вручную», one message per institution, escaped names in the printable report; MAX rows change none of the
 * set's F/E/R/M. Expected values written before the code.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { buildCsv } from '../../../lib/export/csv';
import { computeSetIndicators } from '../../../lib/export/derive';
import { rowFromRecords } from '../../../lib/export/from-history';
import { adminMessages, allMessagesText } from '../../../lib/export/message';
import { buildReportHtml } from '../../../lib/export/report-html';
import type { ReportMeta, ReportRow } from '../../../lib/export/types';
import { buildXlsx } from '../../../lib/export/xlsx';
import type { GroupRecord } from '../../../lib/ext/history';
import { manualRecordOf } from '../../../lib/institutions/manual';
import { makeRow } from './factory';

const NOW = new Date('2026-12-20T09:00:00Z');
const meta: ReportMeta = {
  listName: 'Школы',
  period: { year: 2026, month: 12 },
  generatedAt: NOW.toISOString(),
  timeZone: 'Europe/Moscow',
};
const SCHOOL = { id: 'i1', name: 'Школа <№5>' };

function maxGroup(key: string, name: string): GroupRecord {
  return {
    key,
    site: 'max',
    url: `https://max.ru/${key.slice(5)}`,
    name,
    id: null,
    screenName: key.slice(5),
    audienceSize: null,
    category: null,
    addedAt: '2026-12-01T00:00:00Z',
    institutionId: 'i1',
  };
}

function rows(): ReportRow[] {
  const vk: ReportRow = {
    ...makeRow({
      name: 'Школа <№5>',
      url: 'https://vk.com/school5',
      month: { year: 2026, month: 12 },
      weeks: [
        [3, 'pass'],
        [3, 'pass'],
        [1, 'pending'],
        [0, 'pending'],
      ],
      checks: { cover: 'fail', frequency: ['unknown', 'in-progress'] },
    }),
  };
  vk.group.institution = SCHOOL;
  const group = maxGroup('max:@s5_gos', 'Школа <№5>');
  const record = manualRecordOf(
    group,
    [
      {
        groupKey: group.key,
        year: 2026,
        month: 12,
        subscribers: 1250,
        weeks: [3, 2, null, null],
        aPlus: 'unknown',
        posts: [],
        enteredAt: '2026-12-09T10:00:00.000Z',
      },
    ],
    { now: NOW, rules: DEFAULT_RULES },
  );
  const max = rowFromRecords(group, record ?? undefined, {}, SCHOOL);
  const tg = rowFromRecords(
    { ...group, key: 'telegram:@s5tg', site: 'telegram', url: 'https://t.me/s5tg' },
    undefined,
    {},
    SCHOOL,
  );
  const alone = makeRow({ name: 'Музей', url: 'https://vk.com/museum' });
  return [vk, max, tg, alone];
}

describe('MAX rows from figures entered by hand', () => {
  it('are labelled «введено вручную» and carry the entered subscribers and weeks', () => {
    const [, max, tg] = rows();
    expect(max?.source).toBe('manual');
    expect(max?.group.members).toBe(1250);
    expect(max?.audit?.month.weeks.map((w) => [w.posts, w.status])).toEqual([
      [3, 'pass'],
      [2, 'fail'],
      [0, 'pending'],
      [0, 'pending'],
    ]);
    expect(tg?.source).toBe('manual');
    expect(tg?.audit).toBeNull();
  });

  it('change no F/E/R/M of the set', () => {
    const all = rows();
    const vkOnly = all.filter((r) => r.group.site === 'vk');
    expect(computeSetIndicators(all)).toEqual(computeSetIndicators(vkOnly));
  });
});

describe('CSV', () => {
  it('adds the «Учреждение» column and says «введено вручную» / «цифры не введены»', () => {
    const lines = buildCsv(rows(), { timeZone: 'Europe/Moscow', bom: false }).split('\r\n');
    const header = lines[0]?.split(';') ?? [];
    expect(header.slice(0, 3)).toEqual(['Наименование', 'Учреждение', 'Ссылка']);
    const cells = (i: number) => lines[i]?.split(';') ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(cells(2)[col('Учреждение')]).toBe('Школа <№5>');
    expect(cells(2)[col('Площадка')]).toBe('MAX');
    expect(cells(2)[col('Полнота данных')]).toBe('введено вручную');
    expect(cells(2)[col('Обложка')]).toBe('—');
    expect([1, 2, 3, 4].map((w) => cells(2)[col(`Неделя ${w} (постов)`)])).toEqual(['3', '2', '', '']);
    expect(cells(3)[col('Полнота данных')]).toBe('цифры не введены');
    expect(cells(4)[col('Учреждение')]).toBe('');
  });

  it('keeps the old columns when no row belongs to an institution', () => {
    const header = buildCsv([makeRow()], { timeZone: 'Europe/Moscow', bom: false }).split('\r\n')[0];
    expect(header).not.toContain('Учреждение');
  });
});

describe('XLSX «Учреждения» sheet', () => {
  it('one row per institution: its platforms, MAX figures and source, the whole', async () => {
    const list = rows();
    const blob = await buildXlsx([{ meta, rows: list, indicators: computeSetIndicators(list) }], {
      rules: DEFAULT_RULES,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Сводка', 'Школы', 'Учреждения']);
    const ws = wb.getWorksheet('Учреждения');
    if (!ws) throw new Error('no sheet');
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'Учреждение',
      'ВКонтакте',
      'Одноклассники',
      'MAX',
      'Telegram',
      'MAX, подписчики',
      'MAX, неделя 1',
      'MAX, неделя 2',
      'MAX, неделя 3',
      'MAX, неделя 4',
      'MAX, источник цифр',
      'Учреждение в целом',
    ]);
    expect(ws.rowCount).toBe(2);
    const row = ws.getRow(2);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((c) => row.getCell(c).value ?? null)).toEqual([
      'Школа <№5>',
      'в процессе',
      '—',
      'норма не выполнена',
      'не определено',
      1250,
      3,
      2,
      null,
      null,
      'введено вручную, 9 декабря',
      'не соответствует',
    ]);
  });
});

describe('messages', () => {
  it('one message per institution, naming each platform’s problems', () => {
    const options = { now: NOW, timeZone: 'Europe/Moscow' };
    const messages = adminMessages(rows(), options);
    expect(messages.map((m) => m.name)).toEqual(['Школа <№5>']);
    const text = messages[0]?.text ?? '';
    expect(text).toContain('По итогам проверки учреждения «Школа <№5>» нужно исправить:');
    expect(text).toContain('ВКонтакте — https://vk.com/school5');
    expect(text).toContain('Нет обложки.');
    expect(text).toContain('MAX — https://max.ru/s5_gos (цифры введены вручную)');
    expect(text).toContain('Не выполнена норма публикаций на неделе 2 (нужно не менее 3 постов в неделю).');
    expect(allMessagesText(rows(), options).split('————————————')).toHaveLength(1);
    const en = adminMessages(rows(), { ...options, locale: 'en' })[0]?.text ?? '';
    expect(en).toContain('MAX — https://max.ru/s5_gos (figures entered by hand)');
  });
});

describe('Sverdlovsk: the MAX link on the VK page', () => {
  const sverdlovsk = RULE_PRESETS.sverdlovsk;
  const withLinks = (links: string[]) =>
    rows().map((r) =>
      r.group.site === 'vk' && r.page !== null
        ? {
            ...r,
            page: { ...r.page, messengerLinks: links, description: 'present' as const, descriptionComplete: true },
          }
        : r,
    );

  it('a page read in full without the link: the message asks for it, naming the channel', () => {
    const text = adminMessages(withLinks([]), { now: NOW, timeZone: 'Europe/Moscow', rules: sverdlovsk })[0]?.text;
    expect(text).toContain('На странице ВКонтакте https://vk.com/school5 нет ссылки на канал MAX.');
    expect(text).toContain('Добавьте ссылку на канал MAX https://max.ru/s5_gos в описание или ссылки страницы.');
    // Sverdlovsk expects OK too
    expect(text).toContain('Нет страницы учреждения: Одноклассники.');
    // the federal rule set asks for neither
    const federal = adminMessages(withLinks([]), { now: NOW, timeZone: 'Europe/Moscow' })[0]?.text;
    expect(federal).not.toContain('ссылки на канал MAX');
    expect(federal).not.toContain('Нет страницы учреждения');
  });

  it('XLSX: the link column appears under the rule set that asks for it', async () => {
    const cellsOf = async (list: ReportRow[], rules = sverdlovsk) => {
      const blob = await buildXlsx([{ meta, rows: list, indicators: computeSetIndicators(list) }], { rules });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await blob.arrayBuffer());
      const sheet = wb.getWorksheet('Учреждения');
      if (!sheet) throw new Error('no institutions sheet');
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const values = (sheet.getRow(2).values as unknown[]).slice(1);
      return Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]));
    };
    const found = await cellsOf(withLinks(['https://max.ru/s5_gos']));
    expect(found['Ссылка на MAX на страницах ВК/ОК']).toBe('ВКонтакте: есть');
    expect((await cellsOf(withLinks([])))['Ссылка на MAX на страницах ВК/ОК']).toBe('ВКонтакте: нет');
    expect(await cellsOf(withLinks([]), DEFAULT_RULES)).not.toHaveProperty('Ссылка на MAX на страницах ВК/ОК');
  });
});

describe('printable report', () => {
  it('has the institutions table, escapes the name, and shows MAX figures as entered by hand', () => {
    const list = rows();
    const html = buildReportHtml(list, meta, computeSetIndicators(list));
    expect(html).toContain('Учреждения на всех площадках');
    expect(html).toContain('Школа &lt;№5&gt;');
    expect(html).not.toContain('Школа <№5>');
    expect(html).toContain('Источник: введено вручную, 9 декабря');
    expect(html).toContain('Цифры за месяц не введены');
  });
});
