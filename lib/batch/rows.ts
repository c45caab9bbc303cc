/**
 * The results table's rows from stored groups and their latest audit records; sorting («worst first») and the
 * «только проблемные» filter. Pure. Stored audits are checked structurally; a record that does not fit is shown as
 * not read rather than trusted.
 */

import { toReportAudit } from '../export/from-history';
import type { AuditRecord, GroupRecord } from '../ext/history';
import {
  auditInstitution,
  groupByInstitution,
  type InstitutionAudit,
  type InstitutionAuditOptions,
  type InstitutionPage,
  monthState,
} from '../institutions/audit';
import type { MaxLinkPage } from '../institutions/max-link';
import type { InstitutionRecord } from '../institutions/types';
import {
  type CheckId,
  type CheckStatus,
  isReadablePlatform,
  type Platform,
  type Presence,
  type WeekStatus,
} from '../types';
import { type AudienceSizes, audienceSizeFor } from './audience';
import { storedPresence } from './record';

export interface RowWeek {
  posts: number;
  required: number;
  status: WeekStatus;
  /** False for a MAX/Telegram week whose count was not entered (`posts` then means nothing). */
  entered?: boolean;
}

export type ReadStatus = 'complete' | 'partial' | 'failed' | 'never';

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
  items: Record<'cover' | 'avatar' | 'description' | 'pos-widget', Presence>;
  month: { year: number; month: number; weeks: readonly RowWeek[] } | null;
  previous: { year: number; month: number; weeks: readonly RowWeek[] } | null;
  er: number | null;
  achievement: number | null;
  reach: number | null;
  predicted: number | null;
  predictedRange: { min: number; max: number } | null;
  /** Checks that failed, plus a failed or partial read. */
  problems: number;
  /** What the last read found of the page's links to MAX/Telegram (the MAX-link check); null: no read page. */
  links: MaxLinkPage | null;
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

export function rowOf(group: GroupRecord, record: AuditRecord | null, audienceSizes: AudienceSizes = {}): ResultRow {
  // The same structural check of a stored audit as the reports (lib/export/from-history.ts)
  const audit = record?.status === 'failed' ? null : toReportAudit(record?.audit, record?.page);
  const previous = record === null ? null : toReportAudit(record.previous, record.page);
  const page = (record?.page ?? null) as Record<string, unknown> | null;
  const checks: Partial<Record<CheckId, CheckStatus>> = {};
  for (const c of audit?.checks ?? []) checks[c.id] = c.status;
  let read: ReadStatus = 'never';
  if (record !== null) read = audit === null ? 'failed' : record.status === 'partial' ? 'partial' : 'complete';
  const failedChecks = Object.values(checks).filter((s) => s === 'fail').length;
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
    items: {
      cover: storedPresence(page?.cover),
      avatar: storedPresence(page?.avatar),
      description: storedPresence(page?.description),
      'pos-widget': storedPresence(page?.posWidget),
    },
    month: audit === null ? null : { year: audit.month.year, month: audit.month.month, weeks: audit.month.weeks },
    previous:
      previous === null
        ? null
        : { year: previous.month.year, month: previous.month.month, weeks: previous.month.weeks },
    er: audit?.engagement.rate ?? null,
    achievement: audit?.engagement.achievement ?? null,
    reach: record?.metrics?.reach ?? null,
    predicted: audit?.predictedScore ?? null,
    predictedRange: audit?.predictedRange ?? null,
    problems: failedChecks + (read === 'failed' || read === 'partial' ? 1 : 0),
    links: linkPageOf(page),
  };
}

export function isProblem(row: ResultRow): boolean {
  return row.problems > 0 || row.read === 'never';
}

export type SortKey = 'worst' | 'name' | 'site' | 'members' | 'er' | 'reach' | 'predicted' | 'read';

/** The score a row is ranked by (lower = worse): its predicted score, else the lowest it can still be. */
function rank(row: ResultRow): number {
  if (row.read === 'failed') return -3;
  if (row.checks['gov-mark'] === 'fail') return -2;
  if (row.read === 'never') return -1;
  return row.predicted ?? row.predictedRange?.min ?? 0;
}

function compareNullable(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

const READ_ORDER: Record<ReadStatus, number> = { failed: 0, never: 1, partial: 2, complete: 3 };

export function sortRows(rows: readonly ResultRow[], key: SortKey, descending = false, locale = 'ru'): ResultRow[] {
  const collator = new Intl.Collator(locale);
  const cmp = (a: ResultRow, b: ResultRow): number => {
    switch (key) {
      case 'worst':
        return rank(a) - rank(b) || b.problems - a.problems || collator.compare(a.name ?? a.url, b.name ?? b.url);
      case 'name':
        return collator.compare(a.name ?? a.url, b.name ?? b.url);
      case 'site':
        return a.site.localeCompare(b.site) || collator.compare(a.name ?? a.url, b.name ?? b.url);
      case 'members':
        return compareNullable(a.members, b.members);
      case 'er':
        return compareNullable(a.er, b.er);
      case 'reach':
        return compareNullable(a.reach, b.reach);
      case 'predicted':
        return compareNullable(a.predicted, b.predicted);
      case 'read':
        return READ_ORDER[a.read] - READ_ORDER[b.read];
    }
  };
  const sorted = [...rows].sort(cmp);
  return descending ? sorted.reverse() : sorted;
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
