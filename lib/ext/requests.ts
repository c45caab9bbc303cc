/**
 * The light half of the extension's messaging, for the content scripts: the schemas of the requests they receive,
 * the shared messenger, the sender check and a listener that validates the request. Kept apart from
 * lib/ext/messaging.ts so a content script does not bundle the answer schemas (the whole CommunityPage schema):
 * its answers and notices are validated with zod where they are received (popup, background).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import type { CollectState, ProtocolMap } from './messaging';

export const ReadRequestSchema = z.object({
  /** ISO instant to read the page at (relative labels); honoured for tests, default: the current time. */
  now: z.optional(z.string()),
  /** Re-read the document even when a result is cached. */
  fresh: z.optional(z.boolean()),
});
export type ReadRequest = z.infer<typeof ReadRequestSchema>;

export const CollectRequestSchema = z.object({
  /** Collect posts back to this instant. */
  cutoff: z.string(),
  /** Minimum pause between two page requests, ms. */
  delayMs: z.number().check(z.gte(0)),
});
export type CollectRequest = z.infer<typeof CollectRequestSchema>;

export const EmptySchema = z.optional(z.union([z.undefined(), z.null()]));

/** What the content script accepts, per message it listens for. */
export const CONTENT_REQUESTS = {
  ping: EmptySchema,
  readPage: ReadRequestSchema,
  collect: CollectRequestSchema,
  snapshot: EmptySchema,
} as const;
export type ContentRequestType = keyof typeof CONTENT_REQUESTS;

export const IDLE_COLLECT: CollectState = {
  status: 'idle',
  pages: 0,
  posts: 0,
  oldest: null,
  cutoff: null,
  partial: null,
};

// Pure: a module that imports this file without messaging (the content scripts' reader modules) drops the messenger.
export const messenger = /* @__PURE__ */ defineExtensionMessaging<ProtocolMap>();

/** Sender as passed by the browser (subset we use). */
export interface MessageSender {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

/** The id of this extension, or null outside an extension context (tests without a fake browser). */
function ownId(): string | null {
  try {
    return typeof chrome !== 'undefined' && chrome.runtime?.id ? chrome.runtime.id : null;
  } catch {
    return null;
  }
}

/** A message is accepted only from this extension (content scripts and pages of other extensions are ignored). */
export function isOwnSender(sender: MessageSender | undefined, extensionId: string | null = ownId()): boolean {
  if (!sender || !extensionId) return false;
  return sender.id === extensionId;
}

type Listener = (t: string, cb: (m: { data: unknown; sender?: MessageSender }) => unknown) => () => void;

/**
 * Listens for one message type. `onValid` runs only for messages from this extension whose data passes `schema`;
 * anything else is ignored (answered with undefined).
 */
export function listen<T>(
  type: keyof ProtocolMap,
  schema: z.ZodMiniType<T>,
  onValid: (data: T, sender: MessageSender) => unknown,
  options: { extensionId?: string | null } = {},
): () => void {
  return (messenger.onMessage as unknown as Listener)(type, async (message) => {
    const extensionId = options.extensionId === undefined ? ownId() : options.extensionId;
    if (!isOwnSender(message.sender, extensionId)) return undefined;
    const data = schema.safeParse(message.data);
    if (!data.success) return undefined;
    return onValid(data.data, message.sender ?? {});
  });
}

/** Sends a message to the background without checking it here: the background validates what it receives. */
export function notify<K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0]): Promise<unknown> {
  return (messenger.sendMessage as (t: K, d: unknown) => Promise<unknown>)(type, data);
}

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
