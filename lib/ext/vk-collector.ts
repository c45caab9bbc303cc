/**
 * VK's post collector (and the scheduled posts admins see), adapted to the session's Collector shape. The page's
 * own API client, reached through the main-world bridge (page-bridge.js), is tried first: `wall.get` answers 100
 * posts a call. When the bridge is absent, silent or answers junk, the paced paginator reads the wall pages instead —
 * the user sees no difference but `sources.posts` and a diagnostic.
 */

import { collectPostsViaBridge, createVkBridgeClient, type VkBridgeClient } from '../sites/vk/bridge';
import { collectPosts, collectScheduledPosts, type VkCollectOptions } from '../sites/vk/collect';
import type { CommunityPage } from '../types';
import type { ReaderHost } from './content-reader';
import { type Collector, collectable } from './page-session';

export const BRIDGE_POSTS_SOURCE = 'bridge:wall.get';
export const PAGINATION_SOURCE = 'pagination';

export interface VkCollectorDeps {
  /** The bridge client once page-bridge.js is in the page, null when it could not be injected. */
  bridge: () => Promise<VkBridgeClient | null>;
  /** Overrides for the paginator (tests: fetch, sleep). */
  paginate?: Partial<VkCollectOptions>;
}

/**
 * The main-world bridge to the page's own API client (optional fast path): injected the first time a collection asks
 * for it, with a nonce for this load only; null when it cannot be injected.
 */
export function bridgeLoader(host: Pick<ReaderHost, 'injectScript'>): () => Promise<VkBridgeClient | null> {
  let bridge: Promise<VkBridgeClient | null> | null = null;
  return () => {
    if (bridge) return bridge;
    const inject = host.injectScript;
    if (!inject) return Promise.resolve(null);
    const nonce = crypto.randomUUID();
    bridge = inject('/page-bridge.js', {
      modifyScript: (s) => {
        s.dataset.nonce = nonce;
      },
    }).then(
      () => createVkBridgeClient(window, nonce, 3000),
      () => null,
    );
    return bridge;
  };
}

export function createVkCollector(deps: VkCollectorDeps) {
  const collect: Collector = async (_doc, page, { cutoff, delayMs, signal, onProgress }) => {
    const common = {
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      delayMs,
      signal,
      ...deps.paginate,
    };
    const client = await deps.bridge();
    const viaBridge = client && (await collectPostsViaBridge(page, client, cutoff, signal));
    let collected: CommunityPage;
    if (viaBridge) {
      collected = { ...viaBridge, sources: { ...viaBridge.sources, posts: BRIDGE_POSTS_SOURCE } };
    } else {
      const paged = await collectPosts(page, { ...common, cutoff, onProgress });
      const message = client
        ? '[vk] page API bridge did not answer wall.get; wall pages read instead'
        : '[vk] page API bridge not available; wall pages read instead';
      collected = {
        ...paged,
        sources: { ...paged.sources, posts: PAGINATION_SOURCE },
        diagnostics: [...(paged.diagnostics ?? []), { name: 'bridge', message }],
      };
    }
    // Admins also see the scheduled posts; null (unknown) for everyone else.
    const scheduled = await collectScheduledPosts(page, common);
    return scheduled ? { ...collected, scheduledPosts: scheduled } : collected;
  };
  return (page: CommunityPage): Collector | null => {
    return collectable(page) && page.site === 'vk' ? collect : null;
  };
}
