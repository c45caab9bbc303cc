/**
 * Platforms a list entry can be on (docs/institutions.md). Re-exported by lib/types.ts; a module of its own so the
 * bundles that read no list entry (the popup) do not carry it.
 */
import * as z from 'zod/mini';

/**
 * A platform a list entry can be on: the readable sites plus MAX and Telegram, which are never fetched (their figures
 * are entered by hand; docs/max.md, docs/institutions.md).
 */
export const PLATFORMS = ['vk', 'ok', 'max', 'telegram'] as const;
export const PlatformSchema = /* @__PURE__ */ z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** Whether the extension reads pages of this platform (VK, OK); MAX and Telegram entries are manual. */
export function isReadablePlatform(platform: Platform): platform is 'vk' | 'ok' {
  return platform === 'vk' || platform === 'ok';
}
