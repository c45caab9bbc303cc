/**
 * «Публикация сначала в MAX» (Sverdlovsk, docs/methodology.md §2): were the week's VK/OK posts of an institution
 * published in MAX first? Matched by text against the MAX posts entered by hand (lib/institutions/types.ts
 * `ManualPost`). Pure; docs/max.md «MAX first» has the rule in words.
 *
 * Matching: both texts → words (lower case, ё = е, links, emoji and punctuation dropped); a VK/OK post and a MAX post
 * match when their first min(8, both lengths) words are equal, at least 3 of them (the last compared word may be cut
 * short on either side: a prefix counts), and the MAX post is within 7 days of it. A VK/OK post of fewer than 3
 * words (or none: a photo) cannot be matched and is left out.
 *
 * Order: minutes compared (hand-entered times have minutes); a post dated by day only spans its day up to the read
 * (lib/audit/posts.ts `daySpan`, and counts in its week as the engine counts it), so a MAX post
 * the same day is neither first nor late ('unclear'). MAX first = the matched MAX post's minute ≤ the VK/OK post's.
 *
 * A week (the month's evaluation weeks 1–4):
 * | 'fail'    | a post whose MAX match is later, or a post with no MAX match, while the month's MAX posts are marked
 *               complete (never otherwise: an unmatched post may be one the user did not enter) |
 * | 'pass'    | ended; every VK/OK page read from the week's start to its end; every post checked was first in MAX (or
 *               none; a week of posts none of which has text is unknown) |
 * | 'pending' | not started yet, or running with nothing failed |
 * | 'unknown' | the rest, with the reason the user can act on |
 */
import * as z from 'zod/mini';
import { countedAt } from '../audit/posts';
import { DAYS_PER_WEEK, WEEK_NUMBERS, weekRange } from '../calendar';
import type { Platform, WeekNumber, WeekStatus } from '../types';
import type { TextPost } from './text-posts';

export type { TextPost } from './text-posts';

/** One VK/OK page of the institution: its own posts (no ads, no reposts) and from when that list is complete. */
export interface TextPage {
  key: string;
  site: Platform;
  /** null: not known (never read, failed, or read before the texts were kept). */
  posts: readonly TextPost[] | null;
  /** ISO instant from which `posts` holds every such post up to the read; null = not known. */
  since: string | null;
  /** ISO instant of the read: posts published later are not in `posts`. */
  until: string | null;
}

/** The MAX posts entered by hand (every MAX page of the institution) and the months marked «все посты введены». */
export interface MaxSide {
  posts: readonly { at: string; text: string }[];
  complete: readonly { year: number; month: number }[];
}

export type MaxFirstReason =
  | 'upcoming'
  | 'running'
  | 'all-first'
  | 'no-posts'
  | 'posts-late'
  | 'posts-not-in-max'
  | 'not-read'
  | 'not-covered'
  | 'read-early'
  | 'max-incomplete'
  | 'same-day'
  | 'no-text';

/** A VK/OK post that was not first in MAX (for the details and the message to the admin). */
export interface MaxFirstProblem {
  key: string;
  site: Platform;
  at: string;
  day: boolean;
  text: string;
  /** The matched MAX post's time (null: no MAX post matched). */
  maxAt: string | null;
}

export interface MaxFirstWeek {
  week: WeekNumber;
  start: string;
  end: string;
  status: WeekStatus;
  current: boolean;
  reason: MaxFirstReason;
  /** Posts compared (with enough words), of them first in MAX, later, not found, same day; left out (no text). */
  checked: number;
  first: number;
  late: number;
  missing: number;
  unclear: number;
  noText: number;
  /** Late and (when the MAX month is complete) unmatched posts, oldest first. */
  problems: MaxFirstProblem[];
}

export interface MaxFirstMonth {
  year: number;
  month: number;
  weeks: MaxFirstWeek[];
  /** fail: a week failed; pass: all four passed; pending: nothing failed, weeks to come; else unknown. */
  status: 'pass' | 'fail' | 'pending' | 'unknown';
}

