/**
 * The extension's messenger (`@webext-core/messaging`) with the sender check and a listener that validates the
 * request: light enough for the content scripts (no answer schema). Typed by lib/ext/protocol.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as z from 'zod/mini';
import type { ProtocolMap } from './protocol';

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
