/**
 * The input of every export (XLSX, CSV, printable report, admin messages): one `ReportRow` per group.
 * Decoupled from storage: the popup (one group) and the batch page (a list) both map their data to it.
 *
 * `ReportAudit` is the structural subset of the engine's `Audit` (issue 2 contract) that exports read;
 * the real `Audit` is assignable to it. Optional extras are read when the engine provides them.
 */
import type { PageTexts } from '../institutions/max-first';
import type { CheckId, CheckStatus, CommunityPage, Platform, WeekNumber, WeekStatus } from '../types';

export interface ReportCheck {
  id: CheckId;
  status: CheckStatus;
  /** Machine-readable code ('in-progress', 'application-pending', 'page-not-readable', 'input-missing', …). */
  reason: string;
}

export interface ReportWeek {
  week: WeekNumber;
  posts: number;
  required: number;
  status: WeekStatus;
  /** The week contains the audit's `now` (engine audits say; see lib/i18n/vocabulary.ts weekStates). */
  current?: boolean;
}

export interface ReportAudit {
  checks: readonly ReportCheck[];
  month: { year: number; month: number; weeks: readonly ReportWeek[] };
  /** Percents; rate rounded to 2 decimals. */
  engagement: { rate: number | null; achievement: number | null };
  predictedScore: number | null;
  predictedRange: { min: number; max: number } | null;
  // ---- engine extras, read when present ----
  /** The score inputs F, E, R, M (null = unknown). */
  breakdown?: {
    frequency: number | null;
    engagement: number | null;
    reach: number | null;
    minRequirements: number | null;
  };
  /** Pooled counters of the counted posts (for the set's ER). */
  engagementDetail?: { likes: number; comments: number; reposts: number; views: number };
  /** RKN facts; `threshold` is the rule set's (older stored audits lack it). */
  rkn?: { threshold?: number };
}

export interface ReportGroup {
  name: string;
  url: string;
  site: Platform;
  members: number | null;
  category?: string;
  /** A «визитка» page (the list's flag): left out of the frequency by rule sets that say so. */
  businessCard?: boolean;
  /** The audience size the user entered for reach (pupils + parents, residents…). */
  audienceSize?: number | null;
  /** The institution the page belongs to (one school's VK, OK, MAX… pages; docs/institutions.md). */
  institution?: { id: string; name: string };
}

export type ReadStatus = 'complete' | 'partial' | 'failed';

export interface ReportRow {
  group: ReportGroup;
  page: CommunityPage | null;
  audit: ReportAudit | null;
  readStatus: ReadStatus;
  /** ISO instant the group was checked (for figures entered by hand: when they were entered). */
  checkedAt: string;
  error?: string;
  /** 'manual': MAX/Telegram figures entered by hand («введено вручную»); absent = read from the page. */
  source?: 'page' | 'manual';
  /** «MAX first» (pages of an institution): the stored page's posts with first words, or a MAX page's posts entered
   * (lib/institutions/max-first.ts). */
  texts?: PageTexts;
}

/**
 * The set's indicators: the group-list page's type (lib/batch/indicators), computed by `computeSetIndicators`
 * (derive.ts) through the same `setIndicators`.
 */
export type { SetIndicators } from '../batch/indicators';

/** Who the report is for and what it covers (title block). */
export interface ReportMeta {
  /** Organisation (e.g. «Министерство образования Челябинской области»). */
  organisation?: string;
  /** List name (sheet name, report title). */
  listName: string;
  /** The evaluated month. */
  period: { year: number; month: number };
  /** ISO instant of the report (export time). */
  generatedAt: string;
  /** IANA zone for dates and deadlines (the rule set's). */
  timeZone: string;
}

/** A rule set as plain data (the engine's `RuleSet`), shown on the summary sheet. */
export type RuleSetLike = { readonly [key: string]: unknown };
