import { defineContentScript } from '#imports';
import { SITE_MATCHES } from '../../lib/ext/hosts';
import { handle, request, siteOfUrl } from '../../lib/ext/messaging';
import { sanitizeDocument } from '../../lib/sanitize';
import { detectPage, readCommunityPage } from '../../lib/sites/index';
import { collectorFor } from './collector';
import { createPageSession } from './session';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Count changes of the page so an unchanged page is not read again (observing never changes the page).
    let version = 0;
    const observer = new MutationObserver(() => {
      version += 1;
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    ctx.onInvalidated(() => observer.disconnect());
    const session = createPageSession({
      version: () => version,
      doc: document,
      url: () => location.href,
      read: (doc, url, options) => readCommunityPage(doc, url, options),
      detect: (url) => detectPage(url),
      collector: collectorFor,
      signal: ctx.signal,
      notify: (page) => {
        request('pageRead', { page }).catch(() => {});
      },
    });
    const offs = [
      handle('ping', () => ({ url: location.href, site: siteOfUrl(location.href), title: document.title })),
      handle('readPage', (req) => session.readPage(req)),
      handle('collect', (req) => session.collect(req)),
      handle('snapshot', () => {
        const answer = session.readPage();
        return {
          url: location.href,
          takenAt: new Date().toISOString(),
          html: `<!doctype html>\n${sanitizeDocument(document).documentElement.outerHTML}`,
          page: answer.kind === 'community' ? answer.page : null,
        };
      }),
    ];
    ctx.onInvalidated(() => {
      for (const off of offs) off();
    });
    // Single-page apps: re-read after in-page navigation, once the new page had a moment to render.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => session.onLocationChange(), 600);
    });
    ctx.setTimeout(() => session.onLocationChange(), 300);
  },
});
