/**
 * CSV and XLSX lists: columns name, link, audience size, category and «визитка» (да/нет), with Russian or English
 * headers; an institution's pages in platform columns («ВК», «ОК», «MAX», «Telegram») and its MAX/Telegram figures
 * («MAX подписчики», «MAX неделя 1», «Месяц»): docs/institutions.md.
 * CSV bytes may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1251 (detected); `;`, `,` or tab separated.
 */
import Papa from 'papaparse';
import type { Platform } from '../types';
import {
  buildImport,
  emptyImport,
  type ImportIssue,
  type ImportResult,
  type ManualPlatform,
  type RawFigures,
  type RawRow,
} from './records';

type BaseColumn = 'name' | 'link' | 'audience' | 'category' | 'businessCard' | 'month';
export type Column =
  | BaseColumn
  /** An institution's page on one platform. */
  | `link:${Platform}`
  /** A hand-entered figure of a MAX/Telegram page: subscribers, posts of week 1–4. */
  | `figure:${ManualPlatform}:${'subscribers' | 1 | 2 | 3 | 4}`;

/** Header words per column, normalised (lower case, «ё» → «е», punctuation → spaces). */
const HEADERS: Record<BaseColumn, readonly string[]> = {
  name: [
    'name',
    'group name',
    'title',
    'community',
    'group',
    'organization',
    'organisation',
    'название',
    'наименование',
    'имя',
    'группа',
    'сообщество',
    'паблик',
    'госпаблик',
    'организация',
    'учреждение',
    'название группы',
    'наименование организации',
    'наименование учреждения',
  ],
  link: [
    'link',
    'url',
    'address',
    'page',
    'group link',
    'link to group',
    'ссылка',
    'ссылки',
    'адрес',
    'страница',
    'ссылка на группу',
    'ссылка на сообщество',
    'ссылка на страницу',
    'ссылка на госпаблик',
    'адрес страницы',
    'url адрес',
  ],
  audience: [
    'audience',
    'audience size',
    'target audience',
    'size',
    'аудитория',
    'размер аудитории',
    'целевая аудитория',
    'численность',
    'численность аудитории',
    'численность целевой аудитории',
    'размер целевой аудитории',
  ],
  category: ['category', 'type', 'kind', 'sphere', 'категория', 'тип', 'сфера', 'вид', 'отрасль', 'тип страницы'],
  businessCard: ['визитка', 'страница визитка', 'vizitka', 'business card', 'business card page'],
  month: ['month', 'period', 'месяц', 'период', 'отчетный месяц', 'отчетный период'],
};

/**
 * Words naming a platform, anywhere in a header («Ссылка на страницу ВК», «МАХ» in Cyrillic as the press writes it,
 * «Телеграм-канал»).
 */
const PLATFORM_WORDS: Record<Platform, readonly string[]> = {
  vk: ['вк', 'vk', 'вконтакте', 'vkontakte'],
  ok: ['ок', 'ok', 'одноклассники', 'odnoklassniki'],
  max: ['max', 'макс', 'мах'],
  telegram: ['telegram', 'телеграм', 'телеграмм', 'тг', 'tg'],
};
const SUBSCRIBER_WORD = /^(?:подписчик|участник|subscriber|member|follower)/;
const WEEK_WORD = /^(?:недел|нед$|week|wk$)/;

function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();
}

const BASE_ORDER = ['link', 'audience', 'businessCard', 'category', 'name', 'month'] as const;

const LINKISH =
  /(?:^|[\s/])(?:(?:m|www|new|web)\.)?(?:vk\.com|vk\.ru|ok\.ru|odnoklassniki\.ru|max\.ru|t\.me|telegram\.me)\b/i;

/** The base column a header's first word names («Численность (чел.)», «Название учреждения ВК»). */
function firstWordColumn(norm: string): BaseColumn | null {
  for (const column of BASE_ORDER) {
    if (HEADERS[column].some((h) => !h.includes(' ') && (norm.startsWith(`${h} `) || norm === h))) return column;
  }
  return null;
}

/** A MAX/Telegram figure column: «MAX подписчики», «Подписчики МАХ», «MAX неделя 2», «Постов в MAX, 3 нед.». */
function figureColumn(platform: Platform, words: readonly string[]): Column | null {
  if (platform !== 'max' && platform !== 'telegram') return null;
  if (words.some((w) => SUBSCRIBER_WORD.test(w))) return `figure:${platform}:subscribers`;
  if (!words.some((w) => WEEK_WORD.test(w))) return null;
  const week = words.map((w) => /^(?:н|w)?([1-4])$/.exec(w)?.[1]).find((d) => d !== undefined);
  return week === undefined ? null : `figure:${platform}:${Number(week) as 1 | 2 | 3 | 4}`;
}

function columnOf(header: string): Column | null {
  const norm = normaliseHeader(header);
  // A link is data, not a header (a file without a header row).
  if (norm === '' || LINKISH.test(header)) return null;
  for (const column of BASE_ORDER) {
    if (HEADERS[column].includes(norm)) return column;
  }
  const words = norm.split(' ');
  const platform = (Object.keys(PLATFORM_WORDS) as Platform[]).find((p) =>
    PLATFORM_WORDS[p].some((w) => words.includes(w)),
  );
  const first = firstWordColumn(norm);
  if (platform !== undefined) {
    const figure = figureColumn(platform, words);
    if (figure !== null) return figure;
    // «Ссылка на страницу ВК», «ВК», «Telegram»: the platform decides; «Название (ВК)» stays a name.
    if (first === null || first === 'link') return `link:${platform}`;
  }
  return first;
}

