/**
 * Reading fetched VK/OK pages where there is no DOM: Chrome's MV3 service worker has no DOMParser, so the background
 * re-read of tracked groups (lib/ext/reminders/reread.ts) sends the fetched HTML to an offscreen document
 * (entrypoints/offscreen, /offscreen.html), which parses it with DOMParser, runs the same reader
 * (`readCommunityPage`) and answers the zod-validated CommunityPage; the HTML is dropped after reading. Firefox has no
 * `chrome.offscreen` but its MV2 background page has DOMParser: there the page is read in place (decided at build
 * time, lib/ext/reminders/reread.ts; the readers load on first use, lib/ext/page-reader.ts). The Chrome service worker's
 * bundle has no readers at all.
 *
 * The service worker only orchestrates: the batch runner (lib/batch/runner.ts) keeps its pacing, daily cap, block
 * detection and history store; only its `fetch`/`parse`/`readPage` injection points are replaced
 * (`offscreenReading`).
 */
import * as z from 'zod/mini';
import type { ReadPage } from '../batch/runner';
import type { FetchLike } from '../sites/core/collect';
import { type CommunityPage, CommunityPageSchema } from '../types';

export const OFFSCREEN_PATH = '/offscreen.html';
export const OFFSCREEN_JUSTIFICATION =
  'Parse VK/OK community pages fetched for the background re-read of tracked groups (DOMParser).';

/** Service worker → offscreen document: read this HTML as the community page at `url`. */
export const OffscreenReadRequestSchema = z.object({
  target: z.literal('offscreen'),
  type: z.literal('read-page'),
  html: z.string(),
  /** The community address the reader is asked about. */
  url: z.string(),
  /** ISO instant for relative date labels («вчера в 14:05»). */
  now: z.string(),
  /** Zone the page shows its date labels in. */
  timeZone: z.string(),
});
export type OffscreenReadRequest = z.infer<typeof OffscreenReadRequestSchema>;

/**
 * Offscreen document → service worker: the page (null: not a community page), or the reader failed. A plain union
 * (the `ok` literals tell the two apart): the service worker needs no discriminated-union schema anywhere else.
 */
