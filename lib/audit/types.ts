/** Result types of the rating engine (the `Audit` contract and its extra fields). */
import type { CheckId, CheckStatus, CommunityPage, Presence, WeekNumber, WeekStatus } from '../types';
import type { ReasonCode } from './reasons';
import type { RuleSet } from './rules';

export interface Range {
  min: number;
  max: number;
}

export interface AuditCheck {
  id: CheckId;
  status: CheckStatus;
  reason: ReasonCode;
}

export interface AuditWeek {
  week: WeekNumber;
  /** Counted published posts of the week (up to `now`). */
  posts: number;
  /** Posts the week needs (3 with '>=' 3, 4 with '>' 3). */
  required: number;
  status: WeekStatus;
  /** ISO instant of 00:00 of the week's first day in the audit zone. */
  start: string;
  /** ISO instant of 23:59:59.999 of the week's last day (7/14/21/28) in the audit zone. */
  end: string;
  ended: boolean;
  current: boolean;
  /** Scheduled (postponed) posts set to appear in the week after `now`; never part of `posts`. */
  scheduled: number;
  /** The posts read cover the whole week up to `now` (postsSince at or before its start). */
  postsComplete: boolean;
}

export interface AuditMonth {
  year: number;
  month: number;
  weeks: AuditWeek[];
}

export interface Forecast {
  week: WeekNumber;
  posts: number;
  required: number;
  scheduled: number;
  /** Posts still to publish after counting the scheduled ones. */
  stillNeeded: number;
  /** Posts still to publish if the scheduled ones are not counted. */
  stillNeededWithoutScheduled: number;
  /** ISO instant: the last instant of the week. */
  deadline: string;
  /** False when the read posts do not cover the whole week so far (`posts` is then a lower bound). */
  postsComplete: boolean;
}

export interface EngagementDetail {
  /** Ids of the posts the ER was computed over (counted posts of the period with known views). */
  countedPostIds: string[];
  likes: number;
  comments: number;
  reposts: number;
  views: number;
  /** Counted posts of the period left out because their views are unknown. */
  postsWithoutViews: number;
  /** Used posts with a missing like/comment/repost counter (counted as 0). */
  postsWithMissingCounters: number;
  flaggedMissingCounters: boolean;
  /** The posts read do not cover the whole period (postsSince after the month's start, or unknown). */
  partialCoverage: boolean;
  /** ISO period over which posts were taken: week 1 start … min(week 4 end, now). */
  periodStart: string;
  periodEnd: string;
}

export interface ScoreRanges {
  frequency: Range;
  engagement: Range;
  reach: Range;
  minRequirements: Range;
}

export interface ScoreBreakdown {
  /** F: 0 once a week failed, 100 otherwise; null while an ended week is unknown. */
  frequency: number | null;
  /** E: the engagement achievement; null when unknown. */
  engagement: number | null;
  /** R: reach %, capped; null until the audience size is entered or when members are uncertain. */
  reach: number | null;
  /** Share of the required items present; null while any is unknown. */
  minRequirements: number | null;
  /** Required items surely missing. */
  missingItems: number;
  /** Required items whose presence is unknown. */
  unknownItems: number;
  mode: RuleSet['penalty']['mode'];
  pointsPerMissing: number;
  weights: RuleSet['weights'];
  /** What each input can still be (min === max when known). */
  ranges: ScoreRanges;
}

export interface RknInfo {
  members: number | null;
  membersRange: Range | null;
  /** true/false when the count is surely above/at most the threshold, null when it cannot be decided. */
  membersCertainAbove10k: boolean | null;
  /** Near the threshold (9 000–10 000 by default) and not surely above it. */
  headsUp: boolean;
  /** A registry link found on the page, normalised (2024 `knd.gov.ru/license?…` or 2025 `gosuslugi.ru/snet/…`). */
  registryLink: string | null;
  /** An application number (the 2024 procedure) found on the page. */
  registryApplication: string | null;
  /** The platform's «А+» mark as the reader saw it ('missing' only where its markup is documented). */
  aPlusMark: Presence;
  /** The rule set's `rknMembersThreshold`: registration is needed above this many members. */
  threshold: number;
}

export interface Audit {
  checks: AuditCheck[];
  month: AuditMonth;
  engagement: { rate: number | null; achievement: number | null };
  predictedScore: number | null;
  predictedRange: Range | null;
  // ---- extras ----
  /** The running week; null on days 29–31 (or when `now` is exactly at a week's end). */
  forecast: Forecast | null;
  /** On days 29–31: ISO start of the next month's week 1; else null. */
  nextWeekStart: string | null;
  breakdown: ScoreBreakdown;
  engagementDetail: EngagementDetail;
  rkn: RknInfo;
  outsideEvaluation: boolean;
  timeZone: string;
  rulesVersion: number;
  /** ISO of `options.now`. */
  now: string;
}

export interface AuditOptions {
  now: Date;
  /** Zone of the weeks; default: the rule set's. */
  timeZone?: string;
  rules?: RuleSet;
  /** Audience the user entered for the group (pupils + parents, residents, staff…). */
  audienceSize?: number;
}

export type { CommunityPage };
