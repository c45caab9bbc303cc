/** Which posts count (docs/methodology.md §3.2, §3.3): shared by the frequency and engagement computations. */
import type { CommunityPage, Post } from '../types';
import type { RuleSet } from './rules';

export interface DatedPost {
  post: Post;
  /** ms since epoch, or null when the reader could not tell the date. */
  time: number | null;
}

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

function dated(list: readonly Post[]): DatedPost[] {
  const seen = new Set<string>();
  const out: DatedPost[] = [];
  for (const post of list) {
    // A pinned post also shown in the feed is the same post: count it once, by its own date.
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    out.push({ post, time: instantMs(post.publishedAt) });
  }
  return out;
}

/** Published, countable posts, each once. Scheduled posts are never published posts. */
export function publishedPosts(page: CommunityPage, rules: RuleSet): DatedPost[] {
  return dated(page.posts.filter((p) => p.scheduled !== true && isCountable(p, rules)));
}

/** Scheduled (postponed) countable posts from `posts` (scheduled: true) and `scheduledPosts`, each once. */
export function scheduledPosts(page: CommunityPage, rules: RuleSet): DatedPost[] {
  const list = [...page.posts.filter((p) => p.scheduled === true), ...(page.scheduledPosts ?? [])];
  return dated(list.filter((p) => isCountable(p, rules)));
}

const UNREADABLE_ACCESS = new Set(['closed', 'private', 'blocked', 'deleted']);

/** The page is known to be closed, private, blocked or deleted. */
export function isPageUnreadable(page: CommunityPage): boolean {
  return page.access !== undefined && UNREADABLE_ACCESS.has(page.access);
}
