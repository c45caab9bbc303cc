/**
 * The content scripts in two halves, so the part that runs on every VK/OK page the user opens stays small:
 *
 * - the shell (`runContentShell`, bundled in entrypoints/vk.content and entrypoints/ok.content): the request
 *   listeners with their zod schemas, the site's URL detector, and the lazy loading of the reader module. It answers
 *   `ping` itself, and `readPage`/`collect` on pages the URL says are no community (feed, messages, profiles…)
 *   without loading anything;
 * - the reader module (`createContentReader`, bundled in entrypoints/vk-reader.ts and entrypoints/ok-reader.ts as
 *   web-accessible scripts the shell loads with `import()` into its own isolated world): the site's reader and
 *   collector, the page's state for one tab (the reading, the posts collected for the current URL) and the sanitiser
 *   of `snapshot`. It registers itself with `registerReader`, and the shell takes it from there.
 *
 * Neither half changes the page. `createPageSession` and `createContentShell` take everything they touch as
 * dependencies, so tests run them on jsdom documents.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sanitizeDocument } from '../sanitize';
import { mergePosts, type Progress } from '../sites/paginate';
import type { PageKind, SiteAdapter } from '../sites/types';
import type { CommunityPage, Diagnostic, Site } from '../types';
import { listen, notify } from './messenger';
import type { PageAnswer, PingResult, Snapshot } from './protocol';
import {
  CONTENT_REQUESTS,
  type CollectRequest,
  type CollectState,
  IDLE_COLLECT,
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
function kindOf(detect: (url: URL) => PageKind | null, url: string): PageKind | null {
  try {
    return detect(new URL(url));
  } catch {
    return null;
  }
}

/** One site's reader for the live page, as `readCommunityPage` does it for that site alone. */
export function siteReader(adapter: SiteAdapter): Pick<SessionDeps, 'read' | 'detect'> {
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

/* ------------------------------------------------------------------------------------------------------------------
 * The reader module's half (entrypoints/vk-reader.ts, entrypoints/ok-reader.ts), loaded by the shell on demand.
 * ---------------------------------------------------------------------------------------------------------------- */

/** What the reader module of a site answers for the shell: the page's state for one tab. */
export interface ContentReader {
  readPage(req: ReadRequest): PageAnswer;
  collect(req: CollectRequest): CollectState;
  snapshot(): Snapshot;
  /** The URL changed (or the page settled after loading): forget what belongs to the old URL, tell the background. */
  onLocationChange(): void;
}

/** What the shell gives the reader module: its lifetime, its line to the background, and WXT's script injector. */
export interface ReaderHost {
  /** Aborted when the content script is invalidated (extension reloaded). */
  signal: AbortSignal;
  /** Tells the background the page was (re)read (for the badge). */
  notify: (page: CommunityPage | null) => void;
  /** Injects one of the extension's web-accessible scripts into the page (WXT's injectScript); VK only. */
  injectScript?: (
    path: '/page-bridge.js',
    options: { modifyScript: (s: HTMLScriptElement) => void },
  ) => Promise<unknown>;
}

export type ReaderFactory = (host: ReaderHost) => ContentReader;

/**
 * Where a reader module leaves its factory for the shell: a symbol-keyed property of the global object of the
 * content scripts' isolated world. The page's scripts (main world) and other extensions cannot see or set it, and,
 * unlike a string name, a symbol cannot be shadowed by the page's elements (an element with id or name
 * «__something» appears as a same-named property of window in every world).
 */
const REGISTRY = Symbol.for('gospabliki.contentReaders');

type Registry = { [REGISTRY]?: Partial<Record<Site, ReaderFactory>> };

function registry(): Partial<Record<Site, ReaderFactory>> {
  const g = globalThis as Registry;
  g[REGISTRY] ??= {};
  return g[REGISTRY];
}

/** Called by a reader module when it is evaluated. */
export function registerReader(site: Site, factory: ReaderFactory): void {
  registry()[site] = factory;
}

/** The factory a reader module registered for `site`, if it was loaded. */
export function registeredReader(site: Site): ReaderFactory | undefined {
  return registry()[site];
}

/**
 * The reader module's `ContentReader` on the live page: counts page changes so an unchanged page is not read again
 * (observing never changes the page), reads with the site's reader, collects with its collector, and takes
 * sanitised snapshots.
 */
export function createContentReader(
  host: ReaderHost,
  adapter: SiteAdapter,
  collector: (page: CommunityPage) => Collector | null,
): ContentReader {
  let version = 0;
  const observer = new MutationObserver(() => {
    version += 1;
  });
  // Not when the content script was invalidated while the module loaded: the abort event has fired already
  if (!host.signal.aborted) {
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    host.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  const session = createPageSession({
    ...siteReader(adapter),
    version: () => version,
    doc: document,
    url: () => location.href,
    collector,
    signal: host.signal,
    notify: host.notify,
  });
  return {
    readPage: (req) => session.readPage(req),
    collect: (req) => session.collect(req),
    onLocationChange: () => session.onLocationChange(),
    snapshot: () => {
      const answer = session.readPage();
      return {
        url: location.href,
        takenAt: new Date().toISOString(),
        html: `<!doctype html>\n${sanitizeDocument(document).documentElement.outerHTML}`,
        page: answer.kind === 'community' ? answer.page : null,
      };
    },
  };
}

/* ------------------------------------------------------------------------------------------------------------------
 * The shell's half (entrypoints/vk.content, entrypoints/ok.content): runs on every page of the site.
 * ---------------------------------------------------------------------------------------------------------------- */

export interface ShellDeps {
  site: Site;
  /** The page's current URL (changes on in-page navigation). */
  url: () => string;
  /** The site's URL detector: null off the site. */
  detect: (url: URL) => PageKind | null;
  /** Loads the reader module (once; the shell keeps the promise). */
  load: () => Promise<ContentReader>;
  /** Tells the background the page was read (for the badge), here: that it is no community page. */
  notify: (page: CommunityPage | null) => void;
  title: () => string;
}

/**
 * The shell's answers. The reader module is loaded only when the URL may be a community page ('community' or
 * 'maybe-community': the readers return null for every other kind without reading), when the popup asks for a
 * snapshot, or when it was loaded already (then it answers everything, so a collection survives navigation state).
 */
export function createContentShell(deps: ShellDeps) {
  let loading: Promise<ContentReader> | null = null;
  let loaded = false;
  const reader = (): Promise<ContentReader> => {
    loading ??= deps.load().then(
      (r) => {
        loaded = true;
        return r;
      },
      (error: unknown) => {
        loading = null; // a later request may try again
        throw error;
      },
    );
    return loading;
  };
  /** Whether this URL needs the reader, and what the URL alone says about it. */
  const needsReader = (url: string): { needed: boolean; kind: PageKind | null } => {
    const kind = kindOf(deps.detect, url);
    return { needed: loaded || kind === 'community' || kind === 'maybe-community', kind };
  };
  const errorAnswer = (url: string, error: unknown): PageAnswer => ({
    kind: 'error',
    url,
    message: error instanceof Error ? error.message : String(error),
  });

  return {
    ping: (): PingResult => ({ url: deps.url(), site: siteOfUrl(deps.url()), title: deps.title() }),

    async readPage(req: ReadRequest): Promise<PageAnswer> {
      const url = deps.url();
      const { needed, kind } = needsReader(url);
      if (!needed) return notCommunity(url, kind ? { site: deps.site, kind } : null);
      try {
        return (await reader()).readPage(req);
      } catch (error) {
        return errorAnswer(url, error);
      }
    },

    async collect(req: CollectRequest): Promise<CollectState> {
      if (!needsReader(deps.url()).needed) return { ...IDLE_COLLECT, status: 'unsupported' };
      try {
        return (await reader()).collect(req);
      } catch {
        return { ...IDLE_COLLECT, status: 'unsupported' };
      }
    },

    /** A sanitised snapshot of any page (scripts/capture-fixture.ts): the sanitiser lives in the reader module. */
    async snapshot(): Promise<Snapshot> {
      return (await reader()).snapshot();
    },

    /** After loading and after each in-page navigation: (re)read the page, or tell the background it is none. */
    async onLocationChange(): Promise<void> {
      if (!needsReader(deps.url()).needed) {
        deps.notify(null);
        return;
      }
      try {
        (await reader()).onLocationChange();
      } catch {
        deps.notify(null);
      }
    },

    /** Whether the reader module was loaded (for tests). */
    loaded: () => loaded,
  };
}

/** Where each site's reader module is built (entrypoints/vk-reader.ts, entrypoints/ok-reader.ts). */
export type ReaderModulePath = '/vk-reader.js' | '/ok-reader.js';

export interface ShellOptions {
  site: Site;
  detect: (url: URL) => PageKind | null;
  module: ReaderModulePath;
  /** `browser.runtime.getURL` (the dynamic URL where the manifest asks for one). */
  getURL: (path: ReaderModulePath) => string;
  injectScript?: ReaderHost['injectScript'];
}

/**
 * The content script's `main`: answers the popup (requests validated with zod; the answers are validated where they
 * are received), tells the background when the page was read, and re-reads after in-page navigation (both sites are
 * single-page apps). The reader module is imported from the extension's own package (web-accessible for the site's
 * hosts only) into this isolated world: no remote code, nothing evaluated from a string.
 */
export function runContentShell(ctx: ContentScriptContext, options: ShellOptions): void {
  const notifyBackground = (page: CommunityPage | null) => {
    notify('pageRead', { page }).catch(() => {});
  };
  const shell = createContentShell({
    site: options.site,
    url: () => location.href,
    title: () => document.title,
    detect: options.detect,
    notify: notifyBackground,
    load: async () => {
      await import(/* @vite-ignore */ options.getURL(options.module));
      const factory = registeredReader(options.site);
      if (!factory) throw new Error(`${options.module} did not register a reader`);
      return factory({
        signal: ctx.signal,
        notify: notifyBackground,
        ...(options.injectScript ? { injectScript: options.injectScript } : {}),
      });
    },
  });
  const offs = [
    listen('ping', CONTENT_REQUESTS.ping, () => shell.ping()),
    listen('readPage', CONTENT_REQUESTS.readPage, (req) => shell.readPage(req)),
    listen('collect', CONTENT_REQUESTS.collect, (req) => shell.collect(req)),
    listen('snapshot', CONTENT_REQUESTS.snapshot, () => shell.snapshot()),
  ];
  ctx.onInvalidated(() => {
    for (const off of offs) off();
  });
  // Single-page apps: re-read after in-page navigation, once the new page had a moment to render.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => void shell.onLocationChange(), 600);
  });
  ctx.setTimeout(() => void shell.onLocationChange(), 300);
}
