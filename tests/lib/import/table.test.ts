import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, parseListFile, parseXlsx } from '../../../lib/import';
import { cp1251, utf8, withBom } from './encode';

const RU_SEMICOLON = [
  'Наименование;Ссылка;Численность аудитории;Категория',
  'МБОУ «Школа №1»;https://vk.com/club101;1 200;Образование',
  'Библиотека им. Пушкина;ok.ru/group/555;800;Культура',
  'Ошибка;https://vk.com/id1;;',
  'Дубль школы;m.vk.com/public101;;',
  'Поликлиника;vk.com/polyclinic_3;много;Здравоохранение',
].join('\r\n');

const expectedRu = [
  { key: 'vk:101', name: 'МБОУ «Школа №1»', audienceSize: 1200, category: 'Образование', line: 2 },
  { key: 'ok:555', name: 'Библиотека им. Пушкина', audienceSize: 800, category: 'Культура', line: 3 },
  { key: 'vk:@polyclinic_3', name: 'Поликлиника', audienceSize: null, category: 'Здравоохранение', line: 6 },
];

describe('CSV import', () => {
  it.each([
    ['UTF-8 with BOM', withBom(utf8(RU_SEMICOLON)), 'utf-8'],
    ['UTF-8 without BOM', utf8(RU_SEMICOLON), 'utf-8'],
    ['Windows-1251', cp1251(RU_SEMICOLON.replace(/[«»]/g, '"')), 'windows-1251'],
  ])('reads %s with `;`', (_label, bytes, encoding) => {
    const result = parseCsv(bytes);
    expect(result.encoding).toBe(encoding);
    const groups = result.groups.map(({ key, name, audienceSize, category, line }) => ({
      key,
      name: name?.replace(/["«»]/g, ''),
      audienceSize,
      category,
      line,
    }));
    expect(groups).toEqual(expectedRu.map((g) => ({ ...g, name: g.name.replace(/[«»]/g, '') })));
    expect(result.issues.map((i) => [i.line, i.reason, i.kept])).toEqual([
      [4, 'not-a-community', false],
      [6, 'bad-audience-size', true],
    ]);
    expect(result.duplicates).toEqual([{ line: 5, key: 'vk:101', firstLine: 2 }]);
  });

  it('reads English headers with `,` and quoted commas', () => {
    const text = 'Link,Name,Audience size,Category\nhttps://ok.ru/group/7,"School, No. 7",300,education\n';
    const result = parseCsv(utf8(text));
    expect(result.groups).toEqual([
      {
        site: 'ok',
        key: 'ok:7',
        url: 'https://ok.ru/group/7',
        name: 'School, No. 7',
        audienceSize: 300,
        category: 'education',
        line: 2,
      },
    ]);
  });

  it('reads a file without a header (links found by their look)', () => {
    const result = parseCsv(utf8('Школа 1;vk.com/club1\nШкола 2;vk.com/club2\n'));
    expect(result.groups.map((g) => [g.key, g.name, g.line])).toEqual([
      ['vk:1', 'Школа 1', 1],
      ['vk:2', 'Школа 2', 2],
    ]);
  });

  it('reports a file without any link column', () => {
    const result = parseCsv(utf8('a;b\n1;2\n'));
    expect(result.groups).toEqual([]);
    expect(result.issues[0]?.reason).toBe('no-link-column');
  });

  it('decodes UTF-8 that only looks like 1251 as UTF-8 and 1251 bytes as 1251', () => {
    expect(decodeText(utf8('Привет')).encoding).toBe('utf-8');
    expect(decodeText(cp1251('Привет')).text).toBe('Привет');
  });
});

async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'exceljs test';
  const sheet = wb.addWorksheet('Группы');
  for (const row of rows) sheet.addRow(row);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

describe('XLSX import (files written by exceljs, not by the product)', () => {
  it('reads Russian headers, numbers as numbers and reports bad rows', async () => {
    const bytes = await workbook([
      ['Название', 'Ссылка на группу', 'Размер аудитории', 'Сфера'],
      ['Школа №1', 'https://vk.com/club101', 1200, 'Образование'],
      ['ДК «Юность»', 'https://m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=321', null, 'Культура'],
      ['Профиль', 'https://ok.ru/profile/1', null, null],
      [null, null, null, null],
      ['Повтор', 'https://ok.ru/group/321', 50, null],
    ]);
    const result = await parseListFile('список.xlsx', bytes);
    expect(result.groups.map((g) => [g.key, g.name, g.audienceSize, g.category, g.line])).toEqual([
      ['vk:101', 'Школа №1', 1200, 'Образование', 2],
      ['ok:321', 'ДК «Юность»', 50, 'Культура', 3],
    ]);
    expect(result.issues.map((i) => [i.line, i.reason])).toEqual([[4, 'not-a-community']]);
    expect(result.duplicates).toEqual([{ line: 6, key: 'ok:321', firstLine: 3 }]);
  });

  it('reads English headers in another column order', async () => {
    const bytes = await workbook([
      ['Category', 'URL', 'Name'],
      ['culture', 'vk.ru/museum_74', 'Museum'],
    ]);
    const result = await parseXlsx(bytes);
    expect(result.groups.map((g) => [g.key, g.name, g.category])).toEqual([['vk:@museum_74', 'Museum', 'culture']]);
  });

  it('reports a file that is not a spreadsheet', async () => {
    const result = await parseXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    expect(result.issues[0]?.reason).toBe('unreadable-file');
  });
});

describe('the «визитка» column (docs/rule-sets.md)', () => {
  it('reads да/нет, 1/0, yes/no and a «визитка» category; a bad cell keeps the group without the mark', () => {
    const csv = [
      'Название;Ссылка;Визитка;Тип страницы',
      'Школа 1;vk.com/club1;да;',
      'Школа 2;vk.com/club2;нет;',
      'Школа 3;vk.com/club3;1;',
      'Школа 4;vk.com/club4;;визитка',
      'Школа 5;vk.com/club5;может быть;',
      'Школа 6;vk.com/club6;;активный',
      'School 7;vk.com/club7;yes;',
    ].join('\n');
    const result = parseCsv(utf8(csv));
    const flags = Object.fromEntries(result.groups.map((g) => [g.key, g.businessCard ?? null]));
    expect(flags).toEqual({
      'vk:1': true,
      'vk:2': false,
      'vk:3': true,
      'vk:4': true,
      'vk:5': null,
      'vk:6': null,
      'vk:7': true,
    });
    expect(result.issues).toEqual([{ line: 6, text: 'может быть', reason: 'bad-business-card', kept: true }]);
  });

  it('finds the column by an English or a longer header', () => {
    for (const header of ['Business card', 'Визитка (да/нет)', 'Страница-визитка']) {
      const result = parseCsv(utf8(`Link,${header}\nvk.com/club9,+\n`));
      expect(result.groups[0]?.businessCard, header).toBe(true);
    }
  });
});
