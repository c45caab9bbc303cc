// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createVkBridgeClient } from '../../lib/sites/vk/bridge';
import { bridgeRequest, installPageBridge } from '../../lib/sites/vk/page-bridge';

type Listener = (event: MessageEvent) => void;

/** A window-like message bus: postMessage delivers asynchronously to every listener, with `source` = the bus. */
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
    addEventListener(_: 'message', l: Listener) {
      listeners.add(l);
    },
    removeEventListener(_: 'message', l: Listener) {
      listeners.delete(l);
    },
  };
  return win;
}

const group = { id: 123456, name: 'Администрация', members_count: 15234, is_government_organization: true };
const post = (id: number, ownerId = -123456) => ({
  id,
  owner_id: ownerId,
  from_id: ownerId,
  date: 1_770_000_000 - id,
  likes: { count: 1 },
  comments: { count: 0 },
  reposts: { count: 0 },
  views: { count: 10 },
});

function api(calls: string[], answer: (method: string) => unknown = () => ({ groups: [group] })) {
  return {
    api(method: string, params: Record<string, string | number>) {
      calls.push(`${method} ${JSON.stringify(params)}`);
      return Promise.resolve(answer(method));
    },
  };
}

describe('page-bridge.js (main-world half) with the isolated-world client', () => {
  it('answers allow-listed calls for its nonce; the client validates the answer', async () => {
    const calls: string[] = [];
    const win = fakeWindow(api(calls));
    const off = installPageBridge(win, 'n1');
    const client = createVkBridgeClient(win, 'n1', 200);
    expect((await client.getGroup('123456'))?.members_count).toBe(15234);
    expect(calls[0]).toContain('"fields"');
    // parameters outside the allow-list never reach the page's API
    await client.call('wall.get', { owner_id: '-1', access_token: 'x' });
    expect(calls[1]).toMatch(/^wall\.get /);
    expect(calls[1]).not.toContain('access_token');
    off();
    expect(await createVkBridgeClient(win, 'n1', 30).getGroup('123456')).toBeNull();
  });

  it('ignores other nonces; no page API → the client gets null', async () => {
    const calls: string[] = [];
    const win = fakeWindow(api(calls));
    installPageBridge(win, 'right');
    expect(await createVkBridgeClient(win, 'wrong', 30).getGroup('123456')).toBeNull();
    expect(calls).toEqual([]);
    const bare = fakeWindow(undefined);
    installPageBridge(bare, 'n');
    expect(await createVkBridgeClient(bare, 'n', 200).getGroup('123456')).toBeNull();
  });

  it('passes junk through to the client, which drops what fails validation', async () => {
    const win = fakeWindow(
      api([], (method) =>
        method === 'groups.getById'
          ? { groups: [{ ...group, id: 1 }] }
          : { items: [post(1), { junk: 1 }, post(2, -9)] },
      ),
    );
    installPageBridge(win, 'n');
    const client = createVkBridgeClient(win, 'n', 200);
    expect(await client.getGroup('123456')).toBeNull();
    expect((await client.wallGet('123456', 0))?.map((p) => p.id)).toEqual([1]);
  });

  it('accepts only well-formed requests: tag, kind, nonce, numeric id, allow-listed method, scalar params', () => {
    const ok = { tag: 'gospabliki-audit:vk-bridge', kind: 'request', nonce: 'n', id: 1, method: 'wall.get' };
    expect(bridgeRequest({ ...ok, params: { owner_id: '-1', count: 5, x: 1 } }, 'n')).toEqual({
      id: 1,
      method: 'wall.get',
      params: { owner_id: '-1', count: 5 },
    });
    for (const bad of [
      null,
      'x',
      { ...ok, params: {}, nonce: 'other' },
      { ...ok, params: {}, tag: 'x' },
      { ...ok, params: {}, kind: 'response' },
      { ...ok, params: {}, id: '1' },
      { ...ok, params: {}, method: 'messages.send' },
      { ...ok, params: {}, method: 'toString' },
      { ...ok, params: [] },
      { ...ok, params: { owner_id: { evil: true } } },
    ]) {
      expect(bridgeRequest(bad, 'n')).toBeNull();
    }
  });
});
