// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPostsViaBridge, createVkBridgeClient, readVkPageWithBridge } from '../../../../lib/sites/vk/bridge';
import { installPageBridge } from '../../../../lib/sites/vk/page-bridge';
import { readVkPage } from '../../../../lib/sites/vk/read';

type Listener = (event: MessageEvent) => void;

/** A window-like message bus: postMessage delivers asynchronously to every listener, with `source` = the bus. */
function fakeWindow(vkApi?: unknown) {
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  const win = {
    vkApi,
    location: { origin: 'https://vk.com' },
    postMessage(data: unknown) {
      sent.push(data);
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
  return { win, sent, listeners };
}

const GID = '123456';
const group = {
  id: 123456,
  name: 'Администрация',
  members_count: 15234,
  has_photo: 1,
  cover: { enabled: 0 },
  description: 'Телефон 8 800',
  is_government_organization: true,
  menu: { items: [{ title: 'Сообщить о проблеме', url: 'https://pos.gosuslugi.ru/form/?opaId=1' }] },
};
const post = (id: number, date: number, extra: Record<string, unknown> = {}) => ({
  id,
  owner_id: -123456,
  from_id: -123456,
  date,
  likes: { count: 3 },
  comments: { count: 1 },
  reposts: { count: 0 },
  views: { count: 100 },
  ...extra,
});

function vkApiStub(calls: string[], wall: unknown[]) {
  return {
    api(method: string, params: Record<string, string | number>) {
      calls.push(`${method} ${JSON.stringify(params)}`);
      if (method === 'groups.getById') return Promise.resolve({ groups: [group], profiles: [] });
      const offset = Number(params.offset);
      return Promise.resolve({ count: wall.length, items: wall.slice(offset, offset + Number(params.count)) });
    },
  };
}

describe('VK page bridge', () => {
  it('answers allow-listed calls for the right nonce, validated and tagged', async () => {
    const calls: string[] = [];
    const { win } = fakeWindow(vkApiStub(calls, []));
    installPageBridge(win, 'n1');
    const client = createVkBridgeClient(win, 'n1', 200);
    const g = await client.getGroup(GID);
    expect(g?.members_count).toBe(15234);
    expect(calls[0]).toContain('"fields"');
    // parameters outside the allow-list are dropped by the main-world half
    await client.call('wall.get', { owner_id: '-1', access_token: 'x' });
    expect(calls[1]).not.toContain('access_token');
  });

  it('ignores other nonces and times out to null; no API → null', async () => {
    const { win } = fakeWindow(vkApiStub([], []));
    installPageBridge(win, 'right');
    expect(await createVkBridgeClient(win, 'wrong', 30).getGroup(GID)).toBeNull();
    const bare = fakeWindow(undefined);
    installPageBridge(bare.win, 'n');
    expect(await createVkBridgeClient(bare.win, 'n', 200).getGroup(GID)).toBeNull();
  });

  it('rejects answers that fail validation (wrong group, wrong owner, junk)', async () => {
    const { win } = fakeWindow({
      api: (method: string) =>
        Promise.resolve(
          method === 'groups.getById'
            ? { groups: [{ ...group, id: 1 }] }
            : { items: [post(1, 1), { junk: true }, { ...post(2, 2), owner_id: -99 }] },
        ),
    });
    installPageBridge(win, 'n');
    const client = createVkBridgeClient(win, 'n', 200);
    expect(await client.getGroup(GID)).toBeNull();
    expect((await client.wallGet(GID, 0))?.map((p) => p.id)).toEqual([1]);
  });

  it('feeds groups.getById into the reader, or falls back with a diagnostic', async () => {
    const html = readFileSync(join(__dirname, '../../../fixtures/vk/g3-datatestid/source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const url = new URL('https://vk.com/club123456');
    const options = { now: new Date('2026-03-15T09:00:00Z'), timeZone: 'Europe/Moscow' };
    const { win } = fakeWindow(vkApiStub([], []));
    installPageBridge(win, 'n');
    const page = await readVkPageWithBridge(doc, url, options, createVkBridgeClient(win, 'n', 200));
    expect(page).toMatchObject({
      members: 15234,
      cover: 'missing',
      posWidget: 'present',
      govMark: 'present',
      description: 'present',
    });
    expect(page?.sources?.members).toBe('bridge:groups.getById');
    const silent = fakeWindow(undefined);
    const fallback = await readVkPageWithBridge(doc, url, options, createVkBridgeClient(silent.win, 'n', 20));
    expect(fallback?.members).toBeNull();
    expect(fallback?.diagnostics?.some((d) => d.name === 'bridge')).toBe(true);
    expect({ ...fallback, diagnostics: [] }).toEqual({ ...readVkPage(doc, url, options), diagnostics: [] });
  });

  it('collects posts through wall.get back to the cut-off, or returns null to fall back', async () => {
    const t0 = Date.parse('2026-03-15T09:00:00Z') / 1000;
    const wall = [
      post(999, t0 - 400 * 86400, { is_pinned: 1 }),
      ...Array.from({ length: 250 }, (_, i) => post(500 - i, t0 - i * 86400)),
    ];
    const { win } = fakeWindow(vkApiStub([], wall));
    installPageBridge(win, 'n');
    const base = {
      site: 'vk' as const,
      url: 'https://vk.com/club123456',
      id: GID,
      name: null,
      members: null,
      avatar: 'unknown' as const,
      cover: 'unknown' as const,
      description: 'unknown' as const,
      descriptionText: null,
      posWidget: 'unknown' as const,
      govMark: 'unknown' as const,
      registryLink: null,
      posts: [],
      layout: 'vk-g3',
      postsSince: null,
    };
    const cutoff = new Date((t0 - 150 * 86400) * 1000);
    const page = await collectPostsViaBridge(base, createVkBridgeClient(win, 'n', 200), cutoff);
    expect(page?.partial).toBeNull();
    expect(page?.posts.length).toBe(200); // the pinned post + 199 (two calls of 100; the second crosses the cut-off)
    expect(page?.posts.every((p) => p.source === 'bridge:wall.get')).toBe(true);
    expect(page?.postsSince).toBe(new Date((t0 - 198 * 86400) * 1000).toISOString());
    const silent = fakeWindow(undefined);
    expect(await collectPostsViaBridge(base, createVkBridgeClient(silent.win, 'n', 20), cutoff)).toBeNull();
  });
});
