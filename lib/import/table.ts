/**
 * CSV and XLSX lists: columns name, link, audience size, category and «визитка» (да/нет), with Russian or English
 * headers.
 * CSV bytes may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1251 (detected); `;`, `,` or tab separated.
 */
import Papa from 'papaparse';
import { buildImport, type ImportIssue, type ImportResult, type RawRow } from './records';

export type Column = 'name' | 'link' | 'audience' | 'category' | 'businessCard';

/** Header words per column, normalised (lower case, «ё» → «е», punctuation → spaces). */
const HEADERS: Record<Column, readonly string[]> = {
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
};

const COLUMN_ORDER = ['link', 'audience', 'businessCard', 'category', 'name'] as const;

function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();
}

function columnOf(header: string): Column | null {
  const norm = normaliseHeader(header);
  if (norm === '') return null;
  for (const column of COLUMN_ORDER) {
    if (HEADERS[column].includes(norm)) return column;
  }
  // «Ссылка на страницу ВК», «Численность (чел.)», «Название учреждения»: the first word decides.
  for (const column of COLUMN_ORDER) {
    if (HEADERS[column].some((h) => !h.includes(' ') && (norm.startsWith(`${h} `) || norm === h))) return column;
  }
  return null;
}

const LINKISH = /(?:^|[\s/])(?:(?:m|www|new)\.)?(?:vk\.com|vk\.ru|ok\.ru|odnoklassniki\.ru)\b/i;

/** Turns a table (first row = header, or no header when the first row already holds a link) into an import. */
export function importTable(table: readonly (readonly string[])[], lineOffset = 0): ImportResult {
  const header = table[0];
  if (header === undefined) return { groups: [], issues: [], duplicates: [] };
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column !== null && !columns.has(column)) columns.set(column, index);
  });
  let firstData = 1;
  if (!columns.has('link')) {
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
      return { groups: [], issues: [issue], duplicates: [] };
    }
    columns.set('link', best);
    if (LINKISH.test(header[best] ?? '')) {
      firstData = 0;
      // Headerless: the first other text column is the name.
      if (!columns.has('name')) {
        const nameColumn = header.findIndex((cell, i) => i !== best && cell.trim() !== '' && !/^[\d\s]+$/.test(cell));
        if (nameColumn >= 0) columns.set('name', nameColumn);
      }
    }
  }
  const pick = (row: readonly string[], column: Column): string | null => {
    const index = columns.get(column);
    return index === undefined ? null : (row[index] ?? null);
  };
  const rows: RawRow[] = [];
  table.forEach((row, index) => {
    if (index < firstData) return;
    if (row.every((cell) => cell.trim() === '')) return;
    rows.push({
      line: index + 1 + lineOffset,
      link: pick(row, 'link') ?? '',
      name: pick(row, 'name'),
      audience: pick(row, 'audience'),
      category: pick(row, 'category'),
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
    return { groups: [], issues: [{ line: 0, text, reason: 'unreadable-file', kept: false }], duplicates: [] };
  }
}

/** Chooses the parser by file name / first bytes (XLSX files are ZIP archives: «PK»). */
export async function parseListFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(name)) return parseXlsx(bytes);
  return parseCsv(bytes);
}
