/**
 * The results table's rows from stored groups and their latest audit records; the month a row is shown for; the
 * posts still needed in the running week; sorting («worst first», «нужно ещё») and the «только проблемные» filter.
 * Pure. Stored audits are checked structurally; a record that does not fit is shown as not read rather than trusted.
 */

import { toReportAudit } from '../export/from-history';
import type { ReportAudit } from '../export/types';
import type { AuditRecord, GroupRecord } from '../history/records';
import { type CheckState, checkState } from '../i18n/vocabulary';
import {
  auditInstitution,
  groupByInstitution,
  type InstitutionAudit,
  type InstitutionAuditOptions,
  type InstitutionPage,
  monthState,
} from '../institutions/audit';
import { type PageTexts, pageTextsOf } from '../institutions/max-first';
import type { MaxLinkPage } from '../institutions/max-link';
import type { InstitutionRecord } from '../institutions/types';
import {
  type CheckId,
  type CheckStatus,
  isReadablePlatform,
  type Platform,
  type Presence,
  type WeekNumber,
  type WeekStatus,
} from '../types';
import { API_LAYOUT } from '../vkapi/layout';
import { type AudienceSizes, audienceSizeFor } from './audience';
import { storedPresence } from './record';

export interface RowWeek {
  week: WeekNumber;
  posts: number;
  required: number;
  status: WeekStatus;
  /** False for a MAX/Telegram week whose count was not entered (`posts` then means nothing). */
  entered?: boolean;
}

export type ReadStatus = 'complete' | 'partial' | 'failed' | 'never';

/** A calendar month (1–12), as the screens' month switch names it. */
export interface MonthRef {
  year: number;
  month: number;
}

/** One month of a row: its weeks and the month's own ER, score and frequency (the audit of that month). */
export interface RowMonth extends MonthRef {
  weeks: readonly RowWeek[];
  er: number | null;
  achievement: number | null;
  predicted: number | null;
  predictedRange: { min: number; max: number } | null;
  /** The month's frequency check: pass, fail, or unknown (in progress or not readable). */
  frequency: CheckStatus;
}

/** The evaluation week running now (in the rule zone), or null on days 29–31. */
export interface RunningWeek extends MonthRef {
  week: WeekNumber;
}

export interface ResultRow {
  key: string;
  url: string;
  site: Platform;
  name: string | null;
  /** The institution the page belongs to (docs/institutions.md). */
  institutionId: string | null;
  /** Where the figures come from: the page read, or entered by hand (MAX, Telegram: «введено вручную»). */
  source: 'page' | 'manual';
  category: string | null;
  /** A «визитка» page (the group's flag). */
  businessCard: boolean;
  audienceSize: number | null;
  read: ReadStatus;
  /** Failure or partial reason code. */
  error: string | null;
  at: string | null;
  members: number | null;
  checks: Partial<Record<CheckId, CheckStatus>>;
  /** The same checks in the one vocabulary's states (lib/i18n/vocabulary.ts: «заявление подано», «идёт», #Н/Д…). */
  states: Partial<Record<CheckId, CheckState>>;
  items: Record<'cover' | 'avatar' | 'description' | 'pos-widget', Presence>;
  /** The month of the latest audit (the month the group was read in). */
  month: RowMonth | null;
  /** The month before it, all its weeks decided. */
  previous: RowMonth | null;
  /**
   * Posts still needed in the running week as of the latest read (0: the norm is met); null when not known — no
   * audit of the running month, the week unreadable, days 29–31, or no «Госорганизация» mark (#Н/Д: posts do not
   * help). Set by `rowOf` when it is given the running week.
   */
  needed: number | null;
  er: number | null;
  achievement: number | null;
  reach: number | null;
  predicted: number | null;
  predictedRange: { min: number; max: number } | null;
  /** Checks that failed, a failed or partial read, and a month before the latest one that failed its frequency. */
  problems: number;
  /** Where the latest audit's figures came from: VK's API (layout 'vk-api', docs/vk-api.md) or the pages. */
  dataSource: 'api' | 'page' | null;
  /** What the last read found of the page's links to MAX/Telegram (the MAX-link check); null: no read page. */
  links: MaxLinkPage | null;
  /** «MAX first»: the stored page's posts with first words, or the MAX posts entered (null: no record, or the page
   * belongs to no institution). */
  texts: PageTexts | null;
}

