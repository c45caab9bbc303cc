/**
 * Pure accessors: the values every export shows for one `ReportRow` (one group), derived from its audit and page.
 * XLSX, CSV, the printable report and the messages all read through these, so they always agree.
 */
import { DEFAULT_RULES, type RuleSet } from '../audit/rules';
import type { Audit } from '../audit/types';
import { type SetIndicators, type SetMember, setIndicators } from '../batch/indicators';
import { metricsOf } from '../batch/record';
import { WEEK_NUMBERS } from '../calendar';
import { type MonthState, monthState } from '../institutions/audit';
import {
  type CheckId,
  type CheckStatus,
  isReadablePlatform,
  type Presence,
  type WeekNumber,
  type WeekStatus,
} from '../types';
import type { ReportAudit, ReportCheck, ReportRow } from './types';

/** Minimum requirements (methodology §1.5, §3.5). */
export const MIN_REQUIREMENT_IDS: readonly CheckId[] = ['cover', 'avatar', 'description', 'pos-widget'];
/** Order of checks in the checklist (shared with the popup). */
export { CHECK_ORDER } from '../types';

export function findCheck(audit: ReportAudit | null, id: CheckId): ReportCheck | undefined {
  return audit?.checks.find((c) => c.id === id);
}

export function checkStatus(row: ReportRow, id: CheckId): CheckStatus | null {
  return findCheck(row.audit, id)?.status ?? null;
}

type PresenceField = 'govMark' | 'cover' | 'avatar' | 'description' | 'posWidget';
const FIELD_CHECK: Record<PresenceField, CheckId> = {
  govMark: 'gov-mark',
  cover: 'cover',
  avatar: 'avatar',
  description: 'description',
  posWidget: 'pos-widget',
};

/** Presence of a page element: the audit's check when there is one, else what the reader saw, else 'unknown'. */
export function presenceOf(row: ReportRow, field: PresenceField): Presence {
  const status = checkStatus(row, FIELD_CHECK[field]);
  if (status === 'pass') return 'present';
  if (status === 'fail') return 'missing';
  if (status === 'unknown') return 'unknown';
  return row.page?.[field] ?? 'unknown';
}

export function weekOf(row: ReportRow, week: WeekNumber) {
  return row.audit?.month.weeks.find((w) => w.week === week);
}

/** Posts per evaluation week (null: no audit). */
export function weeklyPosts(row: ReportRow): (number | null)[] {
  return WEEK_NUMBERS.map((w) => weekOf(row, w)?.posts ?? null);
}

export function weekStatus(row: ReportRow, week: WeekNumber): WeekStatus | null {
  return weekOf(row, week)?.status ?? null;
}

const UNREADABLE_ACCESS = new Set(['closed', 'private', 'blocked', 'deleted']);

/**
 * How completely the group was read, with the reason code when not completely (words: lib/i18n/read-issues.ts
 * readIssueWord). A page read «completely» that is closed, private, blocked or deleted is partial: its checks say
 * «страница не прочитана», so the completeness must not say «полные» beside them.
 */
export function readStatusOf(row: ReportRow): { status: ReportRow['readStatus']; issue: string | null } {
  const access = row.page?.access;
  if (row.readStatus === 'complete' && access && UNREADABLE_ACCESS.has(access)) {
    return { status: 'partial', issue: access };
  }
  return { status: row.readStatus, issue: row.error ?? null };
}

export type FrequencyState = MonthState;

/** Частотность выполнена: yes / no / in progress (weeks still running, none failed) / unknown. */
export function frequencyState(row: ReportRow): FrequencyState {
  return monthState(
    checkStatus(row, 'frequency'),
    WEEK_NUMBERS.map((w) => weekStatus(row, w)),
  );
}

/** Members: the page's count, else the list's. */
export function membersOf(row: ReportRow): number | null {
  return row.page?.members ?? row.group.members ?? null;
}

/** Reach % = members / entered audience · 100, capped at 100 (methodology §3.4); null until entered. */
export function reachPercent(row: ReportRow): number | null {
  if (row.audit?.breakdown) return row.audit.breakdown.reach;
  const members = membersOf(row);
  const audience = row.group.audienceSize;
  if (members === null || audience === null || audience === undefined || audience <= 0) return null;
  return Math.min((members / audience) * 100, 100);
}

/** 'unseen': over the threshold, neither a registry link nor the «А+» mark seen, and the mark could not be checked. */
export type RknState = 'pass' | 'fail' | 'pending' | 'unseen' | 'na' | 'unknown';

export function rknState(row: ReportRow): RknState {
  const check = findCheck(row.audit, 'rkn-registration');
  if (!check) return 'unknown';
  if (check.status === 'pass' || check.status === 'fail') return check.status;
  if (check.status === 'not-applicable') return 'na';
  if (check.reason === 'application-pending' || row.page?.registryApplication) return 'pending';
  if (check.reason === 'registration-not-seen') return 'unseen';
  return 'unknown';
}

/** The rule set's RKN threshold the row's audit used; null for older stored audits (texts then name no number). */
export function rknThresholdOf(row: ReportRow): number | null {
  const t = row.audit?.rkn?.threshold;
  return typeof t === 'number' && Number.isFinite(t) ? t : null;
}

