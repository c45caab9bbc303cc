import { describe, expect, it } from 'vitest';
import { groupLockName, memoryLock, rereadGroups, webLock } from '../../../lib/planning/reread';

/** A fake clock: sleep() and the reader advance it; nothing waits for real time. */
function fakeClock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

const targets = Array.from({ length: 50 }, (_, i) => ({ key: `vk:${i + 1}`, url: `https://vk.com/club${i + 1}` }));

describe('rereadGroups', () => {
  it('re-reads 50 groups one at a time, with the pacing delay between groups', async () => {
    const clock = fakeClock();
    let running = 0;
    let maxRunning = 0;
    const delayMs = 1000;
    const readMs = 2500; // each group: its own requests, paced by the reader
    const out = await rereadGroups(targets, {
      read: async (target) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await Promise.resolve();
        clock.advance(readMs);
        running--;
        return target.key;
      },
      sleep: clock.sleep,
      now: clock.now,
      lock: memoryLock(),
      delayMs,
    });
    expect(out).toHaveLength(50);
    expect(out.every((o) => o.status === 'done')).toBe(true);
    expect(maxRunning).toBe(1);
    const starts = out.map((o) => (o.status === 'done' ? o.startedAt : Number.NaN));
    for (let i = 1; i < starts.length; i++) {
      const prev = out[i - 1];
      const gap = (starts[i] ?? 0) - (prev?.status === 'done' ? prev.finishedAt : 0);
      expect(gap).toBeGreaterThanOrEqual(delayMs);
    }
    // The budget: 50 reads + 49 pauses, nothing more.
    expect(clock.now()).toBe(50 * readMs + 49 * delayMs);
  });

  it('never runs two audits of the same group at once: a busy group is skipped', async () => {
    const lock = memoryLock();
    const clock = fakeClock();
    let release: () => void = () => {};
    const blocker = new Promise<void>((r) => {
      release = r;
    });
    // The batch page holds vk:3 while the reminders run.
    const held = lock.tryRun('vk:3', () => blocker);
    const reads: string[] = [];
    const out = await rereadGroups(targets.slice(0, 5), {
      read: async (t) => {
        reads.push(t.key);
        return 1;
      },
      sleep: clock.sleep,
      now: clock.now,
      lock,
      delayMs: 500,
    });
    release();
    await held;
    expect(reads).toEqual(['vk:1', 'vk:2', 'vk:4', 'vk:5']);
    expect(out.find((o) => o.key === 'vk:3')?.status).toBe('busy');
  });

  it('two overlapping runs (two alarms) never read the same group at the same time', async () => {
    const lock = memoryLock();
    const active = new Set<string>();
    let overlap = false;
    const read = async (t: { key: string }) => {
      if (active.has(t.key)) overlap = true;
      active.add(t.key);
      await new Promise((r) => setTimeout(r, 1));
      active.delete(t.key);
      return t.key;
    };
    const opts = { read, sleep: async () => {}, now: () => 0, lock, delayMs: 0 };
    const [a, b] = await Promise.all([
      rereadGroups(targets.slice(0, 10), opts),
      rereadGroups(targets.slice(0, 10), opts),
    ]);
    expect(overlap).toBe(false);
    const done = [...(a ?? []), ...(b ?? [])].filter((o) => o.status === 'done').map((o) => o.key);
    // Every group read at least once, and a group read twice only one after the other.
    expect(new Set(done).size).toBe(10);
  });

  it('reports failures per group and stops on abort', async () => {
    const controller = new AbortController();
    const out = await rereadGroups(targets.slice(0, 4), {
      read: async (t) => {
        if (t.key === 'vk:2') throw new Error('network');
        if (t.key === 'vk:3') controller.abort();
        return t.key;
      },
      sleep: async (_ms, signal) => {
        if (signal?.aborted) throw new Error('aborted');
      },
      now: () => 0,
      lock: memoryLock(),
      delayMs: 10,
      signal: controller.signal,
    });
    expect(out.map((o) => o.status)).toEqual(['done', 'failed', 'done', 'aborted']);
  });

  it('uses Web Locks with ifAvailable and the shared lock name', async () => {
    const requested: string[] = [];
    let busy = false;
    const locks = {
      request: async <T>(name: string, _o: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>) => {
        requested.push(name);
        return cb(busy ? null : { name });
      },
    };
    const lock = webLock(locks);
    expect(await lock.tryRun('vk:1', async () => 7)).toEqual({ ran: true, value: 7 });
    busy = true;
    expect(await lock.tryRun('vk:1', async () => 7)).toEqual({ ran: false });
    expect(requested).toEqual([groupLockName('vk:1'), groupLockName('vk:1')]);
  });
});
