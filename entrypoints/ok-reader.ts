/**
 * The OK reader module: loaded by the OK content script (entrypoints/ok.content) with `import()` into its isolated
 * world, only on pages that may be a group or when the popup asks for a snapshot. Web-accessible for the OK hosts
 * only, at a per-session URL (wxt.config.ts). It holds the OK reader, the collector and the sanitiser, and
 * registers its factory for the shell (lib/ext/content-reader.ts).
 */
import { defineUnlistedScript } from '#imports';
import { createContentReader, registerReader } from '../lib/ext/content-reader';
import { siteCollector } from '../lib/ext/page-session';
import { okAdapter } from '../lib/sites/ok/index';

export default defineUnlistedScript(() => {
  registerReader('ok', (host) => createContentReader(host, okAdapter, siteCollector(okAdapter)));
});
