/**
 * The content scripts' shared wiring (entrypoints/vk.content, entrypoints/ok.content) and their state for one tab:
 * reads the live page with the site's reader on request, keeps the posts collected in the background for the
 * current URL, and answers the popup. Never changes the page. Each site's content script passes its own reader and
 * collector, so it bundles that site's code only. `createPageSession` takes everything it touches as dependencies,
 * so tests run it on jsdom documents.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sanitizeDocument } from '../sanitize';
import { mergePosts, type Progress } from '../sites/paginate';
import type { PageKind, SiteAdapter } from '../sites/types';
import type { CommunityPage, Diagnostic } from '../types';
import type { CollectState, PageAnswer } from './messaging';
import {
  CONTENT_REQUESTS,
  type CollectRequest,
  IDLE_COLLECT,
  listen,
  notify,
  type ReadRequest,
  siteOfUrl,
} from './requests';

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

export function createPageSession(deps: SessionDeps) {
  const clock = deps.clock ?? (() => performance.now());
  let collected: Collected | null = null;
  let cache: { url: string; now: string; version: number; page: CommunityPage | null; ms: number } | null = null;

  function readFresh(now?: Date): { page: CommunityPage | null; ms: number } {
    const url = deps.url();
    const nowKey = now?.toISOString() ?? '';
    const version = deps.version?.();
    if (version !== undefined && cache && cache.url === url && cache.now === nowKey && cache.version === version) {
      return { page: cache.page, ms: cache.ms };
    }
    const start = clock();
    const page = deps.read(deps.doc, url, now ? { now } : {});
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
      if (!page) {
        const detected = deps.detect(url);
        return {
          kind: 'not-community',
          url,
          site: detected?.site ?? null,
          reason: !detected ? 'off-site' : detected.kind === 'profile' ? 'profile' : 'other',
        };
      }
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

/** One site's reader for the live page, as `readCommunityPage` does it for that site alone. */
export function siteReader(adapter: SiteAdapter): Pick<SessionDeps, 'read' | 'detect'> {
  const parse = (url: string): URL | null => {
    try {
      return new URL(url);
    } catch {
      return null;
    }
  };
  return {
    read: (doc, url, options) => {
      const u = parse(url);
      if (!u || adapter.detect(u) === null) return null;
      return adapter.read(doc, u, { now: options.now ?? new Date(), timeZone: viewerZone() });
    },
    detect: (url) => {
      const u = parse(url);
      const kind = u ? adapter.detect(u) : null;
      return kind ? { site: adapter.site, kind } : null;
    },
  };
}

/**
 * The content script's `main`: observes page changes (observing never changes the page), answers the popup
 * (requests validated with zod; the answers are validated where they are received), tells the background when
 * the page was read, and re-reads after in-page navigation (both sites are single-page apps).
 */
export function runContentSession(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  collector: (page: CommunityPage) => Collector | null,
): void {
  // Count changes of the page so an unchanged page is not read again.
  let version = 0;
  const observer = new MutationObserver(() => {
    version += 1;
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  ctx.onInvalidated(() => observer.disconnect());
  const session = createPageSession({
    ...siteReader(adapter),
    version: () => version,
    doc: document,
    url: () => location.href,
    collector,
    signal: ctx.signal,
    notify: (page) => {
      notify('pageRead', { page }).catch(() => {});
    },
  });
  const offs = [
    listen('ping', CONTENT_REQUESTS.ping, () => ({
      url: location.href,
      site: siteOfUrl(location.href),
      title: document.title,
    })),
    listen('readPage', CONTENT_REQUESTS.readPage, (req) => session.readPage(req)),
    listen('collect', CONTENT_REQUESTS.collect, (req) => session.collect(req)),
    listen('snapshot', CONTENT_REQUESTS.snapshot, () => {
      const answer = session.readPage();
      return {
        url: location.href,
        takenAt: new Date().toISOString(),
        html: `<!doctype html>\n${sanitizeDocument(document).documentElement.outerHTML}`,
        page: answer.kind === 'community' ? answer.page : null,
      };
    }),
  ];
  ctx.onInvalidated(() => {
    for (const off of offs) off();
  });
  // Single-page apps: re-read after in-page navigation, once the new page had a moment to render.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => session.onLocationChange(), 600);
  });
  ctx.setTimeout(() => session.onLocationChange(), 300);
}
