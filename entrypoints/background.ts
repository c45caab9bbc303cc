import { defineBackground } from '#imports';
import { showBadgeFor } from '../lib/ext/badge';
import { PageReadNoticeSchema } from '../lib/ext/messaging';
import { registerReminders } from '../lib/ext/reminders';
import { listen } from '../lib/ext/requests';
import { registerWelcome } from '../lib/ext/welcome';

export default defineBackground(() => {
  // Wiring only; see lib/ext.
  registerReminders();
  registerWelcome();
  // The one message the background receives: validated with zod, unknown senders ignored (lib/ext/requests.ts).
  // `listen` rather than messaging.ts's `handle`: the worker then carries this schema only, not the whole protocol.
  listen('pageRead', PageReadNoticeSchema, async ({ page }, sender) => {
    const tabId = sender.tab?.id;
    if (typeof tabId === 'number') await showBadgeFor(tabId, page).catch(() => {});
    return null;
  });
});
