/**
 * The page's state in one tab, behind the content script's answers: the reading of the live document (reused while
 * the page does not change), the posts collected for the current URL merged into it, and the answer about a page that
 * is no community. `createPageSession` takes everything it touches as dependencies, so tests run it on jsdom
 * documents. It never changes the page. Used by the reader module (lib/ext/content-reader.ts).
 */
import { mergePosts, type Progress } from '../sites/core/collect';
import type { PageKind, SiteAdapter } from '../sites/types';
import type { CommunityPage, Diagnostic, Site } from '../types';
import type { PageAnswer } from './protocol';
import { type CollectRequest, type CollectState, IDLE_COLLECT, type ReadRequest } from './requests';

export interface CollectorOptions {
  cutoff: Date;
  delayMs: number;
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
}

/**
 * Collects older posts of a community page (the readers' paced collector for the page's site) and answers the
 * page with `posts`, `postsSince` and `partial` updated. Never throws.
 */
export type Collector = (doc: Document, page: CommunityPage, options: CollectorOptions) => Promise<CommunityPage>;

export interface SessionDeps {
  doc: Document;
  /** The page's current URL (changes on in-page navigation). */
  url: () => string;
  read: (doc: Document, url: string, options: { now?: Date }) => CommunityPage | null;
  detect: (url: string) => { site: 'vk' | 'ok'; kind: PageKind } | null;
  /** The collector for the page, or null when the site has none. */
  collector: (page: CommunityPage) => Collector | null;
  /** Aborted when the content script is invalidated (extension reloaded). */
  signal: AbortSignal;
  /** Tells the background the page was (re)read (for the badge). */
  notify?: (page: CommunityPage | null) => void;
  clock?: () => number;
  /** The wall clock for reads that name no `now` (relative date labels «сегодня», «вчера» resolve against it). */
  wallClock?: () => Date;
  /**
   * A counter that changes whenever the document changes (a MutationObserver in the content script). While it
   * stays the same, the last reading is reused, so the popup gets its answer without re-reading the page.
   */
  version?: () => number;
}

interface Collected {
  url: string;
  result: CommunityPage | null;
  state: CollectState;
  controller: AbortController;
  done: Promise<void>;
}

function mergeDiagnostics(fresh: Diagnostic[] = [], collected: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set(fresh.map((d) => `${d.name}\n${d.message}`));
  return [...fresh, ...collected.filter((d) => !seen.has(`${d.name}\n${d.message}`))];
}

/** The answer about a page that is no community, with the reason its URL gives. */
export function notCommunity(url: string, detected: { site: Site; kind: PageKind } | null): PageAnswer {
  return {
    kind: 'not-community',
    url,
    site: detected?.site ?? null,
    reason: !detected ? 'off-site' : detected.kind === 'profile' ? 'profile' : 'other',
  };
}

