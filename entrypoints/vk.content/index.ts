/**
 * Content script on VK hosts, the small shell that runs on every VK page: answers the popup and loads the VK reader
 * module (entrypoints/vk-reader.ts: reader, collector, page-bridge client, sanitiser) only where it is needed.
 * OK pages get entrypoints/ok.content.
 */
import { browser, defineContentScript, injectScript } from '#imports';
import { runContentShell } from '../../lib/ext/content-shell';
import { VK_MATCHES } from '../../lib/ext/hosts';
import { detectVkPage } from '../../lib/sites/vk/detect';

export default defineContentScript({
  matches: VK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runContentShell(ctx, {
      site: 'vk',
      detect: detectVkPage,
      module: '/vk-reader.js',
      getURL: (path) => browser.runtime.getURL(path),
      injectScript,
    });
  },
});
