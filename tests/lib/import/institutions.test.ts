/**
 * Institutions across VK, OK, MAX and Telegram in imported lists: platform columns, several links in one row or
 * pasted line, hand-entered MAX figures, and every conflict reported (never a silent merge). Expected results
 * written before the code (issue 19, docs/institutions.md).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseListFile, parseMonth, parsePastedLinks } from '../../../lib/import';
import { cp1251, utf8 } from './encode';

// «МАХ» in Cyrillic (М-А-Х), as the press writes it; «Телеграм» for Telegram.
const CSV = [
  'Учреждение;ВК;ОК;МАХ;Телеграм;Численность аудитории',
  'Школа №5;https://vk.com/school5;ok.ru/group/555;https://max.ru/school5_gos;t.me/school5tg;1200',
  'Библиотека;vk.com/club77;;max.ru/@biblio_gos;;',
  'ДК Юность;;;web.max.ru/-68093732121255;;',
].join('\r\n');

describe('platform columns', () => {
  it.each([
    ['UTF-8', utf8(CSV)],
    ['Windows-1251', cp1251(CSV)],
  ])('one row = one institution with its pages (%s)', (_label, bytes) => {
    const result = parseCsv(bytes);
    expect(result.groups.map((g) => [g.site, g.key, g.name, g.audienceSize])).toEqual([
      ['vk', 'vk:@school5', 'Школа №5', 1200],
      ['ok', 'ok:555', 'Школа №5', 1200],
      ['max', 'max:@school5_gos', 'Школа №5', 1200],
      ['telegram', 'telegram:@school5tg', 'Школа №5', 1200],
      ['vk', 'vk:77', 'Библиотека', null],
      ['max', 'max:@biblio_gos', 'Библиотека', null],
      ['max', 'max:-68093732121255', 'ДК Юность', null],
    ]);
    expect(result.institutions).toEqual([
      {
        line: 2,
        name: 'Школа №5',
        category: null,
        keys: ['vk:@school5', 'ok:555', 'max:@school5_gos', 'telegram:@school5tg'],
      },
      { line: 3, name: 'Библиотека', category: null, keys: ['vk:77', 'max:@biblio_gos'] },
      { line: 4, name: 'ДК Юность', category: null, keys: ['max:-68093732121255'] },
    ]);
    // The «@» form is corrected and said so.
    expect(result.issues.map((i) => [i.line, i.reason, i.kept])).toEqual([[3, 'max-at-form', true]]);
  });

  it.each([
    ['Ссылка на страницу ВК', 'vk'],
    ['ВКонтакте', 'vk'],
    ['Одноклассники', 'ok'],
    ['Канал MAX', 'max'],
    ['Макс', 'max'],
    ['Telegram', 'telegram'],
    ['ТГ', 'telegram'],
  ])('header «%s» is the %s column', (header, site) => {
    const link = { vk: 'vk.com/club1', ok: 'ok.ru/group/1', max: 'max.ru/a_gos', telegram: 't.me/abcdef' }[site];
    const result = parseCsv(utf8(`Название;${header}\nШкола;${link}`));
    expect(result.groups.map((g) => g.site)).toEqual([site]);
    expect(result.institutions).toHaveLength(1);
  });

  it('keeps «Название (ВК)» a name column', () => {
    const result = parseCsv(utf8('Название ВК;Ссылка\nШкола;vk.com/club1'));
    expect(result.groups.map((g) => [g.key, g.name])).toEqual([['vk:1', 'Школа']]);
    expect(result.institutions).toEqual([]);
  });

  it('a link of another platform in a column is kept under its real platform, with a note', () => {
    const result = parseCsv(utf8('Учреждение;ВК;MAX\nШкола;vk.com/club1;vk.com/club2'));
    expect(result.groups.map((g) => [g.site, g.key])).toEqual([
      ['vk', 'vk:1'],
      ['vk', 'vk:2'],
    ]);
    expect(result.issues.map((i) => [i.line, i.text, i.reason, i.kept])).toEqual([
      [2, 'vk.com/club2', 'wrong-platform-column', true],
      [2, 'https://vk.com/club2', 'two-pages-same-platform', true],
    ]);
  });

  it('a page named by two institutions stays with the first (reported, not merged)', () => {
    const result = parseCsv(
      utf8('Учреждение;ВК;MAX\nШкола 1;vk.com/club1;max.ru/s1_gos\nШкола 2;vk.com/club1;max.ru/s2_gos'),
    );
    expect(result.institutions.map((i) => i.keys)).toEqual([['vk:1', 'max:@s1_gos'], ['max:@s2_gos']]);
    expect(result.duplicates).toEqual([{ line: 3, key: 'vk:1', firstLine: 2 }]);
    expect(result.issues.map((i) => [i.line, i.reason, i.kept])).toEqual([[3, 'page-in-two-institutions', true]]);
  });

  it('a file with only a generic link column behaves as before (no institutions)', () => {
    const result = parseCsv(utf8('Название;Ссылка\nШкола;vk.com/club1\nМузей;max.ru/museum_gos'));
    expect(result.groups.map((g) => [g.site, g.key])).toEqual([
      ['vk', 'vk:1'],
      ['max', 'max:@museum_gos'],
    ]);
    expect(result.institutions).toEqual([]);
  });

  it('a headerless file with several link columns: one institution per row', () => {
    const result = parseCsv(utf8('Школа 1;vk.com/club1;max.ru/s1_gos\nШкола 2;ok.ru/group/2;'));
    expect(result.groups.map((g) => [g.key, g.name])).toEqual([
      ['vk:1', 'Школа 1'],
      ['max:@s1_gos', 'Школа 1'],
      ['ok:2', 'Школа 2'],
    ]);
    expect(result.institutions.map((i) => [i.name, i.keys])).toEqual([
      ['Школа 1', ['vk:1', 'max:@s1_gos']],
      ['Школа 2', ['ok:2']],
    ]);
  });
});

describe('MAX figures in the file', () => {
  it('reads subscribers and weekly posts per MAX page, with the month', () => {
    const csv = [
      'Учреждение;ВК;MAX;Месяц;MAX подписчики;MAX неделя 1;MAX неделя 2;Постов в МАХ 3 нед;MAX неделя 4',
      'Школа №5;vk.com/club1;max.ru/s5_gos;12.2026;1 250;3;2;;4',
      'Школа №6;vk.com/club2;max.ru/s6_gos;;много;3;3;3;3',
      'Школа №7;vk.com/club3;;декабрь 2026;100;;;;',
    ].join('\n');
    const result = parseCsv(utf8(csv));
    expect(result.figures).toEqual([
      { line: 2, key: 'max:@s5_gos', month: { year: 2026, month: 12 }, subscribers: 1250, weeks: [3, 2, null, 4] },
      { line: 3, key: 'max:@s6_gos', month: null, subscribers: null, weeks: [3, 3, 3, 3] },
    ]);
    expect(result.issues.map((i) => [i.line, i.text, i.reason, i.kept])).toEqual([
      [3, 'много', 'bad-figure', true],
      [4, 'max', 'figures-without-page', false],
    ]);
  });

  it.each([
    ['12.2026', { year: 2026, month: 12 }],
    ['1/2027', { year: 2027, month: 1 }],
    ['2026-11', { year: 2026, month: 11 }],
    ['2026-11-01T00:00:00.000Z', { year: 2026, month: 11 }],
    ['Декабрь 2026 г.', { year: 2026, month: 12 }],
    ['мая 2026', { year: 2026, month: 5 }],
    ['Dec 2026', { year: 2026, month: 12 }],
    ['', null],
    ['13.2026', 'bad'],
    ['скоро', 'bad'],
  ])('month «%s»', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });

  it('reads an XLSX with «ВК», «ОК», «MAX» columns and figures', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Учреждения');
    sheet.addRow(['Наименование учреждения', 'ВК', 'ОК', 'MAX', 'Подписчики MAX', 'MAX неделя 1', 'MAX неделя 2']);
    sheet.addRow(['Школа №5', 'https://vk.com/club1', 'https://ok.ru/group/2', 'https://max.ru/s5_gos', 1250, 3, 0]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await parseListFile('учреждения.xlsx', bytes);
    expect(result.institutions.map((i) => [i.name, i.keys])).toEqual([['Школа №5', ['vk:1', 'ok:2', 'max:@s5_gos']]]);
    expect(result.figures).toEqual([
      { line: 2, key: 'max:@s5_gos', month: null, subscribers: 1250, weeks: [3, 0, null, null] },
    ]);
  });
});

describe('pasted links grouped by institution', () => {
  it('a line with several links (a row copied from Excel) is one institution', () => {
    const result = parsePastedLinks(
      'Школа №5\thttps://vk.com/school5\tok.ru/group/12\tmax.ru/school5_gos\nvk.com/club9',
    );
    expect(result.institutions).toEqual([
      { line: 1, name: 'Школа №5', category: null, keys: ['vk:@school5', 'ok:12', 'max:@school5_gos'] },
    ]);
    expect(result.groups.map((g) => g.key)).toEqual(['vk:@school5', 'ok:12', 'max:@school5_gos', 'vk:9']);
  });

  it('single-link lines with the same name on different platforms form one institution', () => {
    const text = [
      'Школа №5 — vk.com/school5',
      'Гимназия vk.com/gym1',
      'школа  №5: https://max.ru/school5_gos',
      'Гимназия vk.com/gym2',
    ].join('\n');
    const result = parsePastedLinks(text);
    expect(result.institutions).toEqual([
      { line: 1, name: 'Школа №5', category: null, keys: ['vk:@school5', 'max:@school5_gos'] },
    ]);
    // Two VK pages with one name are two pages, not one institution.
    expect(result.groups.map((g) => g.key)).toEqual(['vk:@school5', 'max:@school5_gos', 'vk:@gym1', 'vk:@gym2']);
  });

  it('reports a person’s MAX link and a Telegram share link by line', () => {
    const result = parsePastedLinks('max.ru/u/f9LHodD0cOI8a1aB\nhttps://t.me/share/url?url=x\nt.me/minobr74');
    expect(result.groups.map((g) => g.key)).toEqual(['telegram:@minobr74']);
    expect(result.issues.map((i) => [i.line, i.reason])).toEqual([
      [1, 'not-a-community'],
      [2, 'not-a-community'],
    ]);
  });
});
