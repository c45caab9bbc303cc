/**
 * Main-world bridge to VK's in-page API client (optional fast path). Injected by the content script with
 * `injectScript('/page-bridge.js', { modifyScript: (s) => { s.dataset.nonce = nonce; } })`; all logic lives in
 * lib/sites/vk/bridge.ts (tested there).
 */
import { defineUnlistedScript } from '#imports';
import { installVkPageBridge } from '../lib/sites/vk/bridge';

export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const nonce = script instanceof HTMLScriptElement ? script.dataset.nonce : undefined;
  if (nonce) installVkPageBridge(window, nonce);
});
