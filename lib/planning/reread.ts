/**
 * The background re-read of tracked groups: one group at a time, a pause of the user's pacing delay between two
 * groups (the same delay the batch audit uses), and a per-group lock so a group is never audited twice at once
 * (by the reminders and the batch page, or two overlapping alarms). No browser API here: the reader, the clock, the
 * sleep and the lock come in as arguments; lib/ext/reminders/run.ts passes the real ones.
 */

/** The name of a group's audit lock. The batch audit should take the same lock (Web Locks) around its reads. */
export function groupLockName(groupKey: string): string {
  return `gospabliki-audit:${groupKey}`;
}

/** Runs `fn` only if nobody holds the group's lock; `{ ran: false }` when it is busy. */
export interface GroupLock {
  tryRun<T>(groupKey: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}

/** An in-process lock (tests, and runtimes without Web Locks). */
export function memoryLock(): GroupLock {
  const held = new Set<string>();
  return {
    async tryRun(key, fn) {
      if (held.has(key)) return { ran: false };
      held.add(key);
      try {
        return { ran: true, value: await fn() };
      } finally {
        held.delete(key);
      }
    },
  };
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>): Promise<T>;
}

/** A lock shared by every extension context of the same origin (service worker, batch page, popup). */
export function webLock(locks: LockManagerLike): GroupLock {
  return {
    async tryRun<T>(key: string, fn: () => Promise<T>) {
      let result: { ran: true; value: T } | { ran: false } = { ran: false };
      await locks.request(groupLockName(key), { ifAvailable: true }, async (lock) => {
        if (lock === null) return;
        result = { ran: true, value: await fn() };
      });
      return result;
    },
  };
}

export interface RereadTarget {
  key: string;
  url: string;
}

export type RereadOutcome<R> =
  | { key: string; status: 'done'; value: R; startedAt: number; finishedAt: number }
  | { key: string; status: 'failed'; error: string; startedAt: number; finishedAt: number }
  /** Another audit of the group was running: skipped this time, read next time. */
  | { key: string; status: 'busy' }
  | { key: string; status: 'aborted' };

export interface RereadOptions<R> {
  read: (target: RereadTarget, signal: AbortSignal) => Promise<R>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock in epoch ms. */
  now: () => number;
  lock: GroupLock;
  /** Pause between two groups (the user's pacing delay), ms. */
  delayMs: number;
  signal?: AbortSignal;
}

/** Re-reads `targets` one after another. Never throws: each group gets an outcome. */
export async function rereadGroups<R>(
  targets: readonly RereadTarget[],
  options: RereadOptions<R>,
): Promise<RereadOutcome<R>[]> {
  const signal = options.signal ?? new AbortController().signal;
  const out: RereadOutcome<R>[] = [];
  const seen = new Set<string>();
  let first = true;
  for (const target of targets) {
    if (seen.has(target.key)) continue;
    seen.add(target.key);
    if (signal.aborted) {
      out.push({ key: target.key, status: 'aborted' });
      continue;
    }
    if (!first) {
      try {
        await options.sleep(options.delayMs, signal);
      } catch {
        out.push({ key: target.key, status: 'aborted' });
        continue;
      }
    }
    first = false;
    const startedAt = options.now();
    try {
      const r = await options.lock.tryRun(target.key, () => options.read(target, signal));
      if (!r.ran) out.push({ key: target.key, status: 'busy' });
      else out.push({ key: target.key, status: 'done', value: r.value, startedAt, finishedAt: options.now() });
    } catch (error) {
      out.push({
        key: target.key,
        status: 'failed',
        error: error instanceof Error ? error.message : String(error),
        startedAt,
        finishedAt: options.now(),
      });
    }
  }
  return out;
}
