/**
 * The VK reader's shared state for one read of one page (`VkRead`, built by ./layout.ts) and the small helpers every
 * field reader uses: the union of a named selector, whether the header was recognised, the generation of a match.
 */
import type { Access } from '../../types';
import { type ReadContext, unionOf } from '../core/context';
import type { ReadOptions, SelectorAlternative } from '../types';
import type { ApiGroup, ApiPost, SpaEntity } from './embedded';
import { VK_GENERATIONS, VK_SELECTORS, type VkGeneration, type VkSelectorName } from './selectors';

export interface VkApiData {
  group?: ApiGroup | null;
  posts?: ApiPost[] | null;
  /** Tag recorded in `sources`, e.g. 'bridge:groups.getById'. */
  source?: string;
}

export interface VkReadOptions extends ReadOptions {
  /** Data answered by the main-world bridge, when available. */
  api?: VkApiData;
}

export type VkContext = ReadContext<VkSelectorName>;

/** One read of one VK community page: what every field reader needs. */
export interface VkRead {
  ctx: VkContext;
  doc: Document;
  url: URL;
  options: VkReadOptions;
  /** The inline scripts' text (capped). */
  scripts: string;
  /** The SPA bootstrap's entity for a screen-name URL. */
  spa: SpaEntity | null;
  /** The page's `og:url` ('' when none). */
  ogUrl: string;
  /** The group's API data (bridge, else the page's `apiPrefetchCache`), and the source tag its values record. */
  apiGroup: ApiGroup | null;
  apiSource: string;
  /** Every post-like block (post roots, nested reposts, quotes). */
  scopes: ReadonlySet<Element>;
  /** Every post-root candidate with the first post-root alternative it matches. */
  rootAlts: ReadonlyMap<Element, SelectorAlternative>;
  /** The top-level post roots. */
  allRoots: Element[];
  /** The header's generation, null when no header marker matched. */
  headerGen: VkGeneration | null;
  access: Access | null;
  /** Blocked or deleted: the header fields are not read. */
  gone: boolean;
}

/** The selector union of a named VK selector (one query for every generation). */
export const union = (name: VkSelectorName) => unionOf(VK_SELECTORS, name);

/** Whether the header was recognised as one of `gens`: only then may a field say 'missing'. */
export const recognised = (r: VkRead, gens: readonly VkGeneration[]) =>
  r.headerGen !== null && gens.includes(r.headerGen);

/** The generations whose header is known well enough for cover, description and ПОС to be 'missing'. */
export const G1_G2: readonly VkGeneration[] = ['vk-g1', 'vk-g2'];

export function generationOf(alt: SelectorAlternative | null | undefined): VkGeneration | null {
  const g = alt?.generation;
  return g !== undefined && (VK_GENERATIONS as readonly string[]).includes(g) ? (g as VkGeneration) : null;
}

/** `-123_45`, `post-123_45`, `wall-123_45`: owner and post id. */
export function parsePostId(text: string | null | undefined): { owner: string; id: string } | null {
  const m = /(?:post|wall)?(-?\d+)[_:](\d+)/.exec(text ?? '');
  return m?.[1] && m[2] ? { owner: m[1], id: m[2] } : null;
}
