// @vitest-environment jsdom
/**
 * The offscreen document client and handler (lib/ext/offscreen.ts) with the fake browser: the document is created
 * once however many reads ask for it, closed after a run, requests and answers are validated, unknown senders and
 * other targets are ignored, and the batch runner's injection points read a fixture page through the round trip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditCommunity } from '../../../lib/audit/audit';
import { type BatchDeps, runBatch } from '../../../lib/batch/runner';
import type { Run } from '../../../lib/batch/state';
import {
  answerReadRequest,
  closeOffscreenDocument,
  ensureOffscreenDocument,
  isTrustedSender,
  OFFSCREEN_PATH,
  type OffscreenHost,
  OffscreenReadAnswerSchema,
  OffscreenReadError,
  OffscreenReadRequestSchema,
  offscreenMessageListener,
  offscreenReading,
  parseInOffscreen,
} from '../../../lib/ext/offscreen';
import { readCommunityPage } from '../../../lib/sites';
import type { CommunityPage } from '../../../lib/types';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const DIR = join(__dirname, '../../fixtures/vk/g2-redesigned');
const html = readFileSync(join(DIR, 'source.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as CommunityPage;
const options = JSON.parse(readFileSync(join(DIR, 'options.json'), 'utf8')) as {
  now: string;
  timeZone: string;
};
const PAGE_URL = expected.url;

const parse = (h: string) => new DOMParser().parseFromString(h, 'text/html');
/** The service worker's sender as Chrome reports it. */
const WORKER = { id: ID, url: `${ORIGIN}background.js` };

/**
 * A fake Chrome: runtime from the fake browser, an offscreen API that tracks the one document and, while it is open,
 * answers through the real listener (as entrypoints/offscreen/main.ts registers it), with the worker as sender.
 */
function fakeChrome(options: { getContexts?: boolean; createDelayMs?: number } = {}) {
  let open = false;
  const listener = offscreenMessageListener({ extensionId: ID, origin: ORIGIN, parse, readPage: readCommunityPage });
  const onMessage = (message: unknown) =>
    new Promise<unknown>((resolve) => {
      if (!open) return resolve(undefined);
      let answered = false;
      listener(message, WORKER, (answer) => {
        answered = true;
        resolve(answer);
      });
      if (!answered) resolve(undefined);
    });
  const createDocument = vi.fn(async (p: { url: string; reasons: string[]; justification: string }) => {
    await new Promise((r) => setTimeout(r, options.createDelayMs ?? 5));
    if (open) throw new Error('Only a single offscreen document may be created.');
    expect(p.reasons).toEqual(['DOM_PARSER']);
    expect(p.justification.length).toBeGreaterThan(20);
    open = true;
    fakeBrowser.runtime.onMessage.addListener(onMessage);
  });
  const closeDocument = vi.fn(async () => {
    if (!open) throw new Error('No current offscreen document.');
    open = false;
    fakeBrowser.runtime.onMessage.removeListener(onMessage);
  });
  const getContexts = vi.fn(async (filter: { contextTypes?: string[]; documentUrls?: string[] }) => {
    const url = fakeBrowser.runtime.getURL(OFFSCREEN_PATH);
    const matches = open && filter.contextTypes?.includes('OFFSCREEN_DOCUMENT') && filter.documentUrls?.includes(url);
    return matches ? [{ contextType: 'OFFSCREEN_DOCUMENT', documentUrl: url }] : [];
  });
  const host: OffscreenHost = {
    runtime: {
      getURL: (p) => fakeBrowser.runtime.getURL(p as '/'),
      sendMessage: async (m) => {
        if (!open) throw new Error('Receiving end does not exist.');
        return fakeBrowser.runtime.sendMessage(m);
      },
      ...(options.getContexts === false ? {} : { getContexts }),
    },
    offscreen: { createDocument, closeDocument, hasDocument: async () => open },
  };
  return { host, createDocument, closeDocument, getContexts, isOpen: () => open };
}

