/**
 * Typed messages between the extension's contexts (popup ⇄ content script, content script → background).
 * Every message is validated with zod/mini on both ends: the request when it is received, the answer when it
 * comes back. Messages whose sender is not this extension are ignored.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { CommunityPageSchema, SiteSchema } from '../types';

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

export const IDLE_COLLECT: CollectState = {
  status: 'idle',
  pages: 0,
  posts: 0,
  oldest: null,
  cutoff: null,
  partial: null,
};

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

const EmptySchema = z.optional(z.union([z.undefined(), z.null()]));

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

const messenger = defineExtensionMessaging<ProtocolMap>();

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
  const on = messenger.onMessage as (t: K, cb: (m: { data: unknown; sender?: MessageSender }) => unknown) => () => void;
  return on(type, async (message) => {
    const extensionId = options.extensionId === undefined ? ownId() : options.extensionId;
    if (!isOwnSender(message.sender, extensionId)) return undefined;
    const data = spec.data.safeParse(message.data);
    if (!data.success) return undefined;
    const answer = await handler(data.data as DataOf<K>, message.sender ?? {});
    const checked = spec.answer.safeParse(answer);
    if (!checked.success) throw new MessageError(`Invalid ${type} answer: ${z.prettifyError(checked.error)}`);
    return checked.data;
  });
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
