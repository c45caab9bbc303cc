/**
 * The VK page API bridge in a real browser: the VK content script injects page-bridge.js with a per-load nonce; on a
 * page whose own script exposes `window.vkApi.api`, the popup's collection of older posts goes through `wall.get`
 * (recorded as the posts' source) and never pages through the wall; on a page without it, the wall pages are read
 * instead (silently, with a diagnostic); messages a page script forges without the nonce change nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CommunityPage } from '../../lib/types';
import { NOW, WALL } from '../fixtures/vk/generate';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const DIR = new URL('../fixtures/vk/wall-pages/', import.meta.url);
const file = (name: string) => readFileSync(new URL(name, DIR));
const TAG = 'gospabliki-audit:vk-bridge';
const FORGED_ID = 424242;

/** The fake wall as VK's API would answer it: the same posts as the wall pages. */
const apiItems = WALL.posts.map((p) => ({
  id: p.pid,
  owner_id: -WALL.gid,
  from_id: -WALL.gid,
  date: Date.parse(p.at) / 1000,
  likes: { count: 2 },
  comments: { count: 1 },
  reposts: { count: 0 },
  views: { count: 50 },
}));

/** The page's own script: an API client answering from the fixture data, and a forger without the nonce. */
const pageScript = `
window.__apiCalls = [];
const items = ${JSON.stringify(apiItems)};
window.vkApi = {
  api(method, params) {
    window.__apiCalls.push({ method, params });
    if (method === 'groups.getById') return Promise.resolve({ groups: [{ id: ${WALL.gid}, name: 'Администрация' }] });
    const offset = Number(params.offset || 0);
    return Promise.resolve({ count: items.length, items: items.slice(offset, offset + Number(params.count)) });
  },
};
const forgedPost = { id: ${FORGED_ID}, owner_id: -${WALL.gid}, from_id: -${WALL.gid}, date: ${Date.parse(NOW) / 1000 - 3600} };
// It sees the extension's requests go by and answers each one first, with the request's id but no nonce, or a wrong one.
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || m.tag !== '${TAG}' || m.kind !== 'request' || m.id === 99) return;
  const forged = { tag: '${TAG}', kind: 'response', id: m.id, ok: true, result: { count: 1, items: [forgedPost] } };
  window.postMessage(forged, location.origin);
  window.postMessage({ ...forged, nonce: 'forged' }, location.origin);
});
// And asks the bridge for something itself, without the nonce.
setInterval(() => {
  window.postMessage({ tag: '${TAG}', kind: 'request', id: 99, method: 'wall.get', params: { owner_id: '-1', offset: 0, count: 1 } }, location.origin);
}, 15);
`;

describe.skipIf(inject('skipE2E'))('the VK page API bridge', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ server });
    const html = file('offset-0.html').toString('utf8');
    server.route('vk.com', `/club${WALL.gid}`, {
      body: html.replace('<head>', `<head>\n<script>${pageScript}</script>`),
    });
    server.route('vk.ru', `/club${WALL.gid}`, { body: html });
    for (const host of ['vk.com', 'vk.ru']) {
      server.route(host, `/wall-${WALL.gid}`, (_req, url) => {
        const offset = url.searchParams.get('offset') ?? '0';
        if (offset === '50')
          return { body: file('offset-50.cp1251.html'), contentType: 'text/html; charset=windows-1251' };
        try {
          return { body: file(`offset-${offset}.html`) };
        } catch {
          return null;
        }
      });
    }
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens the popup on `url`, lets it collect back to the 1st of February, and returns the page it audited. */
  async function collected(url: string): Promise<{ tab: Page; popup: Page; page: CommunityPage }> {
    const tab = await ext.context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    const popup = await ext.openPopupFor(tab, `&now=${encodeURIComponent(NOW)}`);
    const coverage = popup.getByTestId('coverage');
    await expect.poll(() => coverage.getAttribute('data-coverage')).toBe('full');
    const read = () =>
      popup.evaluate(() => (globalThis as { gpAudit?: { page: CommunityPage } }).gpAudit?.page ?? null);
    await expect.poll(async () => (await read())?.postsSince ?? null).not.toBeNull();
    const page = await read();
    if (!page) throw new Error('the popup audited no page');
    return { tab, popup, page };
  }

  const wallRequests = (host: string) =>
    server.requests.filter((r) => r.url.startsWith(`https://${host}/wall-${WALL.gid}?own=1`));

  it('collects through wall.get when the page exposes its API; forged messages without the nonce are ignored', async () => {
    const { tab, popup, page } = await collected(`https://vk.com/club${WALL.gid}`);
    expect(page.sources?.posts).toBe('bridge:wall.get');
    expect(wallRequests('vk.com')).toEqual([]);
    const ids = new Set(page.posts.map((p) => p.id));
    // One call of 100 reaches far past the 1st of February.
    for (const p of WALL.posts.slice(0, 100)) expect(ids.has(`-${WALL.gid}_${p.pid}`)).toBe(true);
    expect(page.posts.filter((p) => p.source === 'bridge:wall.get').length).toBeGreaterThanOrEqual(90);
    expect(Date.parse(page.postsSince ?? '')).toBeLessThan(Date.parse('2026-01-31T21:00:00Z'));
    expect(page.diagnostics?.some((d) => d.name === 'bridge') ?? false).toBe(false);
    // Neither the forged answers nor the forged request (no nonce) reached the extension or the page's API.
    expect(ids.has(`-${WALL.gid}_${FORGED_ID}`)).toBe(false);
    const calls = (await tab.evaluate(() => (window as unknown as { __apiCalls: unknown[] }).__apiCalls)) as {
      method: string;
      params: Record<string, unknown>;
    }[];
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.method === 'wall.get' && c.params.owner_id === `-${WALL.gid}`)).toBe(true);
    expect(calls.map((c) => Object.keys(c.params).sort().join(','))).toContain('count,filter,offset,owner_id');
    // The nonce never stays in the page: the injected script element is gone.
    expect(await tab.locator('script[data-nonce]').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('falls back to the wall pages, silently, when the page has no API client', async () => {
    const { tab, popup, page } = await collected(`https://vk.ru/club${WALL.gid}`);
    expect(page.sources?.posts).toBe('pagination');
    expect(wallRequests('vk.ru').length).toBeGreaterThan(1);
    expect(page.diagnostics?.find((d) => d.name === 'bridge')?.message).toMatch(/wall pages read instead/);
    expect(page.posts.some((p) => p.source === 'bridge:wall.get')).toBe(false);
    expect(Date.parse(page.postsSince ?? '')).toBeLessThan(Date.parse('2026-01-31T21:00:00Z'));
    // Nothing but the diagnostics tells the two apart: no error, the audit is shown.
    expect(await popup.getByTestId('predicted-score').count()).toBe(1);
    await popup.close();
    await tab.close();
  });
});
