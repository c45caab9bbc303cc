/**
 * The extension's message protocol (popup ⇄ content script, content script → background): each message's data and
 * answer schema, and the types derived from them. The request schemas the content scripts need live in the light
 * lib/ext/requests.ts; lib/ext/messaging.ts sends and handles these messages.
 */
import * as z from 'zod/mini';
import { CommunityPageSchema, SiteSchema } from '../types';
import {
  type CollectRequest,
  CollectRequestSchema,
  type CollectState,
  CollectStateSchema,
  EmptySchema,
  type ReadRequest,
  ReadRequestSchema,
} from './requests';

export const PingResultSchema = z.object({
  url: z.string(),
  site: z.nullable(z.enum(['vk', 'ok'])),
  title: z.string(),
});
export type PingResult = z.infer<typeof PingResultSchema>;

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
