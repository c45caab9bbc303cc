/**
 * The site-reader contract shared by VK and OK: adapters (detect + read) and selectors as data.
 */
import type { CommunityPage, Site } from '../types';

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

export interface SiteAdapter {
  site: Site;
  /** null: the URL is not on this site. */
  detect(url: URL): PageKind | null;
  /** null: the page is not a community page (profile, feed…). Never throws. */
  read(doc: Document, url: URL, options: ReadOptions): CommunityPage | null;
}

/** One alternative of a named selector: one DOM generation. */
export interface SelectorAlternative {
  css: string;
  /** Layout generation id, e.g. 'vk-g1', 'vk-g2', 'vk-g3', 'vk-mobile', 'ok-desktop'. */
  generation: string;
  /**
   * Where the selector comes from and its date, e.g. 'snscrape 2020–2023 [S]'. Optional: a `// source` comment next
   * to the alternative serves the same purpose without shipping the text in the content script.
   */
  source?: string;
  /** ISO date after which a legacy alternative may be dropped. */
  expires?: string;
}

/** Named alternatives per field, newest generation first. */
export type SelectorSet<K extends string> = Readonly<Record<K, readonly SelectorAlternative[]>>;
