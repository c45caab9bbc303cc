/**
 * Shown on a page that is not a community, and when the content script could not answer. Loaded only then (a chunk of
 * its own, texts in lib/i18n/popup-secondary.ts), so the audit's first render does not carry it.
 */
import { useSecondaryT } from './secondary-i18n';

export function NotCommunity({ reason, batchUrl }: { reason: 'profile' | 'other' | 'off-site'; batchUrl: string }) {
  const t = useSecondaryT();
  return (
    <section class="card empty" data-testid="not-community" data-reason={reason}>
      <h2>{t(reason === 'off-site' ? 'none.offsiteTitle' : 'none.title')}</h2>
      {reason === 'profile' && <p>{t('none.profile')}</p>}
      <p>{t(reason === 'off-site' ? 'none.offsite' : 'none.text')}</p>
      <p>
        <a href={batchUrl} target="_blank" rel="noopener" data-testid="open-batch">
          {t('none.batch')}
        </a>
      </p>
    </section>
  );
}

/** The content script did not answer: what to do, in words. The technical message is kept for developers only. */
export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useSecondaryT();
  return (
    <section class="card empty" data-testid="error" data-message={message} role="alert">
      <h2>{t('error.title')}</h2>
      <p>{t('error.noScript')}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </section>
  );
}
