/** Content script on VK hosts: the VK reader and collector only (OK pages get entrypoints/ok.content). */
import { defineContentScript, injectScript } from '#imports';
import { runContentSession } from '../../lib/ext/content-session';
import { VK_MATCHES } from '../../lib/ext/hosts';
import { createVkBridgeClient, type VkBridgeClient } from '../../lib/sites/vk/bridge';
import { vkAdapter } from '../../lib/sites/vk/index';
import { createVkCollector } from './collector';

export default defineContentScript({
  matches: VK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The main-world bridge to the page's own API client (optional fast path), with a nonce for this load only.
    const nonce = crypto.randomUUID();
    const bridge: Promise<VkBridgeClient | null> = injectScript('/page-bridge.js', {
      modifyScript: (s) => {
        s.dataset.nonce = nonce;
      },
    }).then(
      () => createVkBridgeClient(window, nonce, 3000),
      () => null,
    );
    runContentSession(ctx, vkAdapter, createVkCollector({ bridge: () => bridge }));
  },
});
