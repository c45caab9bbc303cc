/**
 * The VK reader module: loaded by the VK content script (entrypoints/vk.content) with `import()` into its isolated
 * world, only on pages that may be a community or when the popup asks for a snapshot. Web-accessible for the VK
 * hosts only, at a per-session URL (wxt.config.ts). It holds the VK reader, the collector, the page-bridge client
 * and the sanitiser, and registers its factory for the shell (lib/ext/content-session.ts).
 */
import { defineUnlistedScript } from '#imports';
import { createContentReader, registerReader } from '../lib/ext/content-session';
import { createVkCollector } from '../lib/ext/vk-collector';
import { createVkBridgeClient, type VkBridgeClient } from '../lib/sites/vk/bridge';
import { vkAdapter } from '../lib/sites/vk/index';

export default defineUnlistedScript(() => {
  registerReader('vk', (host) => {
    // The main-world bridge to the page's own API client (optional fast path), injected the first time a collection
    // needs it, with a nonce for this load only.
    let bridge: Promise<VkBridgeClient | null> | null = null;
    const loadBridge = (): Promise<VkBridgeClient | null> => {
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
    return createContentReader(host, vkAdapter, createVkCollector({ bridge: loadBridge }));
  });
});