describe('ensureOffscreenDocument', () => {
  it('creates the document once for concurrent and later callers, via runtime.getContexts', async () => {
    const chrome = fakeChrome();
    const results = await Promise.all([1, 2, 3, 4].map(() => ensureOffscreenDocument(chrome.host)));
    expect(results).toEqual([true, true, true, true]);
    expect(await ensureOffscreenDocument(chrome.host)).toBe(true);
    expect(chrome.createDocument).toHaveBeenCalledTimes(1);
    expect(chrome.createDocument.mock.calls[0]?.[0].url).toBe(OFFSCREEN_PATH);
    expect(chrome.getContexts).toHaveBeenCalled();
    expect(chrome.isOpen()).toBe(true);
  });

  it('falls back to offscreen.hasDocument where getContexts is missing', async () => {
    const chrome = fakeChrome({ getContexts: false });
    await ensureOffscreenDocument(chrome.host);
    await ensureOffscreenDocument(chrome.host);
    expect(chrome.createDocument).toHaveBeenCalledTimes(1);
  });

  it('closes the document after a run, and reopens it for the next one', async () => {
    const chrome = fakeChrome();
    expect(await closeOffscreenDocument(chrome.host)).toBe(false);
    await ensureOffscreenDocument(chrome.host);
    expect(await closeOffscreenDocument(chrome.host)).toBe(true);
    expect(chrome.isOpen()).toBe(false);
    expect(chrome.closeDocument).toHaveBeenCalledTimes(1);
    await ensureOffscreenDocument(chrome.host);
    expect(chrome.createDocument).toHaveBeenCalledTimes(2);
  });

  it('is false without an offscreen API (Firefox), and parseInOffscreen refuses', async () => {
    const host: OffscreenHost = { runtime: { getURL: (p) => p, sendMessage: async () => undefined } };
    expect(await ensureOffscreenDocument(host)).toBe(false);
    expect(await ensureOffscreenDocument(null)).toBe(false);
    expect(await closeOffscreenDocument(host)).toBe(false);
    await expect(parseInOffscreen({ html, url: PAGE_URL, ...options }, host)).rejects.toThrow(OffscreenReadError);
  });
});

