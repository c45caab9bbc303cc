/**
 * The reader module's half of the content scripts (bundled in entrypoints/vk-reader.ts and entrypoints/ok-reader.ts
 * as web-accessible scripts the shell, lib/ext/content-shell.ts, loads with `import()` into its own isolated world):
 * the site's reader and collector, the page's state for one tab (lib/ext/page-session.ts) and the sanitiser of
 * `snapshot`. It registers itself with `registerReader`, and the shell takes it from there.
 */
import { sanitizeDocument } from '../sanitize';
import type { SiteAdapter } from '../sites/types';
import type { CommunityPage, Site } from '../types';
import { type Collector, createPageSession, siteReader } from './page-session';
import type { PageAnswer, Snapshot } from './protocol';
import type { CollectRequest, CollectState, ReadRequest } from './requests';

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
  adapter: Pick<SiteAdapter, 'site' | 'detect' | 'read'>,
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
