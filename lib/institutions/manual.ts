/**
 * Figures entered by hand for a MAX or Telegram page (subscribers, posts per evaluation week, the «А+» mark) → an
 * audit of the month in the engine's shape, so the lists, the trend and the exports need no second code path. Pure.
 *
 * - a week with a count that meets the norm → pass; an ended week below it → fail (the user's own figure is
 *   positive evidence, shown everywhere as «введено вручную»); running or future → pending;
 * - an ended week without a count → unknown (input missing), never a fail;
 * - RKN: over the threshold with «А+» → pass, without → fail, «не знаю» → unknown; subscribers not entered → unknown;
 * - cover, avatar, description, ПОС, «Госорганизация», engagement and reach: not applicable ('not-on-platform'): the
 *   methodology rates VK and OK; the regional MAX rules ask for frequency, MAX first and the link (docs/institutions.md).
 */

import { forecastOf } from '../audit/frequency';
import type { ReasonCode } from '../audit/reasons';
import { meetsWeeklyNorm, type RuleSet, requiredPostsPerWeek } from '../audit/rules';
import type { AuditCheck, AuditWeek, Forecast } from '../audit/types';
import { monthWeeks, nextMonthStart, previousMonthEnd } from '../calendar';
import type { AuditRecord } from '../history/records';
import { CHECK_IDS, type CheckId, type Platform, type Presence, type WeekStatus } from '../types';
import { rulesForPlatform } from './norms';
import type { ManualMonth } from './types';

export interface ManualWeek extends AuditWeek {
  /** A count was entered for the week (when false, `posts` is 0 and means nothing). */
  entered: boolean;
}

/** The engine's `Audit` fields a manual page has (checks, weeks, forecast), with the figures behind them. */
export interface ManualAudit {
  checks: AuditCheck[];
  month: { year: number; month: number; weeks: ManualWeek[] };
  engagement: { rate: null; achievement: null };
  predictedScore: null;
  predictedRange: null;
  forecast: Forecast | null;
  nextWeekStart: string | null;
  outsideEvaluation: boolean;
  timeZone: string;
  rulesVersion: number;
  now: string;
  manual: { enteredAt: string | null; subscribers: number | null; aPlus: Presence };
}

export interface ManualAuditOptions {
  /** The month containing `now` is audited (pass the previous month's last instant for the previous month). */
  now: Date;
  rules: RuleSet;
  /** Default: the rule set's zone. */
  timeZone?: string;
}

/** Checks a manual page has: the rest are about things MAX and Telegram pages do not have in the methodology. */
const EVALUATED: ReadonlySet<CheckId> = new Set(['frequency', 'rkn-registration']);

function weekStatus(count: number | null, ended: boolean, started: boolean, rules: RuleSet): WeekStatus {
  if (!started) return 'pending';
  if (count !== null && meetsWeeklyNorm(count, rules)) return 'pass';
  if (!ended) return 'pending';
  return count === null ? 'unknown' : 'fail';
}

function frequencyCheck(weeks: readonly ManualWeek[]): { status: AuditCheck['status']; reason: ReasonCode } {
  if (weeks.some((w) => w.status === 'fail')) return { status: 'fail', reason: 'week-failed' };
  if (weeks.every((w) => w.status === 'pass')) return { status: 'pass', reason: 'all-weeks-met' };
  if (weeks.some((w) => w.status === 'unknown')) return { status: 'unknown', reason: 'input-missing' };
  return { status: 'unknown', reason: 'in-progress' };
}

/** RKN registration of a manual page: «А+» is how MAX shows it (docs/methodology.md §2). */
function rknCheck(entry: ManualMonth | null, rules: RuleSet): { status: AuditCheck['status']; reason: ReasonCode } {
  const subscribers = entry?.subscribers ?? null;
  if (subscribers === null) return { status: 'unknown', reason: 'input-missing' };
  if (subscribers <= rules.rknMembersThreshold) {
    const headsUp = subscribers >= rules.rknHeadsUpFrom;
    return { status: 'not-applicable', reason: headsUp ? 'rkn-heads-up' : 'under-rkn-threshold' };
  }
  if (entry?.aPlus === 'present') return { status: 'pass', reason: 'registered' };
  // «нет» is the user's own answer: positive evidence, as a description read in full
  if (entry?.aPlus === 'missing') return { status: 'fail', reason: 'not-registered' };
  return { status: 'unknown', reason: 'input-missing' };
}

