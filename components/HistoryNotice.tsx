/**
 * Says that this audit could not be saved to the history (disk full, storage unavailable). Rare, so it is a chunk of
 * its own with its texts in lib/i18n/popup-secondary.ts, loaded only when a save failed (docs/performance.md).
 */
import { useSecondaryT } from './secondary-i18n';

export function HistoryNotice({ reason }: { reason: 'quota' | 'failed' }) {
  const t = useSecondaryT();
  return (
    <p class="notice muted" role="status" data-testid="history-notice" data-reason={reason}>
      {t(reason === 'quota' ? 'history.quota' : 'history.failed')}
    </p>
  );
}
