/**
 * Stores the popup's audit of the open page in the history database. lib/ext/history (idb, zod schemas) is loaded
 * only here, by a dynamic import, so it stays off the popup's first render.
 */
import type { RecordInput } from '../../lib/batch/record';

export type HistoryInput = Omit<RecordInput, 'source'>;
/** 'quota': the disk is full; 'failed': any other storage error. Never throws. */
export type HistoryOutcome = 'saved' | 'quota' | 'failed';

export async function saveToHistory(input: HistoryInput): Promise<HistoryOutcome> {
  try {
    const { saveReadAudit } = await import('../../lib/ext/history');
    const saved = await saveReadAudit({ ...input, source: 'popup' });
    if (saved.ok) return 'saved';
    return saved.error.kind === 'quota' ? 'quota' : 'failed';
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'failed';
  }
}
