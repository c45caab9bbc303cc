/**
 * The records the history database keeps (lib/ext/history.ts), as pure zod schemas and types: group lists, groups,
 * audit records with their metrics and settings snapshot, and the typed result of a history write. Pure: the engine's
 * consumers (lib/batch, lib/export, components) import these without the IndexedDB code.
 */
import * as z from 'zod/mini';
import { PlatformSchema } from '../types';

export const ListRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Group keys in the list's order. */
  groupKeys: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ListRecord = z.infer<typeof ListRecordSchema>;

export const GroupRecordSchema = z.object({
  key: z.string(),
  /** VK and OK pages are read; MAX and Telegram entries are figures entered by hand (docs/institutions.md). */
  site: PlatformSchema,
  url: z.string(),
  name: z.nullable(z.string()),
  /** Numeric id once known (from the link or the first read). */
  id: z.nullable(z.string()),
  screenName: z.nullable(z.string()),
  /** The audience size the user entered for the reach indicator. */
  audienceSize: z.nullable(z.number()),
  category: z.nullable(z.string()),
  /** A «визитка» page: left out of the frequency by rule sets that say so (docs/rule-sets.md). Absent = no. */
  businessCard: z.optional(z.boolean()),
  addedAt: z.string(),
  /** The institution (one school's VK, OK, MAX… pages) the page belongs to; absent in records before v3. */
  institutionId: z.optional(z.nullable(z.string())),
});
export type GroupRecord = z.infer<typeof GroupRecordSchema>;

/** Numbers the trend chart, the set indicators and the reports need without re-running the engine. */
export const AuditMetricsSchema = z.object({
  year: z.number(),
  month: z.number(),
  /** Posts per evaluation week 1–4; null = #Н/Д (failed for a missing mark or not readable). */
  weeks: z.array(z.nullable(z.number())),
  weekStatuses: z.array(z.string()),
  /** Frequency check of the month: pass / fail / unknown. */
  frequency: z.string(),
  prevYear: z.nullable(z.number()),
  prevMonth: z.nullable(z.number()),
  prevWeeks: z.nullable(z.array(z.nullable(z.number()))),
  prevFrequency: z.nullable(z.string()),
  /** Reaction and view sums of the previous month's counted posts. */
  prevEngagement: z.nullable(
    z.object({ likes: z.number(), comments: z.number(), reposts: z.number(), views: z.number() }),
  ),
  /** Presence of the minimum-requirement items (lib/audit/items.ts); audits before rule set v2 lack gov-mark, design. */
  items: z.record(z.string(), z.enum(['present', 'missing', 'unknown'])),
  er: z.nullable(z.number()),
  achievement: z.nullable(z.number()),
  likes: z.number(),
  comments: z.number(),
  reposts: z.number(),
  views: z.number(),
  members: z.nullable(z.number()),
  reach: z.nullable(z.number()),
  predictedScore: z.nullable(z.number()),
});
export type AuditMetrics = z.infer<typeof AuditMetricsSchema>;

export const SettingsSnapshotSchema = z.object({
  timeZone: z.string(),
  audienceSize: z.nullable(z.number()),
  /** The rule set used (as stored by the settings). */
  rules: z.unknown(),
});
export type SettingsSnapshot = z.infer<typeof SettingsSnapshotSchema>;

/** Where an audit record came from. */
export const AuditSourceSchema = z.enum(['popup', 'batch', 'reminder', 'import', 'manual']);
/** How far the read behind an audit record got. */
export const AuditStatusSchema = z.enum(['complete', 'partial', 'failed']);

export const AuditRecordSchema = z.object({
  id: z.optional(z.number()),
  groupKey: z.string(),
  /** ISO instant of the read. */
  at: z.string(),
  source: AuditSourceSchema,
  rulesVersion: z.number(),
  status: AuditStatusSchema,
  /** Failure reason or the reader's `partial` reason. */
  error: z.nullable(z.string()),
  /** The read page without its posts (no page HTML is ever stored). */
  page: z.nullable(z.looseObject({ site: PlatformSchema, url: z.string() })),
  postCount: z.number(),
  /** The engine's Audit of the month containing the read time, and of the previous month. */
  audit: z.nullable(z.looseObject({})),
  previous: z.nullable(z.looseObject({})),
  metrics: z.nullable(AuditMetricsSchema),
  settings: z.nullable(SettingsSnapshotSchema),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

// ---------------------------------------------------------------- results and errors

export type HistoryErrorKind = 'quota' | 'invalid' | 'not-found' | 'unavailable' | 'unknown';
export interface HistoryError {
  kind: HistoryErrorKind;
  message: string;
}
export type HistoryResult<T> = { ok: true; value: T } | { ok: false; error: HistoryError };
