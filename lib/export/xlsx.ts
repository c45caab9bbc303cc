/**
 * XLSX export with write-excel-file (small, maintained; not the npm `xlsx` 0.18): one sheet per list with the
 * official monitoring's columns, plus a summary sheet with each list's indicators and the rule set used.
 * Numbers are numbers (percents in percent units with a 0.00 format, as the «ER %» headers say), dates are dates
 * (the wall time of the rule zone: Excel dates have no zone), text is text: a name like `=HYPERLINK(…)` stays a string.
 */
import writeXlsxFile, { type Row, type Sheet, type Cell as XlsxCell } from 'write-excel-file/universal';
import { parseRuleSet, RuleSetSchema } from '../audit/rules';
import { createT, formatMonth, formatNumber, type Locale, zonedParts } from '../i18n';
import reportDicts, { type ReportKey } from '../i18n/report';
import { zoneLabel } from '../i18n/time-zone-list';
import { TONE_FILL } from '../i18n/vocabulary';
import { hasInstitutions, institutionColumns, institutionsOf } from './institutions';
import { describeRuleSet } from './rule-set';
import { type Cell, monitoringColumns } from './table';
import type { ReportMeta, ReportRow, RuleSetLike, SetIndicators } from './types';

export interface XlsxList {
  meta: ReportMeta;
  rows: readonly ReportRow[];
  indicators: SetIndicators;
}

export interface XlsxOptions {
  locale?: Locale;
  /** The rule set used (shown as parameter/value rows on the summary sheet). */
  rules?: RuleSetLike;
}

/** Fill colours of state cells: the vocabulary's (light, so the text stays readable printed in black and white). */
export { TONE_FILL };

export const DATE_FORMAT = 'dd.mm.yyyy hh:mm';

