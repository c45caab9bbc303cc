/**
 * The shared paced, abortable wall-collection loop used by VK and OK. Everything the loop touches
 * (fetch, sleep, clock) is injectable so tests run in milliseconds without a network.
 * Only ever called with same-origin URLs of the page the user is viewing (or from an extension page
 * with the user's own cookies): no page is ever fetched outside the user's browser session.
 */
import type { Post } from '../../types';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;
export type SleepLike = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Why a collection stopped short; null when it completed (cut-off or end of wall). */
export type PartialReason =
  | 'rate-limit'
  | 'captcha'
  | 'members-only'
  | 'aborted'
  | 'http-error'
  | 'network-error'
  | 'unrecognised-page'
  | 'page-limit';

export type BlockReason = 'rate-limit' | 'captcha' | 'members-only';

export interface WallPage<C> {
  posts: Post[];
  /** The cursor of the next page; null at the end of the wall. */
  next: C | null;
}

/** What a site supplies: how to request a page, how to read it, how to recognise a block page. */
export interface WallSource<C> {
  request(cursor: C): { url: string; init?: RequestInit };
  /** null: the page was not understood (layout changed). */
  parse(body: string, cursor: C): WallPage<C> | null;
  block(body: string, status: number, url: string): BlockReason | null;
}

export interface Progress {
  pages: number;
  posts: number;
  /** Oldest non-pinned publication instant so far. */
  oldest: string | null;
}

export interface CollectOptions {
  /** Posts published before this instant are not needed (pinned posts never stop the loop). */
  cutoff: Date;
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** Minimum time between two request starts; default 1000 ms. Doubled once on a rate-limit page. */
  delayMs?: number;
  sleep?: SleepLike;
  /** Monotonic clock in ms; default Date.now. */
  clock?: () => number;
  /** Safety stop; default 60 pages. */
  maxPages?: number;
  credentials?: RequestCredentials;
  onProgress?: (progress: Progress) => void;
}

export interface CollectResult {
  /** Known posts merged with the collected ones, newest first (pinned keep their place), no duplicates. */
  posts: Post[];
  /** Oldest non-pinned instant read when the coverage is continuous; null when it cannot be told. */
  postsSince: string | null;
  partial: PartialReason | null;
  reachedCutoff: boolean;
  reachedEnd: boolean;
  pages: number;
}

/** The runtime's fetch, called unbound-safe. */
export const defaultFetch: FetchLike = (url, init) => fetch(url, init);

/** HTML → Document with the runtime's DOMParser (content script, extension pages, jsdom). */
export const defaultParseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const defaultSleep: SleepLike = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Decode a response body: declared charset, then `<meta charset>`, then UTF-8, else windows-1251. */
export async function decodeResponse(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return decodeBytes(bytes, res.headers.get('content-type'));
}

export function decodeBytes(bytes: Uint8Array, contentType: string | null): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [declared, meta]) {
    if (!label) continue;
    try {
      return new TextDecoder(label.toLowerCase()).decode(bytes);
    } catch {
      // unknown label: try the next one
    }
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\ufffd') ? new TextDecoder('windows-1251').decode(bytes) : utf8;
}

function time(p: Post): number | null {
  if (p.publishedAt === null) return null;
  const t = Date.parse(p.publishedAt);
  return Number.isFinite(t) ? t : null;
}

/** Oldest non-pinned publication instant, or null. */
export function oldestNonPinned(posts: readonly Post[]): string | null {
  let best: number | null = null;
  for (const p of posts) {
    const t = time(p);
    if (p.pinned || p.scheduled || t === null) continue;
    if (best === null || t < best) best = t;
  }
  return best === null ? null : new Date(best).toISOString();
}

/** Merge post lists by id, first occurrence wins. */
export function mergePosts(...lists: readonly (readonly Post[])[]): Post[] {
  const seen = new Set<string>();
  const out: Post[] = [];
  for (const list of lists)
    for (const p of list) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      out.push(p);
    }
  return out;
}

/**
 * Fetch wall pages one at a time, ≥ delayMs apart, until a non-pinned post older than the cut-off, the end
 * of the wall, a block page, an error or an abort. Never throws (an abort returns partial 'aborted').
 */
export async function paginate<C>(
  source: WallSource<C>,
  known: readonly Post[],
  first: C | null,
  options: CollectOptions,
): Promise<CollectResult> {
  const fetchImpl = options.fetch ?? defaultFetch;
  const sleep = options.sleep ?? defaultSleep;
  const clock = options.clock ?? Date.now;
  let delay = Math.max(0, options.delayMs ?? 1000);
  const maxPages = options.maxPages ?? 60;
  const cutoff = options.cutoff.getTime();
  let posts = mergePosts(known);
  const pastCutoff = (list: readonly Post[]) =>
    list.some((p) => !p.pinned && !p.scheduled && (time(p) ?? Number.POSITIVE_INFINITY) < cutoff);

  let partial: PartialReason | null = null;
  let reachedCutoff = pastCutoff(posts);
  let reachedEnd = false;
  let pages = 0;
  let cursor = first;
  let lastStart: number | null = null;
  let retried = false;

  while (!reachedCutoff && cursor !== null) {
    if (options.signal?.aborted) {
      partial = 'aborted';
      break;
    }
    if (pages >= maxPages) {
      partial = 'page-limit';
      break;
    }
    if (lastStart !== null) {
      const wait = lastStart + delay - clock();
      if (wait > 0) await sleep(wait, options.signal);
      if (options.signal?.aborted) {
        partial = 'aborted';
        break;
      }
    }
    lastStart = clock();
    const { url, init } = source.request(cursor);
    let body: string;
    let status: number;
    let finalUrl: string;
    try {
      const res = await fetchImpl(url, {
        credentials: options.credentials ?? 'include',
        ...init,
        signal: options.signal,
      });
      status = res.status;
      finalUrl = res.url || url;
      body = await decodeResponse(res);
    } catch {
      partial = options.signal?.aborted ? 'aborted' : 'network-error';
      break;
    }
    const blocked = source.block(body, status, finalUrl);
    if (blocked === 'rate-limit' && !retried) {
      retried = true;
      delay *= 2;
      continue;
    }
    if (blocked) {
      partial = blocked;
      break;
    }
    if (status < 200 || status >= 300) {
      partial = 'http-error';
      break;
    }
    retried = false;
    const page = source.parse(body, cursor);
    if (!page) {
      partial = 'unrecognised-page';
      break;
    }
    pages++;
    const before = posts.length;
    posts = mergePosts(posts, page.posts);
    reachedCutoff = pastCutoff(page.posts);
    options.onProgress?.({ pages, posts: posts.length, oldest: oldestNonPinned(posts) });
    if (page.next === null || posts.length === before) {
      reachedEnd = !reachedCutoff;
      cursor = null;
    } else cursor = page.next;
  }

  return {
    posts,
    // Walls are chronological: everything newer than the oldest non-pinned post read was seen.
    postsSince: reachedEnd && !partial ? new Date(0).toISOString() : oldestNonPinned(posts),
    partial,
    reachedCutoff,
    reachedEnd: reachedEnd && !partial,
    pages,
  };
}
