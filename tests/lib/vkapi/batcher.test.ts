import { describe, expect, it } from 'vitest';
import { ApiBatcher } from '../../../lib/vkapi/batcher';
import { createTransport } from '../../../lib/vkapi/client';
import { ApiRunStop, VkApiError } from '../../../lib/vkapi/errors';
import { RateLimiter } from '../../../lib/vkapi/limiter';
import { type FakeApiOptions, mixedGroups } from '../../fakes/vk-api';
import { ApiWorld, KEY } from './world';

/** A limiter of 3 a second on a virtual clock that its own sleeps move. */
function virtualLimiter() {
  const clock = { t: 0 };
  const limiter = new RateLimiter({
    perWindow: 3,
    windowMs: 1000,
    clock: () => clock.t,
    sleep: async (ms) => {
      clock.t += ms;
    },
  });
  return { limiter, time: () => clock.t };
}

describe('RateLimiter', () => {
  it('never lets more than `perWindow` requests start in any window, in order', async () => {
    const { limiter, time } = virtualLimiter();
    const starts: number[] = [];
    const signal = new AbortController().signal;
    await Promise.all(Array.from({ length: 30 }, () => limiter.acquire(signal).then(() => starts.push(time()))));
    expect(starts).toHaveLength(30);
    for (let i = 3; i < starts.length; i++)
      expect((starts[i] ?? 0) - (starts[i - 3] ?? 0)).toBeGreaterThanOrEqual(1000);
    // evenly: a third of a window apart (rounded up to the millisecond), and no slower than that
    for (let i = 1; i < starts.length; i++) expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeLessThanOrEqual(334);
    expect(time()).toBeLessThanOrEqual(29 * 334);
  });

  it('waits a whole widened window after a back-off, then narrows again', async () => {
    const { limiter, time } = virtualLimiter();
    const signal = new AbortController().signal;
    await limiter.acquire(signal);
    limiter.backOff();
    expect(limiter.windowMs).toBe(1500);
    await limiter.acquire(signal);
    expect(time()).toBe(1500);
    for (let i = 0; i < 10; i++) limiter.succeeded();
    expect(limiter.windowMs).toBe(1000);
  });
});

/** The fake world with realistic post sizes (~2.5 kB a post with its photos). */
function setup(options: Partial<FakeApiOptions> = {}, groups = mixedGroups(120)) {
  const world = new ApiWorld(groups, { lean: false, ...options });
  const abort = new AbortController();
  const limiter = new RateLimiter({ perWindow: 3, windowMs: 1100, clock: world.clock, sleep: world.sleep });
  const batcher = new ApiBatcher({
    transport: createTransport({ key: KEY, fetch: world.fetch }),
    limiter,
    signal: abort.signal,
  });
  return { world, batcher, abort, groups };
}

const wallOf = (id: number) => ({ owner_id: -id, offset: 0, count: 100, filter: 'owner' });
const openIds = (groups: ReturnType<typeof mixedGroups>) =>
  groups.filter((g) => !['closed', 'private', 'deleted', 'banned'].includes(g.kind)).map((g) => g.id);