export const OffscreenReadAnswerSchema = z.union([
  z.object({ ok: z.literal(true), page: z.nullable(CommunityPageSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OffscreenReadAnswer = z.infer<typeof OffscreenReadAnswerSchema>;

// ---------------------------------------------------------------- the offscreen side

export interface Sender {
  id?: string;
  tab?: unknown;
  url?: string;
}

/**
 * Only this extension's own contexts without a tab (the service worker) may ask: content scripts (they have a tab)
 * and other extensions are ignored.
 */
export function isTrustedSender(sender: Sender | undefined, extensionId: string, origin: string): boolean {
  if (!sender || sender.id !== extensionId || sender.tab !== undefined) return false;
  return sender.url === undefined || sender.url.startsWith(origin);
}

/**
 * The offscreen document's handler: undefined for anything that is not a valid request addressed to it (the message
 * is left to other listeners), else the reader's answer. `parse` is DOMParser in the document.
 */
export function answerReadRequest(
  message: unknown,
  deps: { parse: (html: string) => Document; readPage: ReadPage },
): OffscreenReadAnswer | undefined {
  const request = OffscreenReadRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const { html, url, now, timeZone } = request.data;
  try {
    const page = deps.readPage(deps.parse(html), url, { now: new Date(now), timeZone });
    const checked = z.nullable(CommunityPageSchema).safeParse(page);
    return checked.success ? { ok: true, page: checked.data } : { ok: false, error: 'invalid page' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The offscreen document's `chrome.runtime.onMessage` listener: answers valid read requests from trusted senders
 * synchronously; anything else is left to other listeners (returns false without answering).
 */
export function offscreenMessageListener(deps: {
  extensionId: string;
  origin: string;
  parse: (html: string) => Document;
  readPage: ReadPage;
}): (message: unknown, sender: Sender, sendResponse: (answer: OffscreenReadAnswer) => void) => false {
  return (message, sender, sendResponse) => {
    if (!isTrustedSender(sender, deps.extensionId, deps.origin)) return false;
    const answer = answerReadRequest(message, deps);
    if (answer !== undefined) sendResponse(answer);
    return false;
  };
}

// ---------------------------------------------------------------- the service-worker side

/** The slice of the `chrome` API used here (injectable for tests). */
export interface OffscreenHost {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    getContexts?(filter: { contextTypes?: 'OFFSCREEN_DOCUMENT'[]; documentUrls?: string[] }): Promise<unknown[]>;
  };
  offscreen?: {
    createDocument(parameters: { url: string; reasons: 'DOM_PARSER'[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
    hasDocument?(): Promise<boolean>;
  };
}

function chromeHost(): OffscreenHost | null {
  const c = (globalThis as { chrome?: Partial<OffscreenHost> }).chrome;
  return c?.runtime ? (c as OffscreenHost) : null;
}

/** True where pages can be read in place (an extension page, Firefox's background page). */
export function hasDomParser(): boolean {
  return typeof DOMParser !== 'undefined';
}

/** True where fetched pages can be read at all: in place, or in an offscreen document (Chrome). */
export function canReadPages(host: OffscreenHost | null = chromeHost()): boolean {
  return hasDomParser() || host?.offscreen !== undefined;
}

let creating: Promise<void> | null = null;

async function hasOffscreenDocument(host: OffscreenHost): Promise<boolean> {
  const url = host.runtime.getURL(OFFSCREEN_PATH);
  if (host.runtime.getContexts) {
    const contexts = await host.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    return contexts.length > 0;
  }
  return (await host.offscreen?.hasDocument?.()) ?? false;
}

/**
 * Opens the offscreen document unless it is open (Chrome allows one per extension). Idempotent: concurrent callers
 * share one creation. False where the browser has no offscreen API (Firefox).
 */
export async function ensureOffscreenDocument(host: OffscreenHost | null = chromeHost()): Promise<boolean> {
  const offscreen = host?.offscreen;
  if (!host || !offscreen) return false;
  if (creating) {
    await creating;
    return true;
  }
  if (await hasOffscreenDocument(host)) return true;
  // Re-checked after the await: a concurrent caller may have started the creation meanwhile.
  if (!creating) {
    creating = offscreen
      .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: OFFSCREEN_JUSTIFICATION })
      .catch(async (error: unknown) => {
        // Another context opened it between the check and the call: that is fine.
        if (!(await hasOffscreenDocument(host))) throw error;
      })
      .finally(() => {
        creating = null;
      });
  }
  await creating;
  return true;
}

/** Closes the offscreen document if one is open (after a re-read run); false when there was none. */
export async function closeOffscreenDocument(host: OffscreenHost | null = chromeHost()): Promise<boolean> {
  const offscreen = host?.offscreen;
  if (!host || !offscreen) return false;
  if (creating) await creating.catch(() => undefined);
  if (!(await hasOffscreenDocument(host))) return false;
  await offscreen.closeDocument();
  return true;
}

export class OffscreenReadError extends Error {
  override name = 'OffscreenReadError';
}

/**
 * Reads fetched HTML as a community page in the offscreen document (opened on demand). Throws OffscreenReadError
 * when the reader failed there or the answer is not a valid page.
 */
export async function parseInOffscreen(
  input: Omit<OffscreenReadRequest, 'target' | 'type'>,
  host: OffscreenHost | null = chromeHost(),
): Promise<CommunityPage | null> {
  if (!host || !(await ensureOffscreenDocument(host))) throw new OffscreenReadError('No offscreen document API');
  const message: OffscreenReadRequest = { target: 'offscreen', type: 'read-page', ...input };
  const answer = OffscreenReadAnswerSchema.safeParse(await host.runtime.sendMessage(message));
  if (!answer.success) throw new OffscreenReadError('Invalid answer from the offscreen document');
  if (!answer.data.ok) throw new OffscreenReadError(answer.data.error);
  return answer.data.page;
}

/** What the runner's `parse` hands to its `readPage` here: a token standing for the page read in the offscreen. */
type Reading = { ok: true; page: CommunityPage | null } | { ok: false; error: unknown };

/**
 * The batch runner's `fetch`, `parse` and `readPage` for a context without DOMParser. The runner's own steps stay
 * (block detection on the status, address and HTML; failure kinds; pacing and the daily cap around `fetch`): the
 * fetch reads each answer's HTML in the offscreen document as it arrives, `parse` hands over that reading and
 * `readPage` returns it. The runner's collector (`collectPosts`) needs a real Document and cannot be used with it.
 */
export function offscreenReading(options: {
  fetch: FetchLike;
  now: () => Date;
  viewerTimeZone: string;
  host?: OffscreenHost | null;
}): { fetch: FetchLike; parse: (html: string, url: string) => Document; readPage: ReadPage } {
  const host = options.host === undefined ? chromeHost() : options.host;
  const readings = new Map<string, Reading>();
  const tokens = new WeakMap<object, Reading>();
  return {
    fetch: async (url, init) => {
      const response = await options.fetch(url, init);
      const html = await response.clone().text();
      let reading: Reading;
      try {
        const input = { html, url, now: options.now().toISOString() };
        reading = { ok: true, page: await parseInOffscreen({ ...input, timeZone: options.viewerTimeZone }, host) };
      } catch (error) {
        reading = { ok: false, error };
      }
      // One request at a time: an answer the runner did not parse (a block page, a 404) is dropped here.
      readings.clear();
      readings.set(html, reading);
      return response;
    },
    parse: (html) => {
      const reading = readings.get(html) ?? { ok: false, error: new OffscreenReadError('Page was not read') };
      readings.delete(html);
      const token = {};
      tokens.set(token, reading);
      // The runner passes the parsed document only to `readPage` below, which looks the token up.
      return token as unknown as Document;
    },
    readPage: (doc) => {
      const reading = tokens.get(doc);
      if (!reading) throw new OffscreenReadError('Unknown document');
      if (!reading.ok) throw reading.error;
      return reading.page;
    },
  };
}
