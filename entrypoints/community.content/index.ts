import { defineContentScript } from '#imports';
import { SITE_MATCHES } from '../../lib/ext/hosts';
import { onMessage, siteOfUrl } from '../../lib/ext/messaging';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const off = onMessage('ping', () => ({
      url: location.href,
      site: siteOfUrl(location.href),
      title: document.title,
    }));
    ctx.onInvalidated(off);
  },
});
