/** The batch runner's store backed by the history database (lib/ext/history.ts). */

import type { BatchStore } from '../batch/runner';
import { addRequests, completeRunItem, getGroup, getRequestCount, saveRun } from './history';

/**
 * The history lookups a run needs besides its queue: the daily request counter and the groups' audience sizes.
 * The reminders' one-group re-read (lib/ext/reminders/reread.ts) uses them alone; it keeps no run.
 */
export function historyLookups(): Pick<BatchStore, 'addRequests' | 'getRequestCount' | 'audienceSizeOf'> {
  return {
    addRequests,
    getRequestCount,
    audienceSizeOf: async (key) => (await getGroup(key))?.audienceSize ?? null,
  };
}

export function historyStore(): BatchStore {
  return { saveRun, completeRunItem, ...historyLookups() };
}
