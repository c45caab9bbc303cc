/**
 * Main-world bridge to VK's in-page API client (optional fast path). Injected by the content script with
 * `injectScript('/page-bridge.js', { modifyScript: (s) => { s.dataset.nonce = nonce; } })`. The logic lives in
 * lib/sites/vk/page-bridge.ts (zod-free: the answers are validated in the isolated world by lib/sites/vk/bridge.ts).
 */
import { defineUnlistedScript } from '#imports';
import { installPageBridge } from '../lib/sites/vk/page-bridge';

export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const nonce = script instanceof HTMLScriptElement ? script.dataset.nonce : undefined;
  if (nonce) installPageBridge(window, nonce);
});
