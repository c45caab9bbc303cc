/**
 * The site-reader contract shared by VK and OK: adapters (detect + read) and selectors as data.
 */
import type { CommunityPage, Site } from '../types';
import type { CollectOptions } from './core/collect';

/**
 * What a URL alone says about a page:
 * - 'community': certainly a community page (club123, group/123);
 * - 'maybe-community': a screen name that may be a community or a person (decide from the page);
 * - 'profile': a person's page;
 * - 'other': this site, but not a community page (feed, messages, search, video…).
 */
export type PageKind = 'community' | 'maybe-community' | 'profile' | 'other';

export interface ReadOptions {
  /** The read instant, for relative labels («5 минут назад») and year inference. */
  now: Date;
  /** The IANA zone the page renders its labels in (the viewer's zone). */
  timeZone: string;
  /** Called once per selector miss on a recognised layout (console in development). */
  onDiagnostic?: (message: string) => void;
}

/** A community named by its numeric id or, when a link has none, by its screen name (lower case). */
export type CommunityRef = { id: string; screenName: null } | { id: null; screenName: string };

/** What a pasted link names: a community, or why it names none. */
export type LinkTarget = CommunityRef | 'not-a-community' | 'no-community';

/** The community a link names by its numeric id (leading zeros dropped; all zeros names none). */
export function linkTargetById(id: string): LinkTarget {
  const digits = id.replace(/^0+/, '');
  return digits === '' ? 'not-a-community' : { id: digits, screenName: null };
}

/**
 * A site's URL knowledge, defined once in its detect.ts: the manifest's matches, the content script, the list import
 * and the reader all derive from it (lib/sites/urls.ts gathers them without the readers).
 */
export interface SiteUrls {
  site: Site;
  /** The hosts the extension reads the site's pages on (the manifest's host permissions and content-script matches). */
  hosts: readonly string[];
  /** Older host names a pasted link may use: the list import accepts them and stores the canonical address. */
  legacyHosts: readonly string[];
  /** null: the URL is not on this site. */
  detect(url: URL): PageKind | null;
  /** The community a pasted link names (a community page, or the community owning a post, topic, album…). */
  linkTarget(url: URL): LinkTarget;
  /** The canonical address of a community. */
  communityUrl(ref: CommunityRef): string;
}

/** Options of a site's collector: the read instant and zone, the cut-off, the pacing, the network. */
export interface SiteCollectOptions extends Omit<CollectOptions, 'cutoff'> {
  /** Posts published before this instant are not needed. */
  cutoff: Date;
  /** The read instant and the viewer's zone (date labels on fetched pages). */
  now: Date;
  timeZone: string;
  /** HTML → Document; default `new DOMParser()`. */
  parseHtml?: (html: string) => Document;
}

export interface SiteAdapter extends SiteUrls {
  /** null: the page is not a community page (profile, feed…). Never throws. */
  read(doc: Document, url: URL, options: ReadOptions): CommunityPage | null;
  /**
   * Collects the posts back to `options.cutoff` for a page this adapter read from `doc` (same-origin requests with the
   * user's own session, paced, abortable) and answers the page with `posts`, `postsSince` and `partial` updated.
   * Never throws.
   */
  collect(doc: Document, page: CommunityPage, options: SiteCollectOptions): Promise<CommunityPage>;
}

/** One alternative of a named selector: one DOM generation. */
export interface SelectorAlternative {
  css: string;
  /** Layout generation id, e.g. 'vk-g1', 'vk-g2', 'vk-g3', 'vk-mobile', 'ok-desktop'; 'any' across generations. */
  generation: string;
  /** Where the selector comes from, with its evidence tag: 'snscrape [S]' ([S] shown, [I] inferred, [?] unverified). */
  source?: string;
  /** When the source shows it: '2024', '2024-05', '2020–2023', '2024-05 → 2025-06'. */
  date?: string;
  /** ISO date after which a legacy alternative may be dropped. */
  expires?: string;
}

/** Named alternatives per field, newest generation first. */
export type SelectorSet<K extends string> = Readonly<Record<K, readonly SelectorAlternative[]>>;

/** The alternatives of one generation, written `g2(css, source, date, expires?)` in a site's selectors.ts. */
export function selectorsOf(generation: string) {
  return (css: string, source: string, date: string, expires?: string): SelectorAlternative =>
    expires ? { css, generation, source, date, expires } : { css, generation, source, date };
}

/** A text marker matched as a pattern (VK), with its evidence and date like a selector's. */
export interface PatternMarker {
  pattern: RegExp;
  source: string;
  date: string;
}

/** A text marker as lower-case words or phrases found in normalised text (OK), with its evidence and date. */
export interface WordsMarker {
  words: readonly string[];
  source: string;
  date: string;
}

export const pattern = (re: RegExp, source: string, date: string): PatternMarker => ({ pattern: re, source, date });
export const words = (list: readonly string[], source: string, date: string): WordsMarker => ({
  words: list,
  source,
  date,
});
