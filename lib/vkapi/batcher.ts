/**
 * The call queue of an API run: callers ask for single calls (`call`), the batcher packs them into `execute`
 * requests — at most 25 calls each, and as many as an answer of about 3 MB holds by its running size estimates, well
 * under the 5 MB limit — and sends them at the limiter's pace, at most three at a time. It answers each call with
 * its own result or error, and handles what concerns the whole run:
 * - «too many requests» (6, 9): the calls go back to the front of the queue, the limiter backs off;
 * - «response size is too big» (13) or a timeout: the size estimates double and the calls go back (a single call is
 *   then sent on its own, outside `execute`);
 * - `execute` not allowed for the key (28): every call is sent on its own from then on;
 * - VK's own failures (1, 10) and lost answers: tried again twice, then the call fails;
 * - an invalid key (5), the daily limit (29, or the day's wall.get budget used up), a captcha (14), or three requests
 *   in a row without an answer: the run stops (`ApiRunStop`); every waiting call is rejected with it.
 * Pure over the injected transport, limiter and clock.
 */
import { type ApiCall, type ApiParams, type ApiTransport, executeCode, splitExecute } from './client';
import { ApiRunStop, type ApiStopReason, requestErrorAction, VkApiError, VkNetworkError } from './errors';
import type { RateLimiter } from './limiter';
import { EXECUTE_MAX_CALLS, EXECUTE_TARGET_BYTES } from './limits';

interface Pending {
  call: ApiCall;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** Times this call was sent again after VK's own failure or a lost answer. */
  retries: number;
}

export interface BatcherStats {
  /** HTTP requests sent (each `execute` is one). */
  requests: number;
  /** API calls answered (inside `execute` or on their own). */
  calls: number;
  /** Characters of every answer. */
  bytes: number;
  backOffs: number;
  splits: number;
  retries: number;
}

export interface BatcherOptions {
  transport: ApiTransport;
  limiter: RateLimiter;
  /** Aborts every waiting and future call (page closed, run paused). */
  signal: AbortSignal;
  /** Requests on the way at once (default 3: the documented rate, so no request waits for another's answer). */
  maxInFlight?: number;
  maxCalls?: number;
  targetBytes?: number;
  /** Reserves the day's quota for the calls about to be sent; false when a documented daily limit would be passed. */
  reserve?: (calls: readonly ApiCall[]) => Promise<boolean>;
  /** Called after every request (bench and diagnostics). */
  onRequest?: (info: { calls: number; bytes: number; ok: boolean }) => void;
}

const MAX_RETRIES = 2;
const MAX_BACK_OFFS_IN_A_ROW = 10;
const MAX_LOST_IN_A_ROW = 3;

/** Rough answer size per unit (an id of groups.getById, a post of wall.get), corrected by what answers measure. */
const INITIAL_BYTES_PER_UNIT: Record<string, number> = { 'groups.getById': 3000, 'wall.get': 3000 };

function unitsOf(call: ApiCall): number {
  if (call.method === 'groups.getById')
    return String(call.params.group_ids ?? call.params.group_id ?? '').split(',').length;
  if (call.method === 'wall.get') return Number(call.params.count ?? 20) || 1;
  return 1;
}

export class ApiBatcher {
  readonly stats: BatcherStats = { requests: 0, calls: 0, bytes: 0, backOffs: 0, splits: 0, retries: 0 };
  private readonly queue: Pending[] = [];
  private readonly bytesPerUnit = new Map<string, number>();
  private workers = 0;
  private useExecute = true;
  private backOffsInARow = 0;
  private lostInARow = 0;
  private stop: ApiRunStop | null = null;
  private readonly maxCalls: number;
  private readonly maxInFlight: number;
  private readonly targetBytes: number;

