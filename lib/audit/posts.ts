/** Which posts count (docs/methodology.md §3.2, §3.3): shared by the frequency and engagement computations. */
import type { CommunityPage, Post } from '../types';
import type { RuleSet } from './rules';

export interface DatedPost {
  post: Post;
  /**
   * ms since epoch, or null when the reader could not tell the date. For a post whose label gave only the day
   * (`datePrecision: 'day'`) it is the middle of the part of that day before the read: the weeks and the month count
   * the post in the rule-zone day that holds most of the labelled day, never at the placeholder 00:00 (docs/dates.md).
   */
  time: number | null;
  /** A day-only post: the first and last instant it may have been published at. Absent for posts with their time. */
  span?: { from: number; to: number };
}

const DAY_MS = 86_400_000;

/** Instant of an ISO string in ms, or null when absent or unparseable. */
export function instantMs(iso: string | null | undefined): number | null {
  if (iso == null) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/** Ad and repost rules of the rule set (counted = the community's own top-level posts incl. reposts). */
export function isCountable(post: Post, rules: RuleSet): boolean {
  if (post.ad && !rules.countAdPosts) return false;
  if (post.repost && !rules.countReposts) return false;
  return true;
}

/**
 * The instants a day-only post may have been published at: its labelled day (24 hours from the start the reader gave;
 * an hour off on a daylight-saving day of the viewer's zone), cut at the read. Null for a post with its time.
 */
export function daySpan(
  post: Pick<Post, 'publishedAt' | 'datePrecision'>,
  readBy: number | null,
): { from: number; to: number } | null {
  const from = post.datePrecision === 'day' ? instantMs(post.publishedAt) : null;
  if (from === null) return null;
  return { from, to: Math.max(from, Math.min(from + DAY_MS - 1, readBy ?? Number.POSITIVE_INFINITY)) };
}

/**
 * The instant a post counts at (`DatedPost.time`): its own, or for a day-only post the middle of its `daySpan`;
 * null when the date is not known. Shared with «MAX first» (lib/institutions/max-first.ts).
 */
export function countedAt(
  post: Pick<Post, 'publishedAt' | 'datePrecision'>,
  readBy: number | null,
): Pick<DatedPost, 'time' | 'span'> {
  const span = daySpan(post, readBy);
  return span ? { time: Math.floor((span.from + span.to) / 2), span } : { time: instantMs(post.publishedAt) };
}

function dated(list: readonly Post[], readBy: number | null): DatedPost[] {
  const seen = new Set<string>();
  const out: DatedPost[] = [];
  for (const post of list) {
    // A pinned post also shown in the feed is the same post: count it once, by its own date.
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    out.push({ post, ...countedAt(post, readBy) });
  }
  return out;
}

/** The earlier of the read instant (`page.readAt`) and `now`, when known: no post is published after it. */
function readByOf(page: CommunityPage, now: Date | undefined): number | null {
  const read = instantMs(page.readAt);
  const t = now ? now.getTime() : null;
  if (read === null) return Number.isFinite(t) ? t : null;
  return t !== null && Number.isFinite(t) ? Math.min(read, t) : read;
}

/**
 * Published, countable posts, each once. Scheduled posts are never published posts. `now`: the audit instant, which
 * bounds the span of a day-only post of today.
 */
export function publishedPosts(page: CommunityPage, rules: RuleSet, now?: Date): DatedPost[] {
  return dated(
    page.posts.filter((p) => p.scheduled !== true && isCountable(p, rules)),
    readByOf(page, now),
  );
}

/**
 * `page.postsSince` as an instant the engine may trust: every published post from there on is in `posts`. When the
 * oldest post read gave only its day, it may be as late as the end of that day, and so may the coverage start.
 */
export function coverageStart(page: CommunityPage): number | null {
  const since = instantMs(page.postsSince);
  if (since === null) return null;
  let out = since;
  for (const post of page.posts) {
    const span = daySpan(post, null);
    if (span && span.from <= since && since <= span.to) out = Math.max(out, span.to + 1);
  }
  return out;
}

/** Scheduled (postponed) countable posts from `posts` (scheduled: true) and `scheduledPosts`, each once. */
export function scheduledPosts(page: CommunityPage, rules: RuleSet): DatedPost[] {
  const list = [...page.posts.filter((p) => p.scheduled === true), ...(page.scheduledPosts ?? [])];
  return dated(
    list.filter((p) => isCountable(p, rules)),
    null,
  );
}

const UNREADABLE_ACCESS = new Set(['closed', 'private', 'blocked', 'deleted']);

/** The page is known to be closed, private, blocked or deleted. */
export function isPageUnreadable(page: CommunityPage): boolean {
  return page.access !== undefined && UNREADABLE_ACCESS.has(page.access);
}