/** The audit of the month containing `options.now` from what was entered for it (null: nothing entered). */
export function auditManual(entry: ManualMonth | null, options: ManualAuditOptions): ManualAudit {
  const { rules, now } = options;
  const timeZone = options.timeZone ?? rules.timeZone;
  const calendar = monthWeeks(now, timeZone);
  const t = now.getTime();
  const required = requiredPostsPerWeek(rules);
  const sameMonth = entry !== null && entry.year === calendar.year && entry.month === calendar.month;
  const counts = sameMonth ? entry.weeks : [null, null, null, null];
  const weeks = calendar.weeks.map((w, i): ManualWeek => {
    const count = counts[i] ?? null;
    const started = w.start.getTime() <= t;
    return {
      week: w.week,
      posts: count ?? 0,
      required,
      status: weekStatus(count, w.ended, started, rules),
      start: w.start.toISOString(),
      end: w.end.toISOString(),
      ended: w.ended,
      current: w.current,
      scheduled: 0,
      postsComplete: count !== null,
      entered: count !== null,
    };
  });
  const forecast = forecastOf(weeks);
  const month = sameMonth ? entry : null;
  const checks = CHECK_IDS.map((id): AuditCheck => {
    if (!EVALUATED.has(id)) return { id, status: 'not-applicable', reason: 'not-on-platform' };
    return { id, ...(id === 'frequency' ? frequencyCheck(weeks) : rknCheck(month, rules)) };
  });
  return {
    checks,
    month: { year: calendar.year, month: calendar.month, weeks },
    engagement: { rate: null, achievement: null },
    predictedScore: null,
    predictedRange: null,
    forecast,
    nextWeekStart: calendar.outsideEvaluation
      ? nextMonthStart(calendar.year, calendar.month, timeZone).toISOString()
      : null,
    outsideEvaluation: calendar.outsideEvaluation,
    timeZone,
    rulesVersion: rules.version,
    now: now.toISOString(),
    manual: {
      enteredAt: month?.enteredAt ?? null,
      subscribers: month?.subscribers ?? null,
      aPlus: month?.aPlus ?? 'unknown',
    },
  };
}

export interface ManualGroup {
  key: string;
  site: Platform;
  url: string;
  name: string | null;
}

/**
 * The page's hand-entered figures as a history record (never stored: recomputed whenever shown, so a week that ends
 * turns from «идёт» to «нет данных» without a new entry): this month's and the previous month's audits, the
 * subscribers as the page's members. Null when nothing was entered for either month.
 */
export function manualRecordOf(
  group: ManualGroup,
  months: readonly ManualMonth[],
  given: ManualAuditOptions,
): AuditRecord | null {
  // MAX and Telegram weeks are held to the platform's own norm where the rule set has one
  const options = { ...given, rules: rulesForPlatform(given.rules, group.site) };
  const timeZone = options.timeZone ?? options.rules.timeZone;
  const prevNow = previousMonthEnd(options.now, timeZone);
  const current = auditManual(null, options).month;
  const previousMonth = auditManual(null, { ...options, now: prevNow }).month;
  const find = (m: { year: number; month: number }) =>
    months.find((e) => e.groupKey === group.key && e.year === m.year && e.month === m.month) ?? null;
  const now = find(current);
  const before = find(previousMonth);
  if (now === null && before === null) return null;
  const latest = [now, before].filter((e) => e !== null).sort((a, b) => b.enteredAt.localeCompare(a.enteredAt))[0];
  return {
    groupKey: group.key,
    at: latest?.enteredAt ?? options.now.toISOString(),
    source: 'manual',
    rulesVersion: options.rules.version,
    status: 'complete',
    error: null,
    page: {
      site: group.site,
      url: group.url,
      name: group.name,
      members: now?.subscribers ?? null,
      manual: true,
      // «Публикация сначала в MAX» (lib/institutions/max-first.ts): the posts entered, the months marked complete
      maxPosts: [...(before?.posts ?? []), ...(now?.posts ?? [])],
      maxComplete: [before, now].flatMap((e) => (e?.postsComplete === true ? [{ year: e.year, month: e.month }] : [])),
    },
    postCount: 0,
    audit: { ...auditManual(now, { ...options, timeZone }) },
    previous: { ...auditManual(before, { ...options, timeZone, now: prevNow }) },
    metrics: null,
    settings: null,
  };
}
