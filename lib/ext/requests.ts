/**
 * The light half of the extension's protocol, for the content scripts: the schemas of the requests they receive and
 * of the collection state they answer. Kept apart from lib/ext/protocol.ts so a content script does not bundle the
 * answer schemas (the whole CommunityPage schema): its answers and notices are validated with zod where they are
 * received (popup, background). The messenger itself is lib/ext/messenger.ts.
 */
import * as z from 'zod/mini';

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
