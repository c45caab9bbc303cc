/**
 * Maps stored records (lib/ext/history.ts: groups and their latest audit records) to `ReportRow`s. Pure: the
 * report page and the batch page fetch the records and call this. The stored engine `Audit` is checked
 * structurally before use; a record that does not fit is shown as «не прочитано» rather than trusted.
 */
import * as z from 'zod/mini';
import { type AudienceSizes, audienceSizeFor } from '../batch/audience';
import type { YearMonth } from '../calendar';
import type { AuditRecord, GroupRecord } from '../history/records';
import { pageTextsOf } from '../institutions/max-first';
import { CHECK_IDS, type CheckId, type CommunityPage, CommunityPageSchema, isReadablePlatform } from '../types';
import type { ReportAudit, ReportRow } from './types';

// Any id: a check this build does not know (a backup from a newer version) is dropped below, not a failed read
const CheckSchema = z.looseObject({
  id: z.string(),
  status: z.enum(['pass', 'fail', 'unknown', 'not-applicable']),
  reason: z.optional(z.string()),
});
const KNOWN_CHECKS: ReadonlySet<string> = new Set(CHECK_IDS);
const WeekSchema = z.looseObject({
  week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  posts: z.number(),
  required: z.number(),
  status: z.enum(['pass', 'fail', 'pending', 'unknown']),
});
const nullableNumber = () => z.nullable(z.number());
export const ReportAuditSchema = z.looseObject({
  checks: z.array(CheckSchema),
  month: z.looseObject({ year: z.number(), month: z.number(), weeks: z.array(WeekSchema) }),
  engagement: z.looseObject({ rate: nullableNumber(), achievement: nullableNumber() }),
  predictedScore: nullableNumber(),
  predictedRange: z.nullable(z.looseObject({ min: z.number(), max: z.number() })),
  breakdown: z.optional(
    z.looseObject({
      frequency: nullableNumber(),
      engagement: nullableNumber(),
      reach: nullableNumber(),
      minRequirements: nullableNumber(),
    }),
  ),
  engagementDetail: z.optional(
    z.looseObject({ likes: z.number(), comments: z.number(), reposts: z.number(), views: z.number() }),
  ),
});

/**
 * A stored RKN failure stands only when the stored page proved the «А+» mark absent (docs/rkn-registration.md).
 * Builds before the revised table failed every page over 10 000 without a 2024-style link, also pages registered the
 * 2025 way (a `gosuslugi.ru/snet/…` link or «А+») that they could not see: such a record reads as 'registration-not-seen'.
 */
export function rknAsNowRead<C extends { status: string; reason: string }>(check: C, page: unknown): C {
  const aPlus = page && typeof page === 'object' ? (page as { aPlusMark?: unknown }).aPlusMark : undefined;
  return check.status === 'fail' && aPlus !== 'missing'
    ? { ...check, status: 'unknown', reason: 'registration-not-seen' }
    : check;
}

/**
 * The stored engine audit as a `ReportAudit`, or null when it does not fit the contract. `page`: the stored page of
 * the same record (its «А+» reading decides whether a stored RKN failure still stands).
 */
export function toReportAudit(value: unknown, page?: unknown): ReportAudit | null {
  const parsed = ReportAuditSchema.safeParse(value);
  if (!parsed.success) return null;
  const checks = parsed.data.checks
    .filter((c) => KNOWN_CHECKS.has(c.id))
    .map((c) => {
      const check = { ...c, id: c.id as CheckId, reason: c.reason ?? '' };
      return c.id === 'rkn-registration' ? rknAsNowRead(check, page) : check;
    });
  return { ...parsed.data, checks } as ReportAudit;
}

/** Stored pages have no posts; fill the array so the page fits `CommunityPage`. */
function toPage(value: unknown): CommunityPage | null {
  if (!value || typeof value !== 'object') return null;
  const parsed = CommunityPageSchema.safeParse({ posts: [], ...(value as object) });
  return parsed.success ? parsed.data : null;
}

/**
 * One report row for a group and its latest audit record (none yet → «не прочитано» with no check time).
 * `audienceSizes` are the settings' per-group sizes (lib/batch/audience.ts decides which one applies). With `month`,
 * the row carries the record's audit of that month — the month it was read in or the month before (every record
 * keeps both, docs/month-in-view.md) — else, and without `month`, the latest audit. `institution`: the institution
 * the page belongs to (docs/institutions.md), named in the reports.
 */
export function rowFromRecords(
  group: GroupRecord,
  record: AuditRecord | undefined,
  audienceSizes: AudienceSizes = {},
  institution: { id: string; name: string } | null = null,
  month?: YearMonth,
): ReportRow {
  const page = record ? toPage(record.page) : null;
  const latest = record ? toReportAudit(record.audit, record.page) : null;
  const before = record && month !== undefined && latest !== null ? toReportAudit(record.previous, record.page) : null;
  const same = (a: ReportAudit | null) => a !== null && a.month.year === month?.year && a.month.month === month.month;
  const audit = same(before) && !same(latest) ? before : latest;
  const audienceSize = audienceSizeFor(group, record, audienceSizes);
  // a MAX/Telegram record has no read page: its entered subscribers stand as the members
  const entered = record?.page?.members;
  return {
    group: {
      name: group.name ?? page?.name ?? group.url,
      url: group.url,
      site: group.site,
      members: page?.members ?? (typeof entered === 'number' ? entered : null),
      category: group.category ?? undefined,
      businessCard: group.businessCard === true,
      audienceSize,
      ...(institution === null ? {} : { institution }),
    },
    page,
    audit,
    readStatus: !record || (record.audit !== null && audit === null) ? 'failed' : record.status,
    checkedAt: record?.at ?? '',
    error: record?.error ?? undefined,
    ...(!isReadablePlatform(group.site) ? { source: 'manual' as const } : {}),
    // «MAX first»: a MAX record's page is no CommunityPage, so what it carries is taken here
    ...(record?.page && institution !== null ? { texts: pageTextsOf(record.page) } : {}),
  };
}
