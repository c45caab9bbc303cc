/**
 * Institutions in the exports: the report rows grouped by institution, each audited as a whole
 * (lib/institutions/audit.ts), and the «Учреждения» table the XLSX sheet, the printable report and the messages share:
 * one row per institution, a column per platform, the MAX figures and where they came from. Pure.
 */
import { DEFAULT_RULES, type RuleSet } from '../audit/rules';
import { WEEK_NUMBERS } from '../calendar';
import { createT, formatDay, type Locale } from '../i18n';
import { maxFirstProblem } from '../i18n/max-first';
import reportDicts, { type ReportKey } from '../i18n/report';
import { presenceWord, weekStates, weekWord } from '../i18n/vocabulary';
import {
  auditInstitution,
  type InstitutionAudit,
  type InstitutionPage,
  institutionOptions,
  type PlatformState,
} from '../institutions/audit';
import { pageTextsOf } from '../institutions/max-first';
import { PLATFORMS } from '../types';
import { frequencyState, membersOf, weekOf } from './derive';
import type { Cell, Tone } from './table';
import type { ReportRow } from './types';

/** A report row as a page of its institution. */
export function institutionPageOfReport(row: ReportRow): InstitutionPage {
  const never = row.audit === null;
  return {
    key: row.group.url,
    site: row.group.site,
    url: row.group.url,
    month: never ? null : frequencyState(row),
    read: never ? 'never' : row.readStatus,
    source: row.source ?? 'page',
    links: row.page,
    texts: row.texts ?? (row.page === null ? null : pageTextsOf(row.page)),
    at: row.checkedAt,
  };
}

export interface ReportInstitution {
  audit: InstitutionAudit;
  rows: ReportRow[];
}

/**
 * The institutions of a list's rows, in the order of their first page (pages of no institution are left out). `at`:
 * the month evaluated and the export time, for «MAX first» where the rule set asks.
 */
export function institutionsOf(
  rows: readonly ReportRow[],
  rules: RuleSet = DEFAULT_RULES,
  at?: { year: number; month: number; now: Date },
): ReportInstitution[] {
  const byId = new Map<string, { name: string; rows: ReportRow[] }>();
  for (const row of rows) {
    const inst = row.group.institution;
    if (inst === undefined) continue;
    const entry = byId.get(inst.id) ?? { name: inst.name, rows: [] };
    entry.rows.push(row);
    byId.set(inst.id, entry);
  }
  return [...byId].map(([id, { name, rows: own }]) => ({
    audit: auditInstitution({ id, name }, own.map(institutionPageOfReport), institutionOptions(rules, at)),
    rows: own,
  }));
}

export const hasInstitutions = (rows: readonly ReportRow[]): boolean =>
  rows.some((r) => r.group.institution !== undefined);

const STATE_TONE: Record<PlatformState['status'], Tone> = {
  pass: 'pass',
  fail: 'fail',
  pending: 'warn',
  unknown: 'none',
  missing: 'fail',
  none: 'none',
};

export interface InstitutionColumn {
  id: string;
  header: string;
  width: number;
  cell: (inst: ReportInstitution) => Cell;
}

/**
 * «ВКонтакте: есть; Одноклассники: не определено» — the MAX-link column, only where the rule set asks for the link;
 * the link is a page element, so its words and tone are the vocabulary's (docs/vocabulary.md).
 */
function maxLinkColumns(
  rules: Pick<RuleSet, 'maxLinkRequired'>,
  t: ReturnType<typeof createT<ReportKey>>,
  locale: Locale,
): InstitutionColumn[] {
  if (!rules.maxLinkRequired) return [];
  return [
    {
      id: 'max-link',
      header: t('inst.maxLink'),
      width: 24,
      cell: (inst) => {
        const links = inst.audit.maxLinks;
        if (links.length === 0) return { kind: 'empty' };
        const text = links.map((l) => `${t(`site.${l.site}`)}: ${presenceWord(l.status, locale)}`).join('; ');
        const tone: Tone = links.some((l) => l.status === 'fail')
          ? 'fail'
          : links.every((l) => l.status === 'pass')
            ? 'pass'
            : 'neutral';
        return { kind: 'text', text, tone };
      },
    },
  ];
}

/**
 * «1: выполнена; 2: не выполнена; …» — «Публикация сначала в MAX» per week (the vocabulary's week words), with the
 * failed weeks' posts; only where the rule set asks (docs/max.md).
 */
