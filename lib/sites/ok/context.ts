/**
 * The OK reader's shared state for one read of one group page (built by ./read.ts): what every field reader in
 * ./fields/ needs.
 */
import type { Access } from '../../types';
import type { ReadOptions } from '../types';
import type { Ctx, OkLayout } from './layout';

/** The page outside post items, scripts and styles (./areas.ts `scanOutsidePosts`). */
export interface OutsidePosts {
  text: string;
  links: Element[];
  tiles: Element[];
}

export interface OkRead {
  ctx: Ctx;
  doc: Document;
  url: URL;
  options: ReadOptions;
  layout: OkLayout;
  /** A known layout: only then may a field say 'missing'. */
  recognised: boolean;
  access: Access;
  /** The page's text, links and tile candidates outside the posts. */
  outside: OutsidePosts;
}
