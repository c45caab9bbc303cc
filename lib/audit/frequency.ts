/**
 * Weekly post counts, week status and the running week's forecast (methodology §3.2, §3.6).
 */
import { type MonthWeeks, monthWeeks, nextMonthStart } from '../calendar';
import type { CommunityPage, WeekStatus } from '../types';
import { coverageStart, type DatedPost, publishedPosts, scheduledPosts } from './posts';
import { meetsWeeklyNorm, type RuleSet, requiredPostsPerWeek } from './rules';
import type { AuditWeek, Forecast } from './types';

export interface FrequencyResult {
  calendar: MonthWeeks;
  /** The published countable posts the counts come from (publishedPosts), for the engagement over the same posts. */
  published: DatedPost[];
  year: number;
  month: number;
  weeks: AuditWeek[];
  forecast: Forecast | null;
  nextWeekStart: string | null;
  /** Published countable posts whose date is unknown (they could belong to any week). */
  undatedPosts: number;
  /** Some week failed (a missing mark included). */
  failed: boolean;
  allPassed: boolean;
  /** Some ended week is 'unknown'. */
  unreadable: boolean;
}

export interface FrequencyOptions {
  now: Date;
  timeZone: string;
  rules: RuleSet;
}

function weekStatus(
  posts: number,
  /** Posts that may belong to the week: undated ones and day-only ones whose day straddles its boundary. */
  undated: number,
  ended: boolean,
  complete: boolean,
  page: CommunityPage,
  rules: RuleSet,
): WeekStatus {
  // #Н/Д: a group without the «Госорганизация» mark is not in the federal export (methodology §3.6).
  if (page.govMark === 'missing') return ended ? 'fail' : 'pending';
  if (meetsWeeklyNorm(posts, rules)) return 'pass';
  if (!ended) return 'pending';
  // A reader that could not see every post of the week never fails it.
  if (!complete || meetsWeeklyNorm(posts + undated, rules)) return 'unknown';
  return 'fail';
}

/** The running week's forecast: posts so far, scheduled, still needed by its end; null when no week runs. */
export function forecastOf(weeks: readonly AuditWeek[]): Forecast | null {
  const running = weeks.find((w) => w.current);
  if (running === undefined) return null;
  const { required } = running;
  return {
    week: running.week,
    posts: running.posts,
    required,
    scheduled: running.scheduled,
    stillNeeded: Math.max(0, required - running.posts - running.scheduled),
    stillNeededWithoutScheduled: Math.max(0, required - running.posts),
    deadline: running.end,
    postsComplete: running.postsComplete,
  };
}

/** Weekly counts and statuses of the month containing `now` in `timeZone`. */
export function frequencyOf(page: CommunityPage, { now, timeZone, rules }: FrequencyOptions): FrequencyResult {
  const calendar = monthWeeks(now, timeZone);
  const t = now.getTime();
  const published = publishedPosts(page, rules, now);
  const scheduled = scheduledPosts(page, rules);
  const undated = published.filter((p) => p.time === null).length;
  const since = coverageStart(page);
  const required = requiredPostsPerWeek(rules);

  const weeks = calendar.weeks.map((w): AuditWeek => {
    const start = w.start.getTime();
    const end = w.end.getTime();
    const last = Math.min(end, t);
    const inWeek = (time: number) => time >= start && time <= last;
    const posts = published.filter((p) => p.time !== null && inWeek(p.time)).length;
    // A day-only post counted in a neighbouring week whose labelled day (in the viewer's zone) reaches into this one
    // may belong here: it never lets this week fail (docs/dates.md).
    const straddling = published.filter(
      (p) => p.span && p.time !== null && !inWeek(p.time) && p.span.from <= last && p.span.to >= start,
    ).length;
    const upcoming = scheduled.filter((p) => p.time !== null && p.time > t && p.time >= start && p.time <= end).length;
    const postsComplete = since !== null && since <= start;
    return {
      week: w.week,
      posts,
      required,
      status: weekStatus(posts, undated + straddling, w.ended, postsComplete, page, rules),
      start: w.start.toISOString(),
      end: w.end.toISOString(),
      ended: w.ended,
      current: w.current,
      scheduled: upcoming,
      postsComplete,
    };
  });

  const forecast = forecastOf(weeks);

  return {
    calendar,
    published,
    year: calendar.year,
    month: calendar.month,
    weeks,
    forecast,
    nextWeekStart: calendar.outsideEvaluation
      ? nextMonthStart(calendar.year, calendar.month, timeZone).toISOString()
      : null,
    undatedPosts: undated,
    failed: weeks.some((w) => w.status === 'fail'),
    allPassed: weeks.every((w) => w.status === 'pass'),
    unreadable: weeks.some((w) => w.status === 'unknown'),
  };
}
