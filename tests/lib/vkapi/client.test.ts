import { describe, expect, it } from 'vitest';
import { type ApiCall, createTransport, executeCode, splitExecute } from '../../../lib/vkapi/client';
import { VkApiError, VkNetworkError } from '../../../lib/vkapi/errors';
import { mixedGroups, parseExecuteCode } from '../../fakes/vk-api';
import { ApiWorld, KEY } from './world';

const signal = () => new AbortController().signal;

describe('executeCode', () => {
  it('writes the documented form `return [API.m({…}), …];` the fake (and VK) understand', () => {
    const calls: ApiCall[] = [
      { method: 'groups.getById', params: { group_ids: '1,gov_2', fields: 'members_count' } },
      { method: 'wall.get', params: { owner_id: -1, offset: 0, count: 100, filter: 'owner' } },
    ];
    const code = executeCode(calls);
    expect(code).toBe(
      'return [API.groups.getById({"group_ids":"1,gov_2","fields":"members_count"}),API.wall.get({"owner_id":-1,"offset":0,"count":100,"filter":"owner"})];',
    );
    expect(parseExecuteCode(code)).toEqual(calls);
  });

  it('refuses anything but a method name (no code from data)', () => {
    expect(() => executeCode([{ method: 'wall.get});return 1;//', params: {} }])).toThrow();
  });
});

describe('splitExecute', () => {
  it('gives each call its slot, and each false slot the next error listed for its method', () => {
    const calls = ['wall.get', 'groups.getById', 'wall.get', 'wall.get'].map((method) => ({ method, params: {} }));
    const out = splitExecute(
      {
        response: [{ count: 1, items: [] }, false, false, { count: 0, items: [] }],
        executeErrors: [new VkApiError(100, 'bad id', 'groups.getById'), new VkApiError(15, 'closed', 'wall.get')],
        bytes: 10,
      },
      calls,
    );
    expect(out.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 100, 15, 'ok']);
  });
});

describe('createTransport', () => {
  it('POSTs the parameters, the version and the key in the body, never in the address', async () => {
    const world = new ApiWorld(mixedGroups(2));
    const t = createTransport({ key: KEY, fetch: world.fetch });
    const answer = await t.send('groups.getById', { group_ids: '200000000', fields: 'members_count' }, signal());
    expect(answer.response).toMatchObject({ groups: [{ id: 200000000 }] });
    const sent = world.sent[0];
    expect(sent?.url).toBe('https://api.vk.ru/method/groups.getById');
    expect(sent?.url).not.toContain(KEY);
    const body = new URLSearchParams(sent?.body);
    expect(body.get('access_token')).toBe(KEY);
    expect(body.get('v')).toBe('5.199');
  });

  it('answers VK errors as VkApiError with the key masked out of the message', async () => {
    const t = createTransport({
      key: KEY,
      fetch: async () =>
        new Response(JSON.stringify({ error: { error_code: 5, error_msg: `invalid access_token ${KEY}` } })),
    });
    const error = await t.send('users.get', {}, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VkApiError);
    expect((error as VkApiError).code).toBe(5);
    expect(String((error as Error).message)).not.toContain(KEY);
    expect(String((error as Error).message)).toContain('•••');
  });

  it('tries api.vk.com when api.vk.ru does not answer, and stays there', async () => {
    const world = new ApiWorld(mixedGroups(1));
    world.down.add('api.vk.ru');
    const t = createTransport({ key: KEY, fetch: world.fetch });
    await t.send('users.get', {}, signal());
    await t.send('users.get', {}, signal());
    expect(world.sent.map((s) => new URL(s.url).host)).toEqual(['api.vk.ru', 'api.vk.com', 'api.vk.com']);
    expect(t.host).toBe('api.vk.com');
  });

  it('reports a lost answer as VkNetworkError without the request in the message', async () => {
    const t = createTransport({
      key: KEY,
      fetch: async (url, init) => {
        throw new TypeError(`Failed to fetch ${url} ${String(init.body)}`);
      },
    });
    const error = await t.send('users.get', {}, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VkNetworkError);
    expect(String(error)).not.toContain(KEY);
  });

  it('gives up on an answer that takes longer than the timeout', async () => {
    const t = createTransport({
      key: KEY,
      timeoutMs: 20,
      hosts: ['api.vk.ru'],
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const error = await t.send('users.get', {}, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VkNetworkError);
    expect((error as Error).message).toBe('timeout');
  });
});