  constructor(private readonly options: BatcherOptions) {
    this.maxCalls = Math.min(options.maxCalls ?? EXECUTE_MAX_CALLS, EXECUTE_MAX_CALLS);
    this.maxInFlight = options.maxInFlight ?? 3;
    this.targetBytes = options.targetBytes ?? EXECUTE_TARGET_BYTES;
    options.signal.addEventListener('abort', () => this.rejectAll(options.signal.reason), { once: true });
  }

  /** Why the run stopped, once it has. */
  get stopped(): ApiRunStop | null {
    return this.stop;
  }

  /** Queues one call; resolves with its `response`, rejects with its VkApiError, a VkNetworkError or ApiRunStop. */
  call(method: string, params: ApiParams): Promise<unknown> {
    if (this.stop) return Promise.reject(this.stop);
    if (this.options.signal.aborted) return Promise.reject(this.options.signal.reason);
    return new Promise((resolve, reject) => {
      this.queue.push({ call: { method, params }, resolve, reject, retries: 0 });
      this.pump();
    });
  }

  private estimate(call: ApiCall): number {
    return (this.bytesPerUnit.get(call.method) ?? INITIAL_BYTES_PER_UNIT[call.method] ?? 2000) * unitsOf(call);
  }

  private pump(): void {
    const perRequest = this.useExecute ? this.maxCalls : 1;
    while (this.workers < this.maxInFlight && this.queue.length > this.workers * perRequest) {
      this.workers++;
      void this.work().finally(() => {
        this.workers--;
        if (this.queue.length > 0 && !this.stop) this.pump();
      });
    }
  }

  private async work(): Promise<void> {
    // callers queue their calls in bursts (a window's walls at once): let the burst finish before packing
    await Promise.resolve();
    while (this.queue.length > 0 && !this.stop && !this.options.signal.aborted) {
      const batch = this.take();
      // the day's budget first: between the rate slot and the request nothing else is awaited
      if (this.options.reserve && !(await this.options.reserve(batch.map((p) => p.call)))) {
        this.requeue(batch);
        this.stopAll('api-limit');
        return;
      }
      try {
        await this.options.limiter.acquire(this.options.signal);
      } catch (error) {
        for (const p of batch) p.reject(error);
        return;
      }
      await this.send(batch);
    }
  }

  /** The next calls that fit one request: up to maxCalls, within the target size (always at least one). */
  private take(): Pending[] {
    const batch: Pending[] = [];
    let bytes = 0;
    const max = this.useExecute ? this.maxCalls : 1;
    while (this.queue.length > 0 && batch.length < max) {
      const next = this.queue[0] as Pending;
      const size = this.estimate(next.call);
      if (batch.length > 0 && bytes + size > this.targetBytes) break;
      batch.push(next);
      this.queue.shift();
      bytes += size;
    }
    return batch;
  }

  private requeue(batch: readonly Pending[]): void {
    this.queue.unshift(...batch);
  }

  private stopAll(reason: ApiStopReason): void {
    if (!this.stop) this.stop = new ApiRunStop(reason);
    this.rejectAll(this.stop);
  }

  private rejectAll(error: unknown): void {
    for (const p of this.queue.splice(0)) p.reject(error);
  }

  /** Learns the answer sizes: the estimates of the methods in the request move halfway to what was measured. */
  private learn(batch: readonly Pending[], bytes: number): void {
    const estimated = batch.reduce((sum, p) => sum + this.estimate(p.call), 0);
    if (estimated <= 0) return;
    const ratio = bytes / estimated;
    for (const method of new Set(batch.map((p) => p.call.method))) {
      const current = this.bytesPerUnit.get(method) ?? INITIAL_BYTES_PER_UNIT[method] ?? 2000;
      this.bytesPerUnit.set(method, Math.max(50, current * (0.5 + 0.5 * ratio)));
    }
  }

  private grow(batch: readonly Pending[]): void {
    for (const method of new Set(batch.map((p) => p.call.method))) {
      const current = this.bytesPerUnit.get(method) ?? INITIAL_BYTES_PER_UNIT[method] ?? 2000;
      this.bytesPerUnit.set(method, current * 2);
    }
  }