describe('ApiBatcher', () => {
  it('packs calls into execute requests of at most 25 and answers each call with its own result', async () => {
    const { world, batcher, groups } = setup();
    const ids = openIds(groups).slice(0, 60);
    const answers = await Promise.all(ids.map((id) => batcher.call('wall.get', { ...wallOf(id), count: 5 })));
    answers.forEach((a, i) => {
      expect((a as { items: { owner_id: number }[] }).items[0]?.owner_id).toBe(-(ids[i] ?? 0));
    });
    expect(world.api.stats.executeCalls).toEqual([25, 25, 10]);
    expect(world.api.stats.errors).toEqual({});
    expect(world.api.stats.maxPerSecond).toBeLessThanOrEqual(3);
  });

  it('sends fewer calls at a time after «response size is too big», until every answer fits', async () => {
    const { world, batcher, groups } = setup({ maxResponseBytes: 600_000 });
    const ids = openIds(groups).slice(0, 30);
    const answers = await Promise.all(ids.map((id) => batcher.call('wall.get', wallOf(id))));
    expect(answers).toHaveLength(30);
    expect(world.api.stats.errors[13]).toBeGreaterThan(0);
    expect(batcher.stats.splits).toBe(world.api.stats.errors[13]);
    // what was answered in the end was answered within the limit
    expect(Math.max(...world.api.stats.executeCalls)).toBeLessThan(25);
  });

  it('learns the answer sizes, so big walls are packed fewer to an execute from the start', async () => {
    const { world, batcher, groups } = setup();
    const ids = openIds(groups).filter((id) => groups.find((g) => g.id === id)?.kind === 'active');
    await batcher.call('wall.get', wallOf(ids[0] ?? 0));
    await Promise.all(ids.slice(1).map((id) => batcher.call('wall.get', wallOf(id))));
    // ~2–3 kB a post: 100 posts a wall, about 3 MB per answer → far fewer than 25 walls
    expect(Math.max(...world.api.stats.executeCalls)).toBeLessThan(25);
    expect(world.api.stats.errors[13]).toBeUndefined();
  });

  it('backs off on «too many requests per second» and sends the same calls again', async () => {
    // the fake allows 2 a second, the limiter starts at 3; calls one by one (no execute) make many requests
    const { world, batcher, groups } = setup({ perSecond: 2, keys: { [KEY]: { kind: 'service', execute: false } } });
    const ids = openIds(groups).slice(0, 8);
    const answers = await Promise.all(ids.map((id) => batcher.call('wall.get', { ...wallOf(id), count: 1 })));
    expect(answers).toHaveLength(8);
    expect(world.api.stats.errors[6]).toBeGreaterThan(0);
    expect(batcher.stats.backOffs).toBe(world.api.stats.errors[6]);
  });

  it('sends calls one by one when the key may not call execute (error 28)', async () => {
    const world = new ApiWorld(mixedGroups(20), { keys: { [KEY]: { kind: 'service', execute: false } } });
    const batcher = new ApiBatcher({
      transport: createTransport({ key: KEY, fetch: world.fetch }),
      limiter: new RateLimiter({ perWindow: 3, windowMs: 1100, clock: world.clock, sleep: world.sleep }),
      signal: new AbortController().signal,
    });
    const ids = openIds(mixedGroups(20)).slice(0, 6);
    const answers = await Promise.all(ids.map((id) => batcher.call('wall.get', { ...wallOf(id), count: 1 })));
    expect(answers).toHaveLength(6);
    expect(world.api.stats.errors[28]).toBe(1);
    expect(world.api.stats.calls['wall.get']).toBe(6);
  });

  it('fails one call with its own error and answers the others', async () => {
    const { batcher, groups } = setup();
    const closed = groups.find((g) => g.kind === 'closed')?.id ?? 0;
    const open = openIds(groups)[0] ?? 0;
    const [a, b] = await Promise.allSettled([
      batcher.call('wall.get', wallOf(open)),
      batcher.call('wall.get', wallOf(closed)),
    ]);
    expect(a.status).toBe('fulfilled');
    expect(b.status === 'rejected' && b.reason instanceof VkApiError && b.reason.code === 15).toBe(true);
  });

  it('stops the run on VK’s daily limit (29): every waiting call gets the stop', async () => {
    const { batcher, groups } = setup({ dailyWallGet: 30 });
    const results = await Promise.allSettled(
      openIds(groups)
        .slice(0, 60)
        .map((id) => batcher.call('wall.get', wallOf(id))),
    );
    const stops = results.filter((r) => r.status === 'rejected' && r.reason instanceof ApiRunStop);
    expect(stops.length).toBeGreaterThan(0);
    expect(batcher.stopped?.reason).toBe('api-limit');
    await expect(batcher.call('wall.get', wallOf(1))).rejects.toBeInstanceOf(ApiRunStop);
  });

  it('stops before sending when the day’s documented wall.get budget would be passed', async () => {
    const world = new ApiWorld(mixedGroups(40));
    let used = 0;
    const batcher = new ApiBatcher({
      transport: createTransport({ key: KEY, fetch: world.fetch }),
      limiter: new RateLimiter({ perWindow: 3, windowMs: 1100, clock: world.clock, sleep: world.sleep }),
      signal: new AbortController().signal,
      reserve: async (calls) => {
        if (used + calls.length > 20) return false;
        used += calls.length;
        return true;
      },
    });
    const results = await Promise.allSettled(
      openIds(mixedGroups(40)).map((id) => batcher.call('wall.get', wallOf(id))),
    );
    expect(batcher.stopped?.reason).toBe('api-limit');
    expect(world.api.stats.calls['wall.get'] ?? 0).toBeLessThanOrEqual(20);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
  });

  it('stops on an invalid key (5)', async () => {
    const world = new ApiWorld(mixedGroups(2), { keys: {} });
    const batcher = new ApiBatcher({
      transport: createTransport({ key: KEY, fetch: world.fetch }),
      limiter: new RateLimiter({ perWindow: 3, windowMs: 1100, clock: world.clock, sleep: world.sleep }),
      signal: new AbortController().signal,
    });
    await expect(batcher.call('users.get', {})).rejects.toBeInstanceOf(ApiRunStop);
    expect(batcher.stopped?.reason).toBe('api-key');
  });

  it('stops after three requests in a row without an answer (offline)', async () => {
    const { world, batcher, groups } = setup();
    world.offline = true;
    const results = await Promise.allSettled(
      openIds(groups)
        .slice(0, 3)
        .map((id) => batcher.call('wall.get', wallOf(id))),
    );
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof ApiRunStop)).toBe(true);
    expect(batcher.stopped?.reason).toBe('api-network');
  });

  it('rejects every waiting call when the run is paused (the signal aborts)', async () => {
    const { batcher, abort, groups } = setup();
    const pending = openIds(groups)
      .slice(0, 80)
      .map((id) => batcher.call('wall.get', wallOf(id)));
    abort.abort('pause');
    const results = await Promise.allSettled(pending);
    expect(results.some((r) => r.status === 'rejected')).toBe(true);
    await expect(batcher.call('wall.get', wallOf(1))).rejects.toBe('pause');
  });
});