describe('the message schema', () => {
  const request = { target: 'offscreen', type: 'read-page', html: '<p>', url: PAGE_URL, ...options };

  it('accepts a read request and rejects other targets, types and shapes', () => {
    expect(OffscreenReadRequestSchema.safeParse(request).success).toBe(true);
    for (const bad of [
      { ...request, target: 'background' },
      { ...request, type: 'collect' },
      { ...request, html: 42 },
      { ...request, now: undefined },
      { type: 'readPage', data: {}, timestamp: 1 },
      null,
      'read-page',
    ]) {
      expect(OffscreenReadRequestSchema.safeParse(bad).success).toBe(false);
      expect(answerReadRequest(bad, { parse, readPage: readCommunityPage })).toBeUndefined();
    }
  });

  it('answers the reader’s page, validated, for a valid request', () => {
    const answer = answerReadRequest(request, { parse, readPage: () => null });
    expect(answer).toEqual({ ok: true, page: null });
    const broken = answerReadRequest(request, {
      parse,
      readPage: () => {
        throw new Error('layout changed');
      },
    });
    expect(broken).toEqual({ ok: false, error: 'layout changed' });
    const invalid = answerReadRequest(request, { parse, readPage: () => ({ site: 'vk' }) as unknown as CommunityPage });
    expect(invalid).toEqual({ ok: false, error: 'invalid page' });
    expect(OffscreenReadAnswerSchema.safeParse({ ok: true, page: { site: 'vk' } }).success).toBe(false);
  });

  it('ignores senders that are not the extension’s own windowless contexts', () => {
    expect(isTrustedSender(WORKER, ID, ORIGIN)).toBe(true);
    expect(isTrustedSender({ id: ID }, ID, ORIGIN)).toBe(true);
    expect(isTrustedSender({ id: 'other-extension', url: 'chrome-extension://other/bg.js' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ id: ID, tab: { id: 3 }, url: 'https://vk.com/club1' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ id: ID, url: 'https://vk.com/club1' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, ID, ORIGIN)).toBe(false);
    const listener = offscreenMessageListener({ extensionId: ID, origin: ORIGIN, parse, readPage: readCommunityPage });
    const sendResponse = vi.fn();
    const message = { target: 'offscreen', type: 'read-page', html, url: PAGE_URL, ...options };
    expect(listener(message, { id: ID, tab: { id: 1 } }, sendResponse)).toBe(false);
    expect(listener(message, { id: 'evil' }, sendResponse)).toBe(false);
    expect(listener({ ...message, target: 'popup' }, WORKER, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
    listener(message, WORKER, sendResponse);
    expect(sendResponse).toHaveBeenCalledTimes(1);
  });
});

describe('reading through the offscreen document', () => {
  it('parseInOffscreen opens the document and returns the same page as reading in place', async () => {
    const chrome = fakeChrome();
    const page = await parseInOffscreen({ html, url: PAGE_URL, ...options }, chrome.host);
    const inPlace = readCommunityPage(parse(html), PAGE_URL, {
      now: new Date(options.now),
      timeZone: options.timeZone,
    });
    expect(page).toEqual(JSON.parse(JSON.stringify(inPlace)));
    expect(page?.name).toBe(expected.name);
    expect(page?.members).toBe(expected.members);
    expect(page?.posts).toHaveLength(expected.posts.length);
    expect(chrome.createDocument).toHaveBeenCalledTimes(1);
  });

  it('the batch runner audits a group with the offscreen injection points (no DOM on the runner side)', async () => {
    const chrome = fakeChrome();
    const fetch = vi.fn(async (url: string) => {
      const response = new Response(html, { status: 200, headers: { 'content-type': 'text/html' } });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    });
    const now = new Date(options.now);
    const reading = offscreenReading({ fetch, now: () => now, viewerTimeZone: options.timeZone, host: chrome.host });
    let stored: { page: Record<string, unknown> | null; status: string } | null = null;
    const deps: BatchDeps = {
      ...reading,
      sleep: async () => undefined,
      clock: () => 0,
      now: () => now,
      audit: auditCommunity,
      store: {
        saveRun: async (run) => ({ ok: true, value: run }),
        completeRunItem: async (run, _key, audit) => {
          stored = audit === null ? null : { page: audit.page, status: audit.status };
          return { ok: true, value: { run, auditId: 1 } };
        },
        addRequests: async (_day, n) => ({ ok: true, value: n }),
        getRequestCount: async () => 0,
        audienceSizeOf: async () => null,
      },
      rules: undefined,
      rulesVersion: 1,
      timeZone: options.timeZone,
      viewerTimeZone: options.timeZone,
      pacingMs: 0,
      dailyCap: 100,
    };
    const run: Run = {
      id: 'r',
      listId: 'reminders',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      state: 'running',
      pauseReason: null,
      blockedUrl: null,
      items: [
        {
          key: 'vk:123456',
          url: PAGE_URL,
          name: null,
          state: 'pending',
          attempts: 0,
          error: null,
          auditId: null,
          status: null,
          finishedAt: null,
        },
      ],
      busyMs: 0,
      finishedCount: 0,
    };
    const done = await runBatch(run, deps, new AbortController().signal);
    expect(done.state).toBe('done');
    expect(done.items[0]?.state).toBe('done');
    const got = stored as { page: Record<string, unknown> | null; status: string } | null;
    expect(got?.page?.name).toBe(expected.name);
    expect(got?.page?.members).toBe(expected.members);
    expect(got?.page?.postCount).toBe(expected.posts.length);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a reader failure in the offscreen document fails the group as a layout problem, not silently', async () => {
    const chrome = fakeChrome();
    const fetch = async () => new Response('<html><body>nothing</body></html>', { status: 200 });
    const reading = offscreenReading({
      fetch,
      now: () => new Date(options.now),
      viewerTimeZone: options.timeZone,
      host: {
        ...chrome.host,
        runtime: { ...chrome.host.runtime, sendMessage: async () => ({ ok: false, error: 'x' }) },
      },
    });
    const response = await reading.fetch(PAGE_URL);
    const doc = reading.parse(await response.text(), PAGE_URL);
    expect(() => reading.readPage(doc, PAGE_URL, { now: new Date(options.now), timeZone: options.timeZone })).toThrow(
      OffscreenReadError,
    );
  });
});
