/**
 * The content scripts in two halves, so the part that runs on every VK/OK page the user opens stays small:
 *
 * - the shell (`runContentShell`, this file, bundled in entrypoints/vk.content and entrypoints/ok.content): the request
 *   listeners with their zod schemas, the site's URL detector, and the lazy loading of the reader module. It answers
 *   `ping` itself, and `readPage`/`collect` on pages the URL says are no community (feed, messages, profiles…)
 *   without loading anything;
 * - the reader module (`createContentReader`, lib/ext/content-reader.ts, bundled in entrypoints/vk-reader.ts and entrypoints/ok-reader.ts as
 *   web-accessible scripts the shell loads with `import()` into its own isolated world): the site's reader and
 *   collector, the page's state for one tab (the reading, the posts collected for the current URL) and the sanitiser
 *   of `snapshot`. It registers itself with `registerReader`, and the shell takes it from there.
 *
 * Neither half changes the page. `createPageSession` (lib/ext/page-session.ts) and `createContentShell` take everything they touch as
 * dependencies, so tests run them on jsdom documents.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '../sites/types';
import type { CommunityPage, Site } from '../types';
import { type ContentReader, type ReaderHost, registeredReader } from './content-reader';
import { listen, notify } from './messenger';
import { kindOf, notCommunity } from './page-session';
import type { PageAnswer, PingResult, Snapshot } from './protocol';
import { CONTENT_REQUESTS, type CollectRequest, type CollectState, IDLE_COLLECT, type ReadRequest } from './requests';

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
    // the site by the site's own detector (its hosts: lib/sites/<site>/detect.ts)
    ping: (): PingResult => {
      const url = deps.url();
      return { url, site: kindOf(deps.detect, url) === null ? null : deps.site, title: deps.title() };
    },

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

    /** A sanitised snapshot of any page (scripts/new-fixture.ts): the sanitiser lives in the reader module. */
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