/** A Date whose UTC fields are the wall time of `instant` in `timeZone` (what Excel should display). */
export function wallDate(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique (case-insensitive). */
export function sheetName(name: string, taken: Set<string>): string {
  const base = (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Список'
  ).slice(0, 31);
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i += 1) {
    const suffix = ` (${i})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function toXlsx(cell: Cell, timeZone: string): XlsxCell {
  const fill = 'tone' in cell && cell.tone && cell.tone !== 'none' ? { backgroundColor: TONE_FILL[cell.tone] } : {};
  switch (cell.kind) {
    case 'empty':
      return { ...fill };
    case 'text':
      return { value: cell.text, type: String, ...fill };
    case 'number':
      return { value: cell.value, type: Number, format: cell.format, ...fill };
    case 'date':
      return Number.isNaN(cell.instant.getTime())
        ? null
        : { value: wallDate(cell.instant, timeZone), type: Date, format: DATE_FORMAT };
  }
}

const HEADER_STYLE = { fontWeight: 'bold', wrap: true, alignVertical: 'center', backgroundColor: '#D9D9D9' } as const;

/** The monitoring sheet of one list. */
export function listSheet(list: XlsxList, locale: Locale, taken: Set<string>): Sheet<Blob> {
  const columns = monitoringColumns(locale, { institutions: hasInstitutions(list.rows) });
  const header: Row = columns.map((c) => ({ value: c.header, type: String, ...HEADER_STYLE }));
  const data: Row[] = [header];
  for (const row of list.rows) data.push(columns.map((c) => toXlsx(c.cell(row), list.meta.timeZone)));
  return {
    data,
    sheet: sheetName(list.meta.listName, taken),
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/** The «Учреждения» sheet of a list: one row per institution (its platforms, MAX figures and source, the whole). */
export function institutionsSheet(list: XlsxList, options: XlsxOptions, taken: Set<string>): Sheet<Blob> {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  // the rule set as stored with the export (any version): which platforms and whether the MAX link is asked
  const rules = parseRuleSet(options.rules).rules;
  const columns = institutionColumns(locale, list.meta.timeZone, rules);
  const data: Row[] = [columns.map((c) => ({ value: c.header, type: String, ...HEADER_STYLE }))];
  const at = { ...list.meta.period, now: new Date(list.meta.generatedAt) };
  for (const inst of institutionsOf(list.rows, rules, at)) {
    data.push(columns.map((c) => toXlsx(c.cell(inst), list.meta.timeZone)));
  }
  return {
    data,
    sheet: sheetName(t('sheet.institutions'), taken),
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/** Flattens a rule set into «path → value» pairs (`weights.frequency → 50`). */
export function flattenRules(rules: RuleSetLike, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(rules)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...flattenRules(value as RuleSetLike, path));
    } else out.push([path, value]);
  }
  return out;
}

/**
 * The rule set as «label → value» rows in the user's words (no field names, no codes): every field the product
 * knows has a label (`rule.<path>` in lib/i18n/report.ts), values in words; a field without a label is left out
 * (tests/lib/export/xlsx.test.ts checks every field of the default rule set has one).
 */
export function ruleRows(rules: RuleSetLike, locale: Locale, at: Date): [string, string | number][] {
  const t = createT(reportDicts, locale);
  const dict = reportDicts[locale] as Record<string, unknown>;
  const word = (key: string, fallback: string) => (key in dict ? t(key as ReportKey) : fallback);
  const out: [string, string | number][] = [];
  for (const [path, value] of flattenRules(rules)) {
    const label = `rule.${path}`;
    if (!(label in dict)) continue;
    let shown: string | number;
    if (typeof value === 'boolean') shown = t(value ? 'ruleValue.yes' : 'ruleValue.no');
    else if (typeof value === 'number') shown = value;
    else if (path === 'timeZone' && typeof value === 'string') shown = zoneLabel(value, at, locale);
    else if (path === 'preset') shown = word(`ruleValue.preset.${String(value)}`, t('ruleValue.preset.custom'));
    else if (path === 'postsComparison') shown = word(`ruleValue.comparison.${String(value)}`, String(value));
    else if (path === 'penalty.mode') shown = word(`ruleValue.penalty.${String(value)}`, String(value));
    else if (path === 'penalty.bands' && Array.isArray(value)) {
      // The factor table as «от 0,92 → −6 (опубликовано); …»
      const bands = value as { from: number; points: number; basis: string }[];
      shown =
        bands.length === 0
          ? '—'
          : bands
              .map(
                (b) => `${formatNumber(b.from, locale, 2)} → −${b.points} (${word(`ruleValue.basis.${b.basis}`, '')})`,
              )
              .join('; ');
    } else if (Array.isArray(value))
      shown =
        value.length === 0
          ? t('ruleValue.none')
          : value.map((v) => word(`ruleValue.item.${String(v)}`, String(v))).join(', ');
    else if ((path === 'maxNorm' || path === 'telegramNorm') && value === null) shown = t('ruleValue.normAsVkOk');
    else shown = value === '' || value === null || value === undefined ? '—' : String(value);
    out.push([t(label as ReportKey), shown]);
  }
  return out;
}

const num = (v: number | null, format = '0.00'): XlsxCell => (v === null ? null : { value: v, type: Number, format });

/** The summary sheet: one column per list (indicators), then the rule set. */
export function summarySheet(lists: readonly XlsxList[], options: XlsxOptions, taken: Set<string>): Sheet<Blob> {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const bold = { fontWeight: 'bold' } as const;
  const line = (label: string, cell: (l: XlsxList) => XlsxCell): Row => [
    { value: label, type: String, ...bold },
    ...lists.map(cell),
  ];
  const data: Row[] = [
    line(t('summary.list'), (l) => ({ value: l.meta.listName, type: String, ...bold })),
    line(t('summary.organisation'), (l) => (l.meta.organisation ? { value: l.meta.organisation, type: String } : null)),
    line(t('summary.period'), (l) => ({
      value: formatMonth(l.meta.period.year, l.meta.period.month, locale),
      type: String,
    })),
    line(t('summary.generatedAt'), (l) => ({
      value: wallDate(new Date(l.meta.generatedAt), l.meta.timeZone),
      type: Date,
      format: DATE_FORMAT,
    })),
    line(t('summary.groups'), (l) => num(l.indicators.groups, '0')),
    line(t('summary.audited'), (l) => num(l.indicators.audited, '0')),
    line(t('summary.frequency'), (l) => num(l.indicators.frequency)),
    line(t('summary.passed'), (l) => num(l.indicators.passed, '0')),
    line(t('summary.decided'), (l) => num(l.indicators.decided, '0')),
    line(t('summary.undecided'), (l) => num(l.indicators.undecided, '0')),
    line(t('summary.engagementRate'), (l) => num(l.indicators.engagementRate)),
    line(t('summary.engagement'), (l) => num(l.indicators.engagement)),
    line(t('summary.reach'), (l) => num(l.indicators.reach)),
    line(t('summary.reachGroups'), (l) => num(l.indicators.reachGroups, '0')),
    line(t('summary.minRequirements'), (l) => num(l.indicators.minRequirements)),
  ];
  const rules = RuleSetSchema.safeParse(options.rules);
  const described = rules.success ? describeRuleSet(rules.data, locale) : null;
  if (rules.success && rules.data.penalty.mode === 'factor-table') {
    data.push(line(t('summary.penalty'), (l) => num(l.indicators.breakdown?.penalty ?? null, '0')));
  }
  if (lists.some((l) => l.indicators.businessCards > 0)) {
    data.push(line(t('summary.businessCards'), (l) => num(l.indicators.businessCards, '0')));
  }
  data.push(
    line(t('summary.total'), (l) => num(l.indicators.total, rules.success && rules.data.roundParts ? '0.00' : '0.0')),
  );
  if (described !== null) {
    data.push([]);
    const text = (label: string, value: string | null) =>
      value === null
        ? []
        : [
            [
              { value: label, type: String, ...bold },
              { value, type: String },
            ] as Row,
          ];
    data.push(...text(t('report.rules'), described.name));
    data.push(...text(t('report.formula'), described.formula));
    data.push(
      ...text(
        '',
        [described.source, ...described.details, described.penalty?.published ?? null].filter(Boolean).join('; '),
      ),
    );
    data.push(...text(t('report.inferred'), described.penalty?.inferred ?? null));
  }
  if (options.rules) {
    data.push([]);
    data.push([{ value: t('summary.rules'), type: String, ...bold }]);
    data.push([
      { value: t('summary.ruleKey'), type: String, ...HEADER_STYLE },
      { value: t('summary.ruleValue'), type: String, ...HEADER_STYLE },
    ]);
    const generated = Date.parse(lists[0]?.meta.generatedAt ?? '');
    const at = new Date(Number.isFinite(generated) ? generated : Date.now());
    for (const [label, value] of ruleRows(options.rules, locale, at)) {
      data.push([
        { value: label, type: String },
        typeof value === 'number' ? { value, type: Number } : { value, type: String },
      ]);
    }
  }
  return {
    data,
    sheet: sheetName(t('sheet.summary'), taken),
    columns: [{ width: 38 }, ...lists.map(() => ({ width: 30 }))],
    stickyColumnsCount: 1,
  };
}

/** The workbook as a Blob: the summary sheet first, then one sheet per list. */
export async function buildXlsx(lists: readonly XlsxList[], options: XlsxOptions = {}): Promise<Blob> {
  const locale = options.locale ?? 'ru';
  const taken = new Set<string>();
  const summary = summarySheet(lists, options, taken);
  const sheets = [
    summary,
    ...lists.flatMap((l) =>
      hasInstitutions(l.rows)
        ? [listSheet(l, locale, taken), institutionsSheet(l, options, taken)]
        : [listSheet(l, locale, taken)],
    ),
  ];
  return writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