  /** VK's own failure or a lost answer: the call goes back until it has been tried MAX_RETRIES more times. */
  private retryOrFail(p: Pending, error: unknown): void {
    if (p.retries < MAX_RETRIES) {
      p.retries++;
      this.stats.retries++;
      this.queue.push(p);
    } else p.reject(error);
  }

  private async send(batch: Pending[]): Promise<void> {
    const { transport, signal } = this.options;
    const single = batch.length === 1 ? (batch[0] as Pending) : null;
    const calls = batch.map((p) => p.call);
    this.stats.requests++;
    try {
      const answer = single
        ? await transport.send(single.call.method, single.call.params, signal)
        : await transport.send('execute', { code: executeCode(calls) }, signal);
      this.stats.bytes += answer.bytes;
      this.options.onRequest?.({ calls: batch.length, bytes: answer.bytes, ok: true });
      this.backOffsInARow = 0;
      this.lostInARow = 0;
      this.options.limiter.succeeded();
      this.learn(batch, answer.bytes);
      const results = single ? [{ ok: true as const, value: answer.response }] : splitExecute(answer, calls);
      results.forEach((result, i) => {
        const p = batch[i] as Pending;
        if (result.ok) {
          this.stats.calls++;
          p.resolve(result.value);
          return;
        }
        this.callFailed(p, result.error);
      });
    } catch (error) {
      this.options.onRequest?.({ calls: batch.length, bytes: 0, ok: false });
      if (signal.aborted) {
        for (const p of batch) p.reject(signal.reason);
        return;
      }
      if (error instanceof VkApiError) this.requestFailed(batch, error);
      else this.requestLost(batch, error);
    } finally {
      if (this.stop) this.rejectAll(this.stop);
    }
  }

  /** One call inside an answer failed. */
  private callFailed(p: Pending, error: VkApiError): void {
    const action = requestErrorAction(error);
    if (action.kind === 'back-off') {
      this.requeue([p]);
      this.options.limiter.backOff();
    } else if (action.kind === 'stop') {
      this.requeue([p]);
      this.stopAll(action.reason);
    } else if (action.kind === 'retry') this.retryOrFail(p, error);
    else p.reject(error);
  }

  /** The whole request was answered with an error. */
  private requestFailed(batch: Pending[], error: VkApiError): void {
    const action = requestErrorAction(error);
    switch (action.kind) {
      case 'back-off':
        this.stats.backOffs++;
        this.requeue(batch);
        this.options.limiter.backOff();
        if (++this.backOffsInARow > MAX_BACK_OFFS_IN_A_ROW) this.stopAll('api-limit');
        return;
      case 'split':
        if (batch.length === 1) {
          (batch[0] as Pending).reject(error);
          return;
        }
        this.stats.splits++;
        this.grow(batch);
        this.requeue(batch);
        return;
      case 'no-execute':
        this.useExecute = false;
        this.requeue(batch);
        return;
      case 'retry':
        for (const p of batch) this.retryOrFail(p, error);
        return;
      case 'stop':
        this.requeue(batch);
        this.stopAll(action.reason);
        return;
      default:
        for (const p of batch) p.reject(error);
    }
  }

  /** No answer (offline, timeout, not JSON). A timeout of a big request is taken for its size. */
  private requestLost(batch: Pending[], error: unknown): void {
    const lost = error instanceof VkNetworkError ? error : new VkNetworkError('no answer');
    if (++this.lostInARow >= MAX_LOST_IN_A_ROW) {
      this.requeue(batch);
      this.stopAll('api-network');
      return;
    }
    if (lost.message === 'timeout' && batch.length > 1) {
      this.stats.splits++;
      this.grow(batch);
      this.requeue(batch);
      return;
    }
    for (const p of batch) this.retryOrFail(p, lost);
  }
}
