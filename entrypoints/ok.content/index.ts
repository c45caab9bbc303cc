/**
 * Content script on Одноклассники hosts, the small shell that runs on every OK page: answers the popup and loads the
 * OK reader module (entrypoints/ok-reader.ts: reader, collector, sanitiser) only where it is needed. VK pages get
 * entrypoints/vk.content.
 */
import { browser, defineContentScript } from '#imports';
import { runContentShell } from '../../lib/ext/content-shell';
import { OK_MATCHES } from '../../lib/ext/hosts';
import { detectOkPage } from '../../lib/sites/ok/detect';

export default defineContentScript({
  matches: OK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runContentShell(ctx, {
      site: 'ok',
      detect: detectOkPage,
      module: '/ok-reader.js',
      getURL: (path) => browser.runtime.getURL(path),
    });
  },
});
