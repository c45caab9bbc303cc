// @vitest-environment jsdom
/**
 * The VK content script's collector: the page API bridge (the shipped main-world half, installPageBridge, with the
 * isolated-world client) first; the paced wall pages when the bridge is absent or fails. The source goes into
 * `sources.posts` and, through the page session, into every answer to the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPageSession } from '../../lib/ext/page-session';
import { BRIDGE_POSTS_SOURCE, createVkCollector, PAGINATION_SOURCE } from '../../lib/ext/vk-collector';
import { readCommunityPage } from '../../lib/sites';
import { createVkBridgeClient } from '../../lib/sites/vk/bridge';
import { installPageBridge } from '../../lib/sites/vk/page-bridge';
import type { CommunityPage } from '../../lib/types';
import { NOW, WALL } from '../fixtures/vk/generate';

const DIR = join(__dirname, '../fixtures/vk/wall-pages');
const now = new Date(NOW);
const timeZone = 'Europe/Moscow';
const CUTOFF = new Date('2026-01-31T21:00:00Z');
const URL_ = `https://vk.com/club${WALL.gid}`;

type Listener = (event: MessageEvent) => void;
function fakeWindow(vkApi?: unknown) {
  const listeners = new Set<Listener>();
  const win = {
    vkApi,
    location: { origin: 'https://vk.com' },
    postMessage(data: unknown) {
      setTimeout(() => {
        for (const l of Array.from(listeners)) l({ data, source: win } as unknown as MessageEvent);
      }, 0);
    },
    addEventListener: (_: 'message', l: Listener) => listeners.add(l),
    removeEventListener: (_: 'message', l: Listener) => listeners.delete(l),
  };
  return win;
}

/** The page's own API client over the same fake wall as the wall pages. */
const apiItems = WALL.posts.map((p) => ({
  id: p.pid,
  owner_id: -WALL.gid,
  from_id: -WALL.gid,
  date: Date.parse(p.at) / 1000,
  likes: { count: 1 },
  comments: { count: 0 },
  reposts: { count: 0 },
  views: { count: 10 },
}));
function vkApi(calls: string[]) {
  return {
    api(method: string, params: Record<string, string | number>) {
      calls.push(method);
      const offset = Number(params.offset ?? 0);
      return Promise.resolve({ count: apiItems.length, items: apiItems.slice(offset, offset + Number(params.count)) });
    },
  };
}

function firstPage(): { doc: Document; page: CommunityPage } {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, 'offset-0.html'), 'utf8'), 'text/html');
  const page = readCommunityPage(doc, URL_, { now, timeZone });
  if (!page) throw new Error('offset-0 must read as a community page');
  return { doc, page };
}

function wallFetch(served: string[]) {
  return async (url: string) => {
    served.push(url);
    const offset = new URL(url).searchParams.get('offset');
    if (offset === null || offset === '50' || Number(offset) > 120) return new Response('', { status: 404 });
    return new Response(readFileSync(join(DIR, `offset-${offset}.html`)), {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  };
}

const options = { cutoff: CUTOFF, delayMs: 0, signal: new AbortController().signal, onProgress: () => {} };

describe('VK collector: bridge first, wall pages as the fallback', () => {
  it('collects through the bridge when the page exposes its API, and says so', async () => {
    const calls: string[] = [];
    const served: string[] = [];
    const win = fakeWindow(vkApi(calls));
    installPageBridge(win, 'n');
    const { doc, page } = firstPage();
    const collector = createVkCollector({
      bridge: async () => createVkBridgeClient(win, 'n', 200),
      paginate: { fetch: wallFetch(served), now, timeZone },
    })(page);
    const result = await collector?.(doc, page, options);
    expect(calls).toEqual(['wall.get']);
    expect(served.filter((u) => u.includes('own=1'))).toEqual([]);
    expect(result?.sources?.posts).toBe(BRIDGE_POSTS_SOURCE);
    expect(result?.partial).toBeNull();
    expect(Date.parse(result?.postsSince ?? '')).toBeLessThan(CUTOFF.getTime());
    expect(result?.posts.some((p) => p.source === BRIDGE_POSTS_SOURCE)).toBe(true);
    expect(result?.diagnostics?.some((d) => d.name === 'bridge')).toBeFalsy();
  });

  it.each([
    [
      'no page API (the bridge answers no-api)',
      () => {
        const win = fakeWindow(undefined);
        installPageBridge(win, 'n');
        return createVkBridgeClient(win, 'n', 200);
      },
    ],
    ['no bridge in the page (injection failed)', () => null],
  ])('%s: reads the wall pages instead, with a diagnostic', async (_name, client) => {
    const served: string[] = [];
    const { doc, page } = firstPage();
    const made = client();
    const collector = createVkCollector({
      bridge: async () => made,
      paginate: { fetch: wallFetch(served), now, timeZone, sleep: async () => {} },
    })(page);
    const result = await collector?.(doc, page, options);
    expect(served.some((u) => u.includes('own=1'))).toBe(true);
    expect(result?.sources?.posts).toBe(PAGINATION_SOURCE);
    expect(result?.diagnostics?.find((d) => d.name === 'bridge')?.message).toMatch(/wall pages read instead/);
    expect(Date.parse(result?.postsSince ?? '')).toBeLessThan(CUTOFF.getTime());
  });

  it('the page session reports the collected posts’ source and the bridge diagnostic to the popup', async () => {
    const win = fakeWindow(vkApi([]));
    installPageBridge(win, 'n');
    const { doc } = firstPage();
    const session = createPageSession({
      doc,
      url: () => URL_,
      read: (d, url) => readCommunityPage(d, url, { now, timeZone }),
      detect: () => ({ site: 'vk', kind: 'community' }),
      collector: createVkCollector({
        bridge: async () => createVkBridgeClient(win, 'n', 200),
        paginate: { fetch: wallFetch([]), now, timeZone },
      }),
      signal: new AbortController().signal,
    });
    const before = session.readPage();
    expect(before.kind === 'community' && before.page.sources?.posts).not.toBe(BRIDGE_POSTS_SOURCE);
    session.collect({ cutoff: CUTOFF.toISOString(), delayMs: 0 });
    await session.settled();
    const after = session.readPage();
    if (after.kind !== 'community') throw new Error('expected a community answer');
    expect(after.collect.status).toBe('done');
    expect(after.page.sources?.posts).toBe(BRIDGE_POSTS_SOURCE);
    expect(after.page.sources?.members).toBe(before.kind === 'community' ? before.page.sources?.members : undefined);
    expect(after.page.posts.length).toBeGreaterThan(before.kind === 'community' ? before.page.posts.length : 0);
  });
});
