import { defineBackground } from '#imports';
import { showBadgeFor } from '../lib/ext/badge';
import { handle } from '../lib/ext/messaging';
import { registerReminders } from '../lib/ext/reminders';

export default defineBackground(() => {
  // Wiring only; see lib/ext.
  registerReminders();
  handle('pageRead', async ({ page }, sender) => {
    const tabId = sender.tab?.id;
    if (typeof tabId === 'number') await showBadgeFor(tabId, page).catch(() => {});
    return null;
  });
});
