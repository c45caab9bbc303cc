/** The VK API key as the user pastes it, and its storage item's name (pure). */

export { VK_API_KEY_ITEM } from './key-item';

/**
 * The key as pasted: trimmed; a whole `access_token=…` fragment or address is cut down to the key. VK's keys are
 * letters, digits and `._-` (hex service keys, `vk1.a.…` tokens); anything else is not a key (null).
 */
export function normaliseKey(input: string): string | null {
  let key = input.trim();
  const fromParam = /(?:^|[#?&])access_token=([^&\s]+)/.exec(key)?.[1];
  if (fromParam) {
    try {
      key = decodeURIComponent(fromParam);
    } catch {
      return null;
    }
  }
  return /^[A-Za-z0-9._-]{32,512}$/.test(key) ? key : null;
}

export type KeyCheck = 'ok' | 'invalid' | 'limit' | 'network' | 'no-permission';
