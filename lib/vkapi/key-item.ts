/**
 * The key's own item in `browser.storage.local` (lib/ext/vk-api-key.ts reads and writes it). A module of its own: the
 * popup asks only whether the item exists, and must not carry the key's parsing (docs/vk-api.md).
 */
export const VK_API_KEY_ITEM = 'vkApiKey';