function maxFirstColumns(
  rules: Pick<RuleSet, 'maxFirst'>,
  t: ReturnType<typeof createT<ReportKey>>,
  locale: Locale,
  timeZone: string,
): InstitutionColumn[] {
  if (!rules.maxFirst) return [];
  return [
    {
      id: 'max-first',
      header: t('inst.maxFirst'),
      width: 40,
      cell: (inst) => {
        const m = inst.audit.maxFirst;
        if (m === null) return { kind: 'empty' };
        const states = weekStates(m.weeks, false);
        const weeks = m.weeks.map((w, i) => `${w.week}: ${weekWord(states[i] ?? 'unknown', locale)}`).join('; ');
        const problems = m.weeks.filter((w) => w.status === 'fail').map((w) => maxFirstProblem(w, locale, timeZone));
        const tone: Tone = m.status === 'fail' ? 'fail' : m.status === 'pass' ? 'pass' : 'none';
        return { kind: 'text', text: [weeks, ...problems].join(' — '), tone };
      },
    },
  ];
}

/** «введено вручную, 9 декабря» / «не введено» for a MAX/Telegram row. */
export function manualSourceText(row: ReportRow, timeZone: string, locale: Locale): string {
  const t = createT(reportDicts, locale);
  if (row.audit === null || Number.isNaN(Date.parse(row.checkedAt))) return t('source.notEntered');
  return t('source.manualOn', { date: formatDay(new Date(row.checkedAt), timeZone, locale) });
}

/** The «Учреждения» table: name, a column per platform, MAX subscribers, weeks and source, the whole. */
export function institutionColumns(
  locale: Locale,
  timeZone: string,
  rules: Pick<RuleSet, 'maxLinkRequired' | 'maxFirst'> = DEFAULT_RULES,
): InstitutionColumn[] {
  const t = createT(reportDicts, locale);
  const text = (s: string, tone?: Tone): Cell => ({ kind: 'text', text: s, tone });
  const maxRow = (inst: ReportInstitution) => inst.rows.find((r) => r.group.site === 'max');
  const platformColumns = PLATFORMS.map(
    (platform): InstitutionColumn => ({
      id: `platform-${platform}`,
      header: t(`site.${platform}`),
      width: 16,
      cell: (inst) => {
        const state = inst.audit.platforms.find((p) => p.platform === platform);
        const status = state?.status ?? 'none';
        return text(t(`inst.${status}`), STATE_TONE[status]);
      },
    }),
  );
  const maxWeeks = WEEK_NUMBERS.map(
    (week): InstitutionColumn => ({
      id: `max-week${week}`,
      header: t('inst.maxWeek', { week }),
      width: 10,
      cell: (inst) => {
        const row = maxRow(inst);
        const w = row === undefined ? undefined : weekOf(row, week);
        if (w === undefined || (w as { entered?: boolean }).entered === false) return { kind: 'empty' };
        const tone: Tone = w.status === 'pass' ? 'pass' : w.status === 'fail' ? 'fail' : 'none';
        return { kind: 'number', value: w.posts, format: '0', decimals: 0, tone };
      },
    }),
  );
  return [
    { id: 'name', header: t('inst.name'), width: 40, cell: (inst) => text(inst.audit.name) },
    ...platformColumns,
    {
      id: 'max-members',
      header: t('inst.maxMembers'),
      width: 12,
      cell: (inst) => {
        const row = maxRow(inst);
        const members = row === undefined ? null : membersOf(row);
        return members === null ? { kind: 'empty' } : { kind: 'number', value: members, format: '0', decimals: 0 };
      },
    },
    ...maxWeeks,
    {
      id: 'max-source',
      header: t('inst.maxSource'),
      width: 24,
      cell: (inst) => {
        const row = maxRow(inst);
        return row === undefined ? { kind: 'empty' } : text(manualSourceText(row, timeZone, locale));
      },
    },
    ...maxLinkColumns(rules, t, locale),
    ...maxFirstColumns(rules, t, locale, timeZone),
    {
      id: 'compliance',
      header: t('inst.compliance'),
      width: 18,
      cell: (inst) => {
        const c = inst.audit.compliance;
        return text(t(`compliance.${c}`), c === 'pass' ? 'pass' : c === 'fail' ? 'fail' : 'none');
      },
    },
  ];
}