export function createPageSession(deps: SessionDeps) {
  const clock = deps.clock ?? (() => performance.now());
  const wallClock = deps.wallClock ?? (() => new Date());
  let collected: Collected | null = null;
  let cache: { url: string; now: string; version: number; page: CommunityPage | null; ms: number } | null = null;

  function readFresh(now?: Date): { page: CommunityPage | null; ms: number } {
    const url = deps.url();
    // A read without its own `now` is as of the current minute: an unchanged page read again tomorrow must resolve
    // «сегодня»/«вчера» against tomorrow, not reuse today's reading
    const at = now ?? wallClock();
    const nowKey = now ? now.toISOString() : `minute:${Math.floor(at.getTime() / 60_000)}`;
    const version = deps.version?.();
    if (version !== undefined && cache && cache.url === url && cache.now === nowKey && cache.version === version) {
      return { page: cache.page, ms: cache.ms };
    }
    const start = clock();
    const page = deps.read(deps.doc, url, { now: at });
    const ms = clock() - start;
    if (version !== undefined) cache = { url, now: nowKey, version, page, ms };
    return { page, ms };
  }

  /** Reading of the live document merged with the posts collected for this URL. */
  function readMerged(now?: Date): { page: CommunityPage | null; ms: number } {
    const { page: fresh, ms } = readFresh(now);
    if (!fresh || !collected || collected.url !== deps.url() || !collected.result) return { page: fresh, ms };
    const r = collected.result;
    return {
      page: {
        ...fresh,
        posts: mergePosts(fresh.posts, r.posts),
        postsSince: r.postsSince ?? fresh.postsSince,
        partial: r.partial ?? fresh.partial ?? null,
        scheduledPosts: r.scheduledPosts ?? fresh.scheduledPosts ?? null,
        // Where the collected posts came from (the VK bridge or the wall pages), and what the collector noted.
        ...(r.sources?.posts ? { sources: { ...fresh.sources, posts: r.sources.posts } } : {}),
        ...(r.diagnostics?.length ? { diagnostics: mergeDiagnostics(fresh.diagnostics, r.diagnostics) } : {}),
      },
      ms,
    };
  }

  function readPage(req: ReadRequest = {}): PageAnswer {
    const url = deps.url();
    try {
      const now = req.now ? new Date(req.now) : undefined;
      const { page, ms } = readMerged(now && !Number.isNaN(now.getTime()) ? now : undefined);
      if (!page) return notCommunity(url, deps.detect(url));
      const state = collected && collected.url === url ? collected.state : IDLE_COLLECT;
      const status = state.status === 'idle' && !deps.collector(page) ? 'unsupported' : state.status;
      return { kind: 'community', page, collect: { ...state, status }, readMs: Math.round(ms * 100) / 100 };
    } catch (error) {
      return { kind: 'error', url, message: error instanceof Error ? error.message : String(error) };
    }
  }

  function collect(req: CollectRequest): CollectState {
    const url = deps.url();
    if (collected && collected.url === url && collected.state.status === 'collecting') return collected.state;
    const { page } = readMerged();
    if (!page) return { ...IDLE_COLLECT, status: 'unsupported' };
    const collector = deps.collector(page);
    if (!collector) return { ...IDLE_COLLECT, status: 'unsupported' };
    collected?.controller.abort();
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    deps.signal.addEventListener('abort', onAbort, { once: true });
    const entry: Collected = {
      url,
      result: collected && collected.url === url ? collected.result : null,
      state: { ...IDLE_COLLECT, status: 'collecting', cutoff: req.cutoff, oldest: page.postsSince },
      controller,
      done: Promise.resolve(),
    };
    collected = entry;
    const onProgress = (p: Progress) => {
      entry.state = { ...entry.state, pages: p.pages, posts: p.posts, oldest: p.oldest };
    };
    entry.done = collector(deps.doc, page, {
      cutoff: new Date(req.cutoff),
      delayMs: req.delayMs,
      signal: controller.signal,
      onProgress,
    })
      .then((result) => {
        entry.result = result;
        entry.state = {
          ...entry.state,
          status: result.partial ? 'partial' : 'done',
          posts: result.posts.length,
          oldest: result.postsSince,
          partial: result.partial ?? null,
        };
      })
      .catch((error: unknown) => {
        entry.state = { ...entry.state, status: 'partial', partial: error instanceof Error ? error.name : 'error' };
      })
      .finally(() => {
        deps.signal.removeEventListener('abort', onAbort);
        if (collected === entry && !deps.signal.aborted) deps.notify?.(readMerged().page);
      });
    return entry.state;
  }

  /** In-page navigation: forget the collection of the previous URL and tell the background about the new page. */
  function onLocationChange() {
    if (collected && collected.url !== deps.url()) {
      collected.controller.abort();
      collected = null;
    }
    deps.notify?.(readMerged().page);
  }

  return {
    readPage,
    collect,
    onLocationChange,
    /** Resolves when the running collection (if any) has finished; for tests. */
    settled: () => collected?.done ?? Promise.resolve(),
  };
}

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The kind of page a URL string is for a site's detector (null: not the site's, or not a URL). */
export function kindOf(detect: (url: URL) => PageKind | null, url: string): PageKind | null {
  try {
    return detect(new URL(url));
  } catch {
    return null;
  }
}

/** One site's reader for the live page, as `readCommunityPage` does it for that site alone. */
export function siteReader(
  adapter: Pick<SiteAdapter, 'site' | 'detect' | 'read'>,
): Pick<SessionDeps, 'read' | 'detect'> {
  return {
    read: (doc, url, options) =>
      kindOf(adapter.detect, url) === null
        ? null
        : adapter.read(doc, new URL(url), { now: options.now ?? new Date(), timeZone: viewerZone() }),
    detect: (url) => {
      const kind = kindOf(adapter.detect, url);
      return kind ? { site: adapter.site, kind } : null;
    },
  };
}

/**
 * A site's paced collector (its adapter's `collect`) in the session's Collector shape, for the pages it can collect:
 * a page of the site with an id that is neither blocked nor deleted.
 */
export function siteCollector(
  adapter: Pick<SiteAdapter, 'site' | 'collect'>,
): (page: CommunityPage) => Collector | null {
  const collect: Collector = (doc, page, { cutoff, delayMs, signal, onProgress }) =>
    adapter.collect(doc, page, { now: new Date(), timeZone: viewerZone(), cutoff, delayMs, signal, onProgress });
  return (page) => (collectable(page) && page.site === adapter.site ? collect : null);
}

/** A page whose posts can be collected: it has an id and is neither blocked nor deleted. */
export function collectable(page: CommunityPage): boolean {
  return page.id !== null && page.id !== '' && page.access !== 'blocked' && page.access !== 'deleted';
}