/** Turns a table (first row = header, or no header when the first row already holds a link) into an import. */
export function importTable(table: readonly (readonly string[])[], lineOffset = 0): ImportResult {
  const header = table[0];
  if (header === undefined) return emptyImport();
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column !== null && !columns.has(column)) columns.set(column, index);
  });
  const platformColumns = [...columns.keys()].filter((c): c is `link:${Platform}` => c.startsWith('link:'));
  let firstData = 1;
  /** Extra generic link columns of a headerless file (an institution's pages side by side). */
  const moreLinkColumns: number[] = [];
  if (!columns.has('link') && platformColumns.length === 0) {
    // No recognised header: find the column with links in the first rows; the file may have no header at all.
    const sample = table.slice(0, 20);
    const width = Math.max(...sample.map((r) => r.length));
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < width; c++) {
      const count = sample.filter((r) => LINKISH.test(r[c] ?? '')).length;
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    if (best < 0) {
      const issue: ImportIssue = { line: 0, text: header.join(' | '), reason: 'no-link-column', kept: false };
      return emptyImport([issue]);
    }
    columns.set('link', best);
    if (LINKISH.test(header[best] ?? '')) {
      firstData = 0;
      for (let c = 0; c < width; c++) {
        if (c !== best && LINKISH.test(header[c] ?? '')) moreLinkColumns.push(c);
      }
      const links = new Set([best, ...moreLinkColumns]);
      // Headerless: the first other text column is the name.
      if (!columns.has('name')) {
        const nameColumn = header.findIndex(
          (cell, i) => !links.has(i) && cell.trim() !== '' && !/^[\d\s]+$/.test(cell),
        );
        if (nameColumn >= 0) columns.set('name', nameColumn);
      }
    }
  }
  const pick = (row: readonly string[], column: Column): string | null => {
    const index = columns.get(column);
    return index === undefined ? null : (row[index] ?? null);
  };
  const figurePlatforms = (['max', 'telegram'] as const).filter((p) =>
    [...columns.keys()].some((c) => c.startsWith(`figure:${p}:`)),
  );
  const rows: RawRow[] = [];
  table.forEach((row, index) => {
    if (index < firstData) return;
    if (row.every((cell) => cell.trim() === '')) return;
    const figures: RawFigures[] = figurePlatforms.map((platform) => ({
      platform,
      subscribers: pick(row, `figure:${platform}:subscribers`),
      weeks: ([1, 2, 3, 4] as const).map((w) => pick(row, `figure:${platform}:${w}`)),
    }));
    rows.push({
      line: index + 1 + lineOffset,
      link: [pick(row, 'link') ?? '', ...moreLinkColumns.map((c) => row[c] ?? '')].join(' '),
      links: platformColumns.map((c) => ({ platform: c.slice(5) as Platform, text: pick(row, c) ?? '' })),
      name: pick(row, 'name'),
      audience: pick(row, 'audience'),
      category: pick(row, 'category'),
      figures,
      month: pick(row, 'month'),
      institution: platformColumns.length > 0 || moreLinkColumns.length > 0,
      businessCard: pick(row, 'businessCard'),
    });
  });
  return buildImport(rows);
}

/** Decodes CSV bytes: BOM first, then strict UTF-8, else Windows-1251 (what Russian Excel writes). */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** The separator of the first non-empty line, counted outside quotes: `;`, tab or `,`. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function parseCsvText(text: string): ImportResult {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  // Keep physical row numbers: papaparse gives one array per line, empty ones included.
  const table = parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
  while (table.length > 0 && (table[table.length - 1] ?? []).every((c) => c.trim() === '')) table.pop();
  // Leading empty lines are skipped; rows keep their physical numbers.
  const firstNonEmpty = Math.max(
    0,
    table.findIndex((r) => r.some((c) => c.trim() !== '')),
  );
  return importTable(table.slice(firstNonEmpty), firstNonEmpty);
}

/** CSV file bytes → import (encoding and separator detected). */
export function parseCsv(bytes: Uint8Array): ImportResult & { encoding: string } {
  const { text, encoding } = decodeText(bytes);
  return { ...parseCsvText(text), encoding };
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  if (typeof cell === 'object') {
    // Rich text or hyperlink cells from some writers: take the text.
    const text = (cell as { text?: unknown }).text;
    return typeof text === 'string' ? text : '';
  }
  return String(cell);
}

/** XLSX file bytes → import from the first sheet. */
export async function parseXlsx(bytes: ArrayBuffer | Uint8Array): Promise<ImportResult> {
  const { readSheet } = await import('read-excel-file/universal');
  let buffer: ArrayBuffer;
  if (bytes instanceof Uint8Array) {
    buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
  } else {
    buffer = bytes;
  }
  try {
    const data = await readSheet(buffer);
    return importTable(data.map((row) => row.map(cellText)));
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return emptyImport([{ line: 0, text, reason: 'unreadable-file', kept: false }]);
  }
}

/** Chooses the parser by file name / first bytes (XLSX files are ZIP archives: «PK»). */
export async function parseListFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(name)) return parseXlsx(bytes);
  return parseCsv(bytes);
}
