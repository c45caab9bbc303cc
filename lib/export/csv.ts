/**
 * CSV export of the monitoring table: UTF-8 with BOM, `;` by default (what Russian Excel opens by double-click),
 * `,` on request, CRLF line ends, RFC 4180 quoting. Text cells are neutralised against formula injection: group
 * names are written by strangers, so a cell starting with =, +, -, @, tab or CR gets a leading apostrophe.
 */
import { type Locale, zonedParts } from '../i18n';
import { hasInstitutions } from './institutions';
import { type Cell, monitoringColumns } from './table';
import type { ReportRow } from './types';

export interface CsvOptions {
  locale?: Locale;
  /** `;` (default) or `,`. With `;` numbers use a decimal comma, with `,` a decimal point. */
  separator?: ';' | ',';
  /** Zone for the «Дата проверки» column. */
  timeZone: string;
  /** Prepend the UTF-8 BOM (default true) so Excel detects the encoding. */
  bom?: boolean;
}

const INJECTION_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell against formula injection (OWASP CSV injection). */
export function neutraliseFormula(text: string): string {
  return INJECTION_START.test(text) ? `'${text}` : text;
}

function quote(field: string, separator: string): string {
  if (field.includes('"') || field.includes(separator) || /[\r\n]/.test(field) || /^\s|\s$/.test(field)) {
    return `"${field.replace(/"/g, '""')}"`;
  }
  return field;
}

/** «26.11.2026 11:02» in `timeZone`. */
export function formatDateTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const two = (x: number) => String(x).padStart(2, '0');
  return `${two(p.day)}.${two(p.month)}.${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

function encodeCell(cell: Cell, separator: ';' | ',', timeZone: string): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return neutraliseFormula(cell.text);
    case 'number': {
      const s = cell.value.toFixed(cell.decimals);
      return separator === ';' ? s.replace('.', ',') : s;
    }
    case 'date':
      return Number.isNaN(cell.instant.getTime()) ? '' : formatDateTime(cell.instant, timeZone);
  }
}

/** The CSV text (with the BOM unless `bom: false`). */
export function buildCsv(rows: readonly ReportRow[], options: CsvOptions): string {
  const separator = options.separator ?? ';';
  const columns = monitoringColumns(options.locale ?? 'ru', { institutions: hasInstitutions(rows) });
  const lines: string[] = [columns.map((c) => quote(neutraliseFormula(c.header), separator)).join(separator)];
  for (const row of rows) {
    lines.push(
      columns.map((c) => quote(encodeCell(c.cell(row), separator, options.timeZone), separator)).join(separator),
    );
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
