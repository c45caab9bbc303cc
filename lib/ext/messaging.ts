/**
 * Typed messages between the extension's contexts. Every payload is validated with zod on receipt;
 * messages from unknown senders are ignored by the handlers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';

export const PingResultSchema = z.object({
  url: z.string(),
  site: z.nullable(z.enum(['vk', 'ok'])),
  title: z.string(),
});
export type PingResult = z.infer<typeof PingResultSchema>;

export interface ProtocolMap {
  /** Popup/extension page → content script: is a reader alive on this tab? */
  ping(): PingResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The site a page URL belongs to, by host. */
export function siteOfUrl(url: string): 'vk' | 'ok' | null {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^(www|m)\./, '');
  } catch {
    return null;
  }
  if (host === 'vk.com' || host === 'vk.ru') return 'vk';
  if (host === 'ok.ru') return 'ok';
  return null;
}
