/**
 * The settings page's «Ключ доступа VK API» block (docs/vk-api.md): step-by-step instructions, the key field, «Сохранить
 * ключ» (the browser's permission for the API hosts is asked right in the click), «Проверить ключ» (one harmless call)
 * and «Удалить ключ». Once saved, the key is never shown again: the block only knows whether one is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import { createT, type Locale } from '../lib/i18n/index';
import { type VkApiKey, vkApiDicts } from '../lib/i18n/vk-api';
import { type KeyCheck, normaliseKey } from '../lib/vkapi/key';

export interface VkApiKeySettingsProps {
  locale: Locale;
  /** Whether a key is saved. */
  hasKey: () => Promise<boolean>;
  /** Asks for the API hosts (synchronously, inside the click) and saves the key when allowed. */
  save: (key: string) => Promise<'saved' | 'denied'>;
  check: () => Promise<KeyCheck>;
  remove: () => Promise<void>;
}

type Message = { kind: 'ok' | 'error' | 'info'; key: VkApiKey } | null;

const STEPS = ['key.step1', 'key.step2', 'key.step3', 'key.step4', 'key.step5', 'key.step6'] as const;

export function VkApiKeySettings(props: VkApiKeySettingsProps) {
  const t = createT(vkApiDicts, props.locale) as (key: VkApiKey) => string;
  const [saved, setSaved] = useState<boolean | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void props.hasKey().then(setSaved);
  }, [props]);

  const save = () => {
    const key = normaliseKey(draft);
    if (key === null) {
      setMessage({ kind: 'error', key: 'key.notAKey' });
      return;
    }
    // no await before this call: the permission prompt needs the click
    const saving = props.save(key);
    setBusy(true);
    void saving
      .then((result) => {
        if (result === 'saved') {
          setDraft('');
          setSaved(true);
          setMessage({ kind: 'ok', key: 'key.saved' });
        } else setMessage({ kind: 'error', key: 'key.denied' });
      })
      .finally(() => setBusy(false));
  };

  const check = async () => {
    setBusy(true);
    setMessage({ kind: 'info', key: 'key.checking' });
    try {
      const result = await props.check();
      setMessage({ kind: result === 'ok' ? 'ok' : 'error', key: `key.check.${result}` });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await props.remove();
      setSaved(false);
      setMessage({ kind: 'info', key: 'key.deleted' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="vk-api-key" data-testid="vk-api-key">
      <legend>{t('key.title')}</legend>
      <p class="muted">{t('key.intro')}</p>
      <details open={saved === false}>
        <summary>{t('key.stepsTitle')}</summary>
        <ol data-testid="vk-api-key-steps">
          {STEPS.map((step) => (
            <li key={step}>
              {t(step)}
              {step === 'key.step2' && (
                <>
                  {' '}
                  <a href="https://dev.vk.com" target="_blank" rel="noreferrer noopener">
                    dev.vk.com
                  </a>
                  {' · '}
                  <a href="https://id.vk.com/about/business/go" target="_blank" rel="noreferrer noopener">
                    id.vk.com/about/business/go
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      </details>
      <p class="muted">{t('key.privacy')}</p>
      {saved !== null && (
        <p data-testid="vk-api-key-state" data-state={saved ? 'saved' : 'none'}>
          <strong>{saved ? t('key.saved') : t('key.none')}</strong>
        </p>
      )}
      <label class="field">
        <span>{t('key.label')}</span>
        <input
          type="password"
          autocomplete="off"
          spellcheck={false}
          data-testid="vk-api-key-input"
          placeholder={t('key.placeholder')}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p class="buttons">
        <button type="button" data-testid="vk-api-key-save" disabled={busy || draft.trim() === ''} onClick={save}>
          {t('key.save')}
        </button>{' '}
        {saved && (
          <>
            <button type="button" data-testid="vk-api-key-check" disabled={busy} onClick={() => void check()}>
              {t('key.check')}
            </button>{' '}
            <button type="button" data-testid="vk-api-key-delete" disabled={busy} onClick={() => void remove()}>
              {t('key.delete')}
            </button>
          </>
        )}
      </p>
      {message !== null && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          class={message.kind === 'error' ? 'errors' : 'muted'}
          data-testid="vk-api-key-message"
          data-kind={message.kind}
          data-message={message.key}
        >
          {t(message.key)}
        </p>
      )}
    </fieldset>
  );
}
