/**
 * The batch run's persisted state (one record per run in IndexedDB's `queue` store). Pure data + zod schema.
 */
import * as z from 'zod/mini';

/** Why a group could not be audited. Recorded on the group; the run goes on. */
export const FailureReasonSchema = z.enum([
  'deleted',
  'private',
  'blocked',
  'not-found',
  'not-a-community',
  'network',
  'rate-limited',
  'layout',
  'error',
]);
export type FailureReason = z.infer<typeof FailureReasonSchema>;

export const RunItemSchema = z.object({
  key: z.string(),
  url: z.string(),
  name: z.nullable(z.string()),
  state: z.enum(['pending', 'done', 'failed']),
  attempts: z.number(),
  error: z.nullable(FailureReasonSchema),
  /** History record written for this group in this run. */
  auditId: z.nullable(z.number()),
  /** Completeness of the read: all posts back to the cut-off, or cut short. */
  status: z.nullable(z.enum(['complete', 'partial'])),
  finishedAt: z.nullable(z.string()),
});
export type RunItem = z.infer<typeof RunItemSchema>;

export const RunStateSchema = z.enum(['running', 'paused', 'needs-user', 'cancelled', 'done']);
export type RunState = z.infer<typeof RunStateSchema>;

/**
 * Why a run waits: the user paused it, the site asked for a captcha or blocked, the daily cap of page requests, a full
 * disk; and in the API mode (lib/vkapi) VK's daily limit (or the day's documented budget of calls), an invalid key,
 * no answer from the API, or a captcha asked by the API.
 */
export const PauseReasonSchema = z.enum([
  'user',
  'captcha',
  'blocked',
  'daily-cap',
  'storage-full',
  'api-limit',
  'api-key',
  'api-network',
  'api-captcha',
]);
export type PauseReason = z.infer<typeof PauseReasonSchema>;

export const RunSchema = z.object({
  id: z.string(),
  listId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  state: RunStateSchema,
  pauseReason: z.nullable(PauseReasonSchema),
  /** The page that showed a captcha or a block, for the user to open and solve. */
  blockedUrl: z.nullable(z.string()),
  items: z.array(RunItemSchema),
  /** Time spent on finished groups in this run (ms), for the estimate of time left. */
  busyMs: z.number(),
  /** Groups finished in this run (done or failed), for the estimate. */
  finishedCount: z.number(),
});
export type Run = z.infer<typeof RunSchema>;

export interface RunProgress {
  total: number;
  done: number;
  failed: number;
  partial: number;
  pending: number;
  /** Estimated time left (ms), null before the first group finished. */
  msLeft: number | null;
}

export function runProgress(run: Run): RunProgress {
  let done = 0;
  let failed = 0;
  let partial = 0;
  for (const item of run.items) {
    if (item.state === 'done') {
      done++;
      if (item.status === 'partial') partial++;
    } else if (item.state === 'failed') failed++;
  }
  const pending = run.items.length - done - failed;
  const perGroup = run.finishedCount > 0 ? run.busyMs / run.finishedCount : null;
  return {
    total: run.items.length,
    done,
    failed,
    partial,
    pending,
    msLeft: perGroup === null ? null : Math.round(perGroup * pending),
  };
}

export function newRun(
  id: string,
  listId: string,
  groups: readonly { key: string; url: string; name: string | null }[],
  now: Date,
): Run {
  const seen = new Set<string>();
  const items: RunItem[] = [];
  for (const g of groups) {
    if (seen.has(g.key)) continue;
    seen.add(g.key);
    items.push({
      key: g.key,
      url: g.url,
      name: g.name,
      state: 'pending',
      attempts: 0,
      error: null,
      auditId: null,
      status: null,
      finishedAt: null,
    });
  }
  const at = now.toISOString();
  return {
    id,
    listId,
    createdAt: at,
    updatedAt: at,
    state: 'running',
    pauseReason: null,
    blockedUrl: null,
    items,
    busyMs: 0,
    finishedCount: 0,
  };
}

/** Puts failed groups (or the given ones) back in the queue. */
export function retryItems(run: Run, keys?: readonly string[]): Run {
  return {
    ...run,
    state: run.state === 'done' || run.state === 'cancelled' ? 'paused' : run.state,
    items: run.items.map((i) =>
      i.state === 'failed' && (keys === undefined || keys.includes(i.key))
        ? { ...i, state: 'pending', error: null, finishedAt: null }
        : i,
    ),
  };
}
