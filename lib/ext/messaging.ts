/**
 * Typed messages between the extension's contexts (popup ⇄ content script, content script → background).
 * Every message is validated with zod/mini on both ends: the request when it is received, the answer when it
 * comes back. Messages whose sender is not this extension are ignored. The content scripts use the light half,
 * lib/ext/requests.ts (request schemas only); what they send is validated here, where it is received.
 */
import * as z from 'zod/mini';
import { CommunityPageSchema, SiteSchema } from '../types';
import {
  type CollectRequest,
  CollectRequestSchema,
  EmptySchema,
  listen,
  type MessageSender,
  messenger,
  type ReadRequest,
  ReadRequestSchema,
} from './requests';

export type { CollectRequest, MessageSender, ReadRequest } from './requests';
export { CollectRequestSchema, IDLE_COLLECT, isOwnSender, ReadRequestSchema, siteOfUrl } from './requests';

export const PingResultSchema = z.object({
  url: z.string(),
  site: z.nullable(z.enum(['vk', 'ok'])),
  title: z.string(),
});
export type PingResult = z.infer<typeof PingResultSchema>;

/** State of the background collection of older posts in a tab. */
export const CollectStateSchema = z.object({
  status: z.enum(['idle', 'collecting', 'done', 'partial', 'unsupported']),
  pages: z.number(),
  posts: z.number(),
  /** Oldest non-pinned publication instant collected so far. */
  oldest: z.nullable(z.string()),
  /** The instant the collection goes back to (the 1st of the previous month). */
  cutoff: z.nullable(z.string()),
  /** Why it stopped short (rate-limit, captcha, members-only, aborted, …). */
  partial: z.nullable(z.string()),
});
export type CollectState = z.infer<typeof CollectStateSchema>;

/** What the content script answers about its page. */
export const PageAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('community'),
    page: CommunityPageSchema,
    collect: CollectStateSchema,
    /** Time the reader took, ms. */
    readMs: z.number(),
  }),
  z.object({
    kind: z.literal('not-community'),
    url: z.string(),
    site: z.nullable(SiteSchema),
    /** 'profile' (a person), 'other' (feed, search…), 'off-site' (not VK/OK). */
    reason: z.enum(['profile', 'other', 'off-site']),
  }),
  z.object({ kind: z.literal('error'), url: z.string(), message: z.string() }),
]);
export type PageAnswer = z.infer<typeof PageAnswerSchema>;

/** Content script → background: the page was read (for the toolbar badge). */
export const PageReadNoticeSchema = z.object({
  page: z.nullable(CommunityPageSchema),
});
export type PageReadNotice = z.infer<typeof PageReadNoticeSchema>;

/** A sanitised copy of the page for the developers, with the reader's result. */
export const SnapshotSchema = z.object({
  url: z.string(),
  /** ISO instant the snapshot was taken. */
  takenAt: z.string(),
  /** The page HTML with people's names, ids and photos replaced. */
  html: z.string(),
  page: z.nullable(CommunityPageSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Each message: the schema of its data and of its answer. */
export const PROTOCOL = {
  /** Popup/extension page → content script: is a reader alive on this tab? */
  ping: { data: EmptySchema, answer: PingResultSchema },
  /** Popup → content script: read (or return the cached reading of) the page. */
  readPage: { data: ReadRequestSchema, answer: PageAnswerSchema },
  /** Popup → content script: start (or join) collecting older posts; answers the current state. */
  collect: { data: CollectRequestSchema, answer: CollectStateSchema },
  /** Popup → content script: a sanitised snapshot of the page for the developers. */
  snapshot: { data: EmptySchema, answer: SnapshotSchema },
  /** Content script → background: the page was (re)read; the background updates the badge. */
  pageRead: { data: PageReadNoticeSchema, answer: EmptySchema },
} as const;

type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type DataOf<K extends MessageType> = z.infer<Protocol[K]['data']>;
export type AnswerOf<K extends MessageType> = z.infer<Protocol[K]['answer']>;

export interface ProtocolMap {
  ping(): PingResult;
  readPage(data: ReadRequest): PageAnswer;
  collect(data: CollectRequest): CollectState;
  snapshot(): Snapshot;
  pageRead(data: PageReadNotice): null | undefined;
}

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