export interface MaxFirstOptions {
  year: number;
  month: number;
  /** The rule zone (the weeks' boundaries). */
  timeZone: string;
  now: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const WINDOW = DAYS_PER_WEEK * DAY;
const WORDS = 8;
const MIN_WORDS = 3;
const TEXT_START = 100;

/** A text's words for matching: lower case, ё = е, links, emoji and punctuation dropped. */
export function matchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(?:https?:\/\/|www\.)\S*/g, ' ')
    .replace(/\S+\.(?:ru|рф|su|com|org|net|me|cc|ly|io)(?:\/\S*)?(?=\s|$)/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Words of a stored first-words text: the last one dropped when the text was cut at 100 characters. */
function startWords(text: string): string[] {
  const words = matchWords(text);
  return Array.from(text).length >= TEXT_START ? words.slice(0, -1) : words;
}

/** The two texts' first words agree (see the module comment). */
export function textsMatch(a: readonly string[], b: readonly string[]): boolean {
  const k = Math.min(WORDS, a.length, b.length);
  if (k < MIN_WORDS) return false;
  for (let i = 0; i < k; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (i === k - 1 && (x.startsWith(y) || y.startsWith(x))) continue;
    return false;
  }
  return true;
}

type Order = 'first' | 'late' | 'unclear';

/** The minutes a post may have been published in: its minute, or its labelled day up to the read (as the engine). */
function minutes(at: number, span: { from: number; to: number } | undefined): { from: number; to: number } {
  return span
    ? { from: Math.floor(span.from / MINUTE), to: Math.floor(span.to / MINUTE) }
    : { from: Math.floor(at / MINUTE), to: Math.floor(at / MINUTE) };
}

function orderOf(max: { from: number; to: number }, post: { from: number; to: number }): Order {
  if (max.to <= post.from) return 'first';
  if (max.from > post.to) return 'late';
  return 'unclear';
}

interface Candidate {
  at: number;
  words: string[];
}

/** The post's best MAX match: first if any match was first, else unclear, else the earliest late one; null: none. */
function bestMatch(
  post: TextPost,
  span: { from: number; to: number } | undefined,
  words: string[],
  max: readonly Candidate[],
): { order: Order; at: number } | null {
  const at = Date.parse(post.at);
  const own = minutes(at, span);
  let best: { order: Order; at: number } | null = null;
  const rank: Record<Order, number> = { first: 0, unclear: 1, late: 2 };
  for (const m of max) {
    if (Math.abs(m.at - at) > WINDOW + (post.day ? DAY : 0)) continue;
    if (!textsMatch(words, m.words)) continue;
    const order = orderOf(minutes(m.at, undefined), own);
    if (best === null || rank[order] < rank[best.order] || (order === best.order && m.at < best.at)) {
      best = { order, at: m.at };
    }
  }
  return best;
}

/** «MAX first» for each evaluation week of the month `options` names. */
export function maxFirstMonth(pages: readonly TextPage[], max: MaxSide, options: MaxFirstOptions): MaxFirstMonth {
  const { year, month, timeZone } = options;
  const now = options.now.getTime();
  const complete = max.complete.some((m) => m.year === year && m.month === month);
  const candidates: Candidate[] = max.posts
    .map((p) => ({ at: Date.parse(p.at), words: matchWords(p.text) }))
    .filter((c) => Number.isFinite(c.at));
  const weeks = WEEK_NUMBERS.map((week): MaxFirstWeek => {
    const range = weekRange(year, month, week, timeZone);
    const start = range.start.getTime();
    const end = range.end.getTime();
    const out: MaxFirstWeek = {
      week,
      start: range.start.toISOString(),
      end: range.end.toISOString(),
      status: 'pending',
      current: start <= now && now < end,
      reason: 'upcoming',
      checked: 0,
      first: 0,
      late: 0,
      missing: 0,
      unclear: 0,
      noText: 0,
      problems: [],
    };
    if (start > now) return out;
    let notRead = false;
    let notCovered = false;
    let readEarly = false;
    let unmatched = 0;
    for (const page of pages) {
      if (page.posts === null) {
        notRead = true;
        continue;
      }
      const since = page.since === null ? Number.NaN : Date.parse(page.since);
      if (!(since <= start)) notCovered = true;
      const readAt = Date.parse(page.until ?? '');
      if (!(readAt >= end)) readEarly = true;
      const readBy = Number.isFinite(readAt) ? readAt : null;
      for (const post of page.posts) {
        // The instant it counts at for its week, as the engine counts it (lib/audit/posts.ts).
        const { time: t, span } = countedAt(
          { publishedAt: post.at, datePrecision: post.day ? 'day' : 'instant' },
          readBy,
        );
        if (t === null || !(t >= start && t <= end)) continue;
        const words = startWords(post.text);
        if (words.length < MIN_WORDS) {
          out.noText++;
          continue;
        }
        out.checked++;
        const match = bestMatch(post, span, words, candidates);
        const problem = (maxAt: number | null): MaxFirstProblem => ({
          key: page.key,
          site: page.site,
          at: post.at,
          day: post.day === true,
          text: post.text,
          maxAt: maxAt === null ? null : new Date(maxAt).toISOString(),
        });
        if (match === null) {
          unmatched++;
          if (complete) {
            out.missing++;
            out.problems.push(problem(null));
          }
        } else if (match.order === 'first') out.first++;
        else if (match.order === 'unclear') out.unclear++;
        else if (complete) {
          out.late++;
          out.problems.push(problem(match.at));
        } else unmatched++;
      }
    }
    out.problems.sort((a, b) => a.at.localeCompare(b.at));
    const ended = end <= now;
    const verdict = ((): [WeekStatus, MaxFirstReason] => {
      if (out.late > 0) return ['fail', 'posts-late'];
      if (out.missing > 0) return ['fail', 'posts-not-in-max'];
      if (!ended) return ['pending', 'running'];
      if (notRead) return ['unknown', 'not-read'];
      if (notCovered) return ['unknown', 'not-covered'];
      if (readEarly) return ['unknown', 'read-early'];
      if (unmatched > 0) return ['unknown', 'max-incomplete'];
      if (out.unclear > 0) return ['unknown', 'same-day'];
      // posts, none with text: most likely a layout whose texts the reader cannot see
      if (out.checked === 0 && out.noText > 0) return ['unknown', 'no-text'];
      return ['pass', out.checked === 0 ? 'no-posts' : 'all-first'];
    })();
    [out.status, out.reason] = verdict;
    return out;
  });
  const statuses = weeks.map((w) => w.status);
  const status = statuses.includes('fail')
    ? 'fail'
    : statuses.every((s) => s === 'pass')
      ? 'pass'
      : statuses.includes('unknown')
        ? 'unknown'
        : 'pending';
  return { year, month, weeks, status };
}

// ---------------------------------------------------------------- what the records keep

/** What a stored page carries for the comparison (record pages are loose objects: old ones have none of it). */
export interface PageTexts {
  /** VK/OK: own posts with first words, newest first (null: not kept by the read that made the record). */
  textPosts: TextPost[] | null;
  textPostsSince: string | null;
  /** MAX (figures entered by hand): the posts entered and the months marked complete. */
  maxPosts: { at: string; text: string }[];
  maxComplete: { year: number; month: number }[];
}

const StoredTextsSchema = z.object({
  textPosts: z.optional(
    z.array(z.object({ at: z.string(), day: z.optional(z.boolean()), text: z.string().check(z.maxLength(400)) })),
  ),
  textPostsSince: z.optional(z.nullable(z.string())),
  maxPosts: z.optional(z.array(z.object({ at: z.string(), text: z.string() }))),
  maxComplete: z.optional(z.array(z.object({ year: z.number(), month: z.number() }))),
});

/** The comparison's fields of a stored page; anything missing or malformed reads as not known. */
export function pageTextsOf(page: unknown): PageTexts {
  const parsed = StoredTextsSchema.safeParse(page);
  const d = parsed.success ? parsed.data : {};
  return {
    textPosts: d.textPosts ?? null,
    textPostsSince: d.textPostsSince ?? null,
    maxPosts: d.maxPosts ?? [],
    maxComplete: d.maxComplete ?? [],
  };
}
