/**
 * What a read page's stored record keeps for «Публикация сначала в MAX» (lib/institutions/max-first.ts): its own
 * posts' times and first words. A module of its own so the background bundle (lib/batch/record.ts) carries only this.
 */
import { coverageStart } from '../audit/posts';
import type { CommunityPage } from '../types';

/** A VK/OK post as the comparison reads it (stored per read page: lib/batch/record.ts `textPostsOf`). */
export interface TextPost {
  /** ISO instant; with `day` the start of the labelled day (docs/dates.md). */
  at: string;
  day?: boolean;
  /** `Post.textStart` ('' when the post has no text). */
  text: string;
}

const DAY = 86_400_000;
/** Posts kept per read page: a month and a half of a busy page's posts. */
const KEPT = 400;

/**
 * The fields a read page's stored summary keeps (lib/batch/record.ts): its own published posts — no ads, reposts or
 * scheduled posts — with their time and first words, newest first, at most 400; and from when that list is complete
 * (the page's coverage, or the oldest post kept when the list was cut).
 */
export function textPostsOf(page: CommunityPage): { textPosts: TextPost[]; textPostsSince: string | null } {
  const seen = new Set<string>();
  const all: TextPost[] = [];
  for (const p of page.posts) {
    if (p.scheduled || p.ad || p.repost || p.publishedAt === null || seen.has(p.id)) continue;
    seen.add(p.id);
    all.push({ at: p.publishedAt, ...(p.datePrecision === 'day' ? { day: true } : {}), text: p.textStart ?? '' });
  }
  all.sort((a, b) => b.at.localeCompare(a.at));
  const kept = all.slice(0, KEPT);
  let since = coverageStart(page);
  const oldest = kept[kept.length - 1];
  if (since !== null && all.length > KEPT && oldest !== undefined) {
    since = Math.max(since, Date.parse(oldest.at) + (oldest.day ? DAY : 0));
  }
  return { textPosts: kept, textPostsSince: since === null ? null : new Date(since).toISOString() };
}
