/** «Проверить ключ» on the settings page (docs/vk-api.md): one harmless call with the saved key. */
import { type ApiFetch, createTransport } from '../vkapi/client';
import { ERROR, VkApiError } from '../vkapi/errors';
import type { KeyCheck } from '../vkapi/key';
import { hasApiPermission } from './vk-api-key';

/** One harmless call with the key: groups.getById of VK's official «API ВКонтакте» community (club1). */
export async function checkVkApiKey(
  key: string,
  fetch: ApiFetch = (url, init) => globalThis.fetch(url, init),
): Promise<KeyCheck> {
  if (!(await hasApiPermission())) return 'no-permission';
  try {
    const transport = createTransport({ key, fetch, timeoutMs: 15_000 });
    await transport.send('groups.getById', { group_id: 1 }, new AbortController().signal);
    return 'ok';
  } catch (error) {
    if (!(error instanceof VkApiError)) return 'network';
    if (error.code === ERROR.TOO_MANY || error.code === ERROR.RATE_LIMIT || error.code === ERROR.FLOOD) return 'limit';
    return 'invalid';
  }
}
