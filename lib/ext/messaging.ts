/**
 * Typed messages between the extension's contexts (popup ⇄ content script, content script → background), over the
 * protocol of lib/ext/protocol.ts. Every message is validated with zod/mini on both ends: the request when it is
 * received, the answer when it comes back. Messages whose sender is not this extension are ignored. The content
 * scripts use the light halves, lib/ext/requests.ts (request schemas) and lib/ext/messenger.ts; what they send is
 * validated here, where it is received.
 */
import * as z from 'zod/mini';
import { listen, type MessageSender, messenger } from './messenger';
import { type AnswerOf, type DataOf, type MessageType, PROTOCOL } from './protocol';

export type { MessageSender } from './messenger';
export { isOwnSender } from './messenger';
export type {
  AnswerOf,
  DataOf,
  MessageType,
  PageAnswer,
  PageReadNotice,
  PingResult,
  ProtocolMap,
  Snapshot,
} from './protocol';
export {
  PageAnswerSchema,
  PageReadNoticeSchema,
  PingResultSchema,
  PROTOCOL,
  SnapshotSchema,
} from './protocol';
export type { CollectRequest, CollectState, ReadRequest } from './requests';
export { CollectRequestSchema, CollectStateSchema, IDLE_COLLECT, ReadRequestSchema } from './requests';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a message (to a tab when `tabId` is given, else to the background), validating the data and the answer. */
export async function request<K extends MessageType>(type: K, data: DataOf<K>, tabId?: number): Promise<AnswerOf<K>> {
  const spec = PROTOCOL[type];
  const out = spec.data.safeParse(data);
  if (!out.success) throw new MessageError(`Invalid ${type} request: ${z.prettifyError(out.error)}`);
  const send = messenger.sendMessage as (t: K, d: unknown, tab?: number) => Promise<unknown>;
  const raw = tabId === undefined ? await send(type, out.data) : await send(type, out.data, tabId);
  const answer = spec.answer.safeParse(raw);
  if (!answer.success) throw new MessageError(`Invalid ${type} answer: ${z.prettifyError(answer.error)}`);
  return answer.data as AnswerOf<K>;
}

/**
 * Listens for one message type. The handler runs only for messages from this extension whose data passes the
 * schema; anything else is ignored (answered with undefined). Its answer is validated before it is sent.
 */
export function handle<K extends MessageType>(
  type: K,
  handler: (data: DataOf<K>, sender: MessageSender) => AnswerOf<K> | Promise<AnswerOf<K>>,
  options: { extensionId?: string | null } = {},
): () => void {
  const spec = PROTOCOL[type];
  const schema: z.ZodMiniType = spec.data;
  return listen(
    type,
    schema,
    async (data, sender) => {
      const answer = await handler(data as DataOf<K>, sender);
      const checked = spec.answer.safeParse(answer);
      if (!checked.success) throw new MessageError(`Invalid ${type} answer: ${z.prettifyError(checked.error)}`);
      return checked.data;
    },
    options,
  );
}
