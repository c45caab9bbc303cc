/**
 * The VK reader module: loaded by the VK content script (entrypoints/vk.content) with `import()` into its isolated
 * world, only on pages that may be a community or when the popup asks for a snapshot. Web-accessible for the VK
 * hosts only, at a per-session URL (wxt.config.ts). It holds the VK reader, the collector, the page-bridge client
 * and the sanitiser, and registers its factory for the shell (lib/ext/content-reader.ts).
 */
import { defineUnlistedScript } from '#imports';
import { createContentReader, registerReader } from '../lib/ext/content-reader';
import { bridgeLoader, createVkCollector } from '../lib/ext/vk-collector';
import { vkAdapter } from '../lib/sites/vk/index';

export default defineUnlistedScript(() => {
  registerReader('vk', (host) =>
    createContentReader(host, vkAdapter, createVkCollector({ bridge: bridgeLoader(host) })),
  );
});
