/** The batch runner's store backed by the history database (lib/ext/history.ts). */
import { addRequests, completeRunItem, getGroup, getRequestCount, saveRun } from '../ext/history';
import type { BatchStore } from './runner';

export function historyStore(): BatchStore {
  return {
    saveRun,
    completeRunItem,
    addRequests,
    getRequestCount,
    audienceSizeOf: async (key) => (await getGroup(key))?.audienceSize ?? null,
  };
}