/** Share of the minimum-requirement items present among those known, %; null when none is known. */
export function minRequirementsPercent(row: ReportRow): number | null {
  let known = 0;
  let present = 0;
  for (const id of MIN_REQUIREMENT_IDS) {
    const s = checkStatus(row, id);
    if (s === 'pass' || s === 'fail') {
      known += 1;
      if (s === 'pass') present += 1;
    }
  }
  return known === 0 ? null : (present / known) * 100;
}

/** The inputs of the predicted score (methodology §3.8): F, E, R, M. null = unknown. The engine's when present. */
export function scoreInputs(row: ReportRow) {
  const audit = row.audit;
  if (!audit) return { f: null, e: null, r: null, m: null, n: null };
  const n = MIN_REQUIREMENT_IDS.filter((id) => checkStatus(row, id) === 'fail').length;
  if (audit.breakdown) {
    const b = audit.breakdown;
    return { f: b.frequency, e: b.engagement, r: b.reach, m: b.minRequirements, n };
  }
  const failed = audit.month.weeks.some((w) => w.status === 'fail');
  return {
    n,
    f: failed ? 0 : 100,
    e: audit.engagement.achievement,
    r: reachPercent(row),
    m: minRequirementsPercent(row),
  };
}

/** The stored audit carries what `metricsOf` reads beyond `ReportAudit` (every engine `Audit` does). */
function isEngineAudit(audit: ReportAudit): audit is ReportAudit & Audit {
  return audit.engagementDetail !== undefined && audit.breakdown !== undefined;
}

/** One row as a member of the set, the way the group-list page sees it (no page or no audit → not audited). */
export function setMemberOf(row: ReportRow): SetMember {
  const audit = row.audit;
  const metrics = row.page !== null && audit !== null && isEngineAudit(audit) ? metricsOf(row.page, audit, null) : null;
  return { metrics, audienceSize: row.group.audienceSize ?? null, businessCard: row.group.businessCard === true };
}

/**
 * The set's indicators of the rows' month (methodology §3.2–3.5): the group-list page's own computation
 * (`setIndicators` of lib/batch), so the list page, the report and the XLSX summary show the same figures.
 */
export function computeSetIndicators(rows: readonly ReportRow[], rules: RuleSet = DEFAULT_RULES): SetIndicators {
  // The methodology rates VK and OK pages only: MAX/Telegram entries change no F/E/R/M.
  const rated = rows.filter((r) => isReadablePlatform(r.group.site));
  return setIndicators(rated.map(setMemberOf), { month: 'current', rules });
}

/** What is wrong with a group, most severe first (drives «что исправить» and the admin messages). */
export type Problem =
  | { kind: 'gov-mark' | 'cover' | 'avatar' | 'description' | 'pos-widget' | 'rknPending' }
  | { kind: 'rkn' | 'rknUnseen'; threshold: number | null }
  | { kind: 'weeksFailed'; weeks: WeekNumber[]; required: number }
  | { kind: 'weekNeeded'; week: WeekNumber; posts: number; required: number }
  | { kind: 'engagement'; rate: number }
  | { kind: 'reach'; reach: number };

/**
 * Problems of one group. `currentWeek` is the evaluation week containing the export time (null on days 29–31 or
 * when the audited month is not the current one): its shortfall becomes «publish N more posts by …».
 */
export function problemsOf(row: ReportRow, currentWeek: WeekNumber | null): Problem[] {
  const audit = row.audit;
  if (!audit) return [];
  const out: Problem[] = [];
  // #Н/Д (no «Госорганизация» mark): every week counts as failed whatever was posted, so the mark is the one thing
  // to fix; asking for posts that would not count (or calling a week with enough posts failed) would contradict it.
  const nd = checkStatus(row, 'gov-mark') === 'fail';
  if (nd) out.push({ kind: 'gov-mark' });
  const failed = nd ? [] : audit.month.weeks.filter((w) => w.status === 'fail');
  if (failed.length > 0) {
    out.push({ kind: 'weeksFailed', weeks: failed.map((w) => w.week), required: failed[0]?.required ?? 3 });
  }
  if (currentWeek !== null && !nd) {
    const w = weekOf(row, currentWeek);
    if (w && w.status === 'pending' && w.posts < w.required) {
      out.push({ kind: 'weekNeeded', week: w.week, posts: w.posts, required: w.required });
    }
  }
  for (const id of MIN_REQUIREMENT_IDS) {
    if (checkStatus(row, id) === 'fail') out.push({ kind: id as 'cover' | 'avatar' | 'description' | 'pos-widget' });
  }
  const rate = audit.engagement.rate;
  if (checkStatus(row, 'engagement') === 'fail' && rate !== null) out.push({ kind: 'engagement', rate });
  const reach = reachPercent(row);
  if (checkStatus(row, 'reach') === 'fail' && reach !== null) out.push({ kind: 'reach', reach });
  const rkn = rknState(row);
  if (rkn === 'fail') out.push({ kind: 'rkn', threshold: rknThresholdOf(row) });
  if (rkn === 'unseen') out.push({ kind: 'rknUnseen', threshold: rknThresholdOf(row) });
  if (rkn === 'pending') out.push({ kind: 'rknPending' });
  return out;
}