/** The stored page's part the MAX-link check reads (pages stored before the links were read have none). */
function linkPageOf(page: Record<string, unknown> | null): MaxLinkPage | null {
  if (page === null) return null;
  const links = page.messengerLinks;
  return {
    messengerLinks: Array.isArray(links) ? links.filter((l): l is string => typeof l === 'string') : null,
    description: storedPresence(page.description),
    descriptionComplete: page.descriptionComplete === true,
  };
}

function rowMonth(audit: ReportAudit | null): RowMonth | null {
  if (audit === null) return null;
  const frequency = audit.checks.find((c) => c.id === 'frequency')?.status ?? 'unknown';
  return {
    year: audit.month.year,
    month: audit.month.month,
    weeks: audit.month.weeks,
    er: audit.engagement.rate,
    achievement: audit.engagement.achievement,
    predicted: audit.predictedScore,
    predictedRange: audit.predictedRange,
    frequency: frequency === 'not-applicable' ? 'unknown' : frequency,
  };
}

/** A month lost to the frequency rule: its check failed, or a week of it failed. */
const monthFailed = (m: RowMonth | null) =>
  m !== null && (m.frequency === 'fail' || m.weeks.some((w) => w.status === 'fail'));

/** Posts still needed in `running` by the row's audit of that month (see `ResultRow.needed`). */
export function neededIn(
  month: RowMonth | null,
  running: RunningWeek | null,
  govMark: CheckStatus | undefined,
): number | null {
  if (running === null || month === null || govMark === 'fail') return null;
  if (month.year !== running.year || month.month !== running.month) return null;
  const week = month.weeks.find((w) => w.week === running.week);
  if (week === undefined || week.status === 'unknown' || week.status === 'fail') return null;
  return Math.max(0, week.required - week.posts);
}

/**
 * The row of one group. `running` is the evaluation week running now (lib/export/deadline.ts
 * `currentEvaluationWeek`): when given, `needed` says how many posts the group still needs in it.
 */
export function rowOf(
  group: GroupRecord,
  record: AuditRecord | null,
  audienceSizes: AudienceSizes = {},
  running: RunningWeek | null = null,
): ResultRow {
  // The same structural check of a stored audit as the reports (lib/export/from-history.ts)
  const audit = record?.status === 'failed' ? null : toReportAudit(record?.audit, record?.page);
  const previous = record === null ? null : toReportAudit(record.previous, record.page);
  const page = (record?.page ?? null) as Record<string, unknown> | null;
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  const states: Partial<Record<CheckId, CheckState>> = {};
  for (const c of audit?.checks ?? []) {
    checks[c.id] = c.status;
    states[c.id] = checkState({ id: c.id, status: c.status, reason: c.reason ?? '' });
  }
  let read: ReadStatus = 'never';
  if (record !== null) read = audit === null ? 'failed' : record.status === 'partial' ? 'partial' : 'complete';
  const failedChecks = Object.values(checks).filter((s) => s === 'fail').length;
  const reach = record?.metrics?.reach ?? null;
  const month = rowMonth(audit);
  const before = rowMonth(previous);
  const members = typeof page?.members === 'number' ? page.members : (record?.metrics?.members ?? null);
  const name = group.name ?? (typeof page?.name === 'string' ? page.name : null);
  return {
    key: group.key,
    url: group.url,
    site: group.site,
    name,
    institutionId: group.institutionId ?? null,
    source: isReadablePlatform(group.site) ? 'page' : 'manual',
    category: group.category,
    businessCard: group.businessCard === true,
    audienceSize: audienceSizeFor(group, record, audienceSizes),
    read,
    error: record?.error ?? null,
    at: record?.at ?? null,
    members,
    checks,
    states,
    items: {
      cover: storedPresence(page?.cover),
      avatar: storedPresence(page?.avatar),
      description: storedPresence(page?.description),
      'pos-widget': storedPresence(page?.posWidget),
    },
    month,
    previous: before,
    needed: neededIn(month, running, checks['gov-mark']),
    er: month?.er ?? null,
    achievement: month?.achievement ?? null,
    reach,
    predicted: month?.predicted ?? null,
    predictedRange: month?.predictedRange ?? null,
    problems:
      failedChecks +
      (read === 'failed' || read === 'partial' ? 1 : 0) +
      (audit !== null && monthFailed(before) ? 1 : 0),
    dataSource: record === null ? null : page?.layout === API_LAYOUT ? 'api' : 'page',
    links: linkPageOf(page),
    // read only for pages of an institution: the only ones «MAX first» compares
    texts: page === null || group.institutionId == null ? null : pageTextsOf(page),
  };
}

