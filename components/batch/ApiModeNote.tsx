/** One line above the run panel when the VK API mode is on (or a key is saved without the browser's permission). */
import type { ApiModeState } from '../../lib/ext/vk-api-mode';
import { useBatchI18n } from './i18n';

export function ApiModeNote({ state }: { state: ApiModeState['state'] }) {
  const { t } = useBatchI18n();
  if (state === 'off') return null;
  return (
    <p class={state === 'on' ? 'api-mode muted' : 'api-mode warn'} data-testid="api-mode" data-state={state}>
      {state === 'on' ? (
        <>
          <strong>{t('apiMode')}</strong> {t('apiModeHint')}
        </>
      ) : (
        t('apiModeNoPermission')
      )}
    </p>
  );
}
