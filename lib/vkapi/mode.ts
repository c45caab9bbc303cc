/**
 * The API mode as the lists page wires it: the user's key, the runtime's fetch, the documented rate for the key
 * type and the day's wall.get budget, put together into BatchDeps['apiMode'] (lib/batch/runner.ts).
 */
import type { BatchDeps } from '../batch/runner';
import type { SleepLike } from '../sites/core/collect';
import { ApiBatcher, type BatcherStats } from './batcher';
import { type ApiCall, type ApiFetch, createTransport } from './client';
import { RateLimiter } from './limiter';
import { type KeyKind, REQUESTS_PER_SECOND, WALL_GET_DAILY_LIMIT } from './limits';
import { runApiMode } from './runner';

/** A counter per day (the history database's `meta` store in the extension). */
export interface DayCounter {
  get(day: string): Promise<number>;
  add(day: string, n: number): Promise<unknown>;
}

export interface ApiModeSetup {
  key: string;
  fetch: ApiFetch;
  clock: () => number;
  sleep: SleepLike;
  /** The key type's documented rate (default 'service': 3 requests a second). */
  keyKind?: KeyKind;
  /**
   * Added to the one-second window: requests leave here evenly, but arrive with the network's jitter, and VK counts
   * arrivals. Default 100 ms (3 requests in any 1.1 s).
   */
  windowMarginMs?: number;
  /** wall.get calls per day (VK's 5 000 by default) and where they are counted; no counting without it. */
  dailyWallGet?: { counter: DayCounter; today: () => string; limit?: number };
  hosts?: readonly string[];
  /** After each request (the bench counts requests and bytes). */
  onRequest?: (info: { calls: number; bytes: number; ok: boolean }) => void;
  /** The batcher's figures after each run (the bench). */
  onStats?: (stats: BatcherStats) => void;
}

/** Serialised reservation of the day's wall.get calls: false when the calls would pass the limit. */
function wallBudget(setup: NonNullable<ApiModeSetup['dailyWallGet']>): (calls: readonly ApiCall[]) => Promise<boolean> {
  let chain: Promise<unknown> = Promise.resolve();
  const limit = setup.limit ?? WALL_GET_DAILY_LIMIT;
  return (calls) => {
    const n = calls.filter((c) => c.method === 'wall.get').length;
    const next = chain.then(async () => {
      if (n === 0) return true;
      const day = setup.today();
      if ((await setup.counter.get(day)) + n > limit) return false;
      await setup.counter.add(day, n);
      return true;
    });
    chain = next.catch(() => undefined);
    return next;
  };
}

export function createApiMode(setup: ApiModeSetup): NonNullable<BatchDeps['apiMode']> {
  const reserve = setup.dailyWallGet ? wallBudget(setup.dailyWallGet) : undefined;
  return async (run, deps, signal) => {
    const transport = createTransport({ key: setup.key, fetch: setup.fetch, hosts: setup.hosts });
    const limiter = new RateLimiter({
      perWindow: REQUESTS_PER_SECOND[setup.keyKind ?? 'service'],
      windowMs: 1000 + (setup.windowMarginMs ?? 100),
      clock: setup.clock,
      sleep: setup.sleep,
    });
    const batcher = new ApiBatcher({ transport, limiter, signal, reserve, onRequest: setup.onRequest });
    try {
      return await runApiMode(run, deps, batcher, signal);
    } finally {
      setup.onStats?.(batcher.stats);
    }
  };
}
