import { defineBackground } from '#imports';
import { showBadgeFor } from '../lib/ext/badge';
import { listen } from '../lib/ext/messenger';
import { PageReadNoticeSchema } from '../lib/ext/protocol';
import { registerReminders } from '../lib/ext/reminders';
import { registerWelcome } from '../lib/ext/welcome';

export default defineBackground(() => {
  // Wiring only; see lib/ext.
  registerReminders();
  registerWelcome();
  // The one message the background receives: validated with zod, unknown senders ignored (lib/ext/messenger.ts).
  // `listen` rather than messaging.ts's `handle`: the worker then carries this schema only, not the whole protocol.
  listen('pageRead', PageReadNoticeSchema, async ({ page }, sender) => {
    const tabId = sender.tab?.id;
    if (typeof tabId === 'number') await showBadgeFor(tabId, page).catch(() => {});
    return null;
  });
});
