/**
 * The site registry and the one entry point of the readers: `readCommunityPage(doc, url, options)`.
 * Runs on the live page, on DOMParser output in the batch page and on jsdom fixtures alike.
 */
import type { CommunityPage } from '../types';
import { decodeResponse, defaultFetch, defaultParseHtml, type FetchLike } from './core/collect';
import { okAdapter } from './ok';
import type { PageKind, ReadOptions, SiteAdapter } from './types';
import { vkAdapter } from './vk';

/** Every supported site, as data. Add a site by adding its adapter here. */
export const SITES: readonly SiteAdapter[] = [vkAdapter, okAdapter];

export interface ReadCommunityPageOptions {
  /** The read instant; default: the current time. */
  now?: Date;
  /** The IANA zone the page's date labels are rendered in; default: the runtime's zone (the viewer's). */
  timeZone?: string;
  onDiagnostic?: (message: string) => void;
}

function parseUrl(url: string | URL): URL | null {
  try {
    return new URL(String(url));
  } catch {
    return null;
  }
}

/** The adapter for a URL, or null when no supported site serves it. */
export function siteOf(url: string | URL): SiteAdapter | null {
  const u = parseUrl(url);
  return u ? (SITES.find((s) => s.detect(u) !== null) ?? null) : null;
}

/** What the URL alone says: null when no supported site serves it. */
export function detectPage(url: string | URL): { site: SiteAdapter['site']; kind: PageKind } | null {
  const u = parseUrl(url);
  if (!u) return null;
  for (const s of SITES) {
    const kind = s.detect(u);
    if (kind) return { site: s.site, kind };
  }
  return null;
}

/** Read a community page; null for anything that is not a community page. Never throws. */
export function readCommunityPage(
  doc: Document,
  url: string | URL,
  options: ReadCommunityPageOptions = {},
): CommunityPage | null {
  const u = parseUrl(url);
  const site = u && siteOf(u);
  if (!u || !site) return null;
  const read: ReadOptions = {
    now: options.now ?? new Date(),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  if (options.onDiagnostic) read.onDiagnostic = options.onDiagnostic;
  return site.read(doc, u, read);
}

export interface FetchReadOptions extends ReadCommunityPageOptions {
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** HTML → Document; default `new DOMParser()` (extension pages, content scripts). */
  parseHtml?: (html: string) => Document;
}

/**
 * For extension pages (batch audit): fetch a community page with the user's own cookies, decode it (windows-1251
 * aware) and read it. `{ page: null, error }` on a network/HTTP error or a non-community page. Never throws.
 */
export async function fetchCommunityPage(
  url: string,
  options: FetchReadOptions = {},
): Promise<{ page: CommunityPage | null; error: string | null }> {
  if (!siteOf(url)) return { page: null, error: 'unsupported-url' };
  const fetchImpl = options.fetch ?? defaultFetch;
  try {
    const res = await fetchImpl(url, { credentials: 'include', signal: options.signal });
    if (!res.ok) return { page: null, error: `http-${res.status}` };
    const html = await decodeResponse(res);
    const doc = (options.parseHtml ?? defaultParseHtml)(html);
    const page = readCommunityPage(doc, res.url || url, options);
    return { page, error: page ? null : 'not-a-community-page' };
  } catch (error) {
    return { page: null, error: options.signal?.aborted ? 'aborted' : `network: ${String(error).slice(0, 100)}` };
  }
}