/** The row's month `view` (its latest audit's month, or the month before), or null when its read covers neither. */
export function monthOfRow(row: ResultRow, view: MonthRef): RowMonth | null {
  for (const m of [row.month, row.previous]) if (m !== null && m.year === view.year && m.month === view.month) return m;
  return null;
}

/**
 * The row as shown for the month `view`: that month's weeks, ER, score (null when the latest read covers another
 * month: the group needs a new check for it). The rest — page state, reads, the running week's need — is the latest.
 */
export function rowInMonth(row: ResultRow, view: MonthRef): ResultRow & { shown: RowMonth | null } {
  const shown = monthOfRow(row, view);
  return {
    ...row,
    shown,
    er: shown?.er ?? null,
    achievement: shown?.achievement ?? null,
    predicted: shown?.predicted ?? null,
    predictedRange: shown?.predictedRange ?? null,
  };
}

/**
 * «Только проблемные»: a failed check, a failed or partial read, a group never read, or a month before the latest
 * that failed its frequency (on 3 December a group that lost November is still a problem).
 */
export function isProblem(row: ResultRow): boolean {
  return row.problems > 0 || row.read === 'never';
}

export type SortKey = 'worst' | 'name' | 'site' | 'members' | 'needed' | 'er' | 'reach' | 'predicted' | 'read';

/** The score a row is ranked by (lower = worse): its predicted score, else the lowest it can still be. */
function rank(row: ResultRow): number {
  if (row.read === 'failed') return -3;
  if (row.checks['gov-mark'] === 'fail') return -2;
  if (row.read === 'never') return -1;
  return row.predicted ?? row.predictedRange?.min ?? 0;
}

/** Numbers in `sign` order (1 ascending, −1 descending); an unknown value goes last either way. */
function compareNullable(a: number | null, b: number | null, sign: 1 | -1): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * (a - b);
}

const READ_ORDER: Record<ReadStatus, number> = { failed: 0, never: 1, partial: 2, complete: 3 };

/** Sorted rows; `descending` reverses the order, but groups without the value stay at the end. */
export function sortRows(rows: readonly ResultRow[], key: SortKey, descending = false, locale = 'ru'): ResultRow[] {
  const collator = new Intl.Collator(locale);
  const sign = descending ? -1 : 1;
  const byName = (a: ResultRow, b: ResultRow) => collator.compare(a.name ?? a.url, b.name ?? b.url);
  const cmp = (a: ResultRow, b: ResultRow): number => {
    switch (key) {
      case 'worst':
        return sign * (rank(a) - rank(b) || b.problems - a.problems || byName(a, b));
      case 'name':
        return sign * byName(a, b);
      case 'site':
        return sign * (a.site.localeCompare(b.site) || byName(a, b));
      case 'members':
        return compareNullable(a.members, b.members, sign);
      case 'needed':
        return compareNullable(a.needed, b.needed, sign) || byName(a, b);
      case 'er':
        return compareNullable(a.er, b.er, sign);
      case 'reach':
        return compareNullable(a.reach, b.reach, sign);
      case 'predicted':
        return compareNullable(a.predicted, b.predicted, sign);
      case 'read':
        return sign * (READ_ORDER[a.read] - READ_ORDER[b.read]);
    }
  };
  return [...rows].sort(cmp);
}

/** A results-table row as a page of its institution. */
export function institutionPageOf(row: ResultRow): InstitutionPage {
  return {
    key: row.key,
    site: row.site,
    url: row.url,
    month:
      row.read === 'never' || row.read === 'failed'
        ? null
        : monthState(
            row.checks.frequency,
            (row.month?.weeks ?? []).map((w) => w.status),
          ),
    read: row.read,
    source: row.source,
    links: row.links,
    texts: row.texts,
    at: row.at,
  };
}

/** The institutions of a list's rows, in the order of their first page, each with its rows and its audit. */
export function institutionRowsOf(
  rows: readonly ResultRow[],
  institutions: readonly InstitutionRecord[],
  options: InstitutionAuditOptions = {},
): { audit: InstitutionAudit; rows: ResultRow[] }[] {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  return [...groupByInstitution(rows)].map(([id, own]) => ({
    audit: auditInstitution({ id, name: byId.get(id)?.name ?? '' }, own.map(institutionPageOf), options),
    rows: own,
  }));
}
