/**
 * The request rate: at most `perWindow` request starts in any `windowMs` (a sliding window, so three requests a
 * second are never four in any second, however the answers interleave), and starts spread evenly (at least
 * windowMs / perWindow apart: a burst of three would make a late first arrival and a punctual fourth land in one
 * second on VK's side). Widened after a «too many requests» answer and narrowed back step by step. Clock and sleep
 * are injected.
 */
import type { SleepLike } from '../sites/core/collect';

export interface LimiterOptions {
  perWindow: number;
  windowMs: number;
  clock: () => number;
  sleep: SleepLike;
  /** Largest widening of the window after back-offs (default 8×). */
  maxFactor?: number;
}

export class RateLimiter {
  private readonly starts: number[] = [];
  private factor = 1;
  private quietUntil = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: LimiterOptions) {}

  /** The window now in force (ms). */
  get windowMs(): number {
    return this.options.windowMs * this.factor;
  }

  /** Resolves when a request may start (and counts it); rejects when the signal aborts. Callers queue in order. */
  acquire(signal: AbortSignal): Promise<void> {
    const next = this.chain.then(() => this.wait(signal));
    // a rejected wait must not block the ones behind it
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async wait(signal: AbortSignal): Promise<void> {
    const { clock, sleep, perWindow } = this.options;
    for (;;) {
      if (signal.aborted) throw signal.reason ?? new Error('aborted');
      const now = clock();
      const window = this.windowMs;
      while (this.starts.length > 0 && (this.starts[0] ?? 0) <= now - window) this.starts.shift();
      let until = this.quietUntil;
      if (this.starts.length >= perWindow) until = Math.max(until, (this.starts[0] ?? now) + window);
      const last = this.starts[this.starts.length - 1];
      if (last !== undefined) until = Math.max(until, last + Math.ceil(window / perWindow));
      if (until <= now) {
        this.starts.push(now);
        return;
      }
      await sleep(until - now, signal);
    }
  }

  /** «Too many requests»: nothing starts for a whole (widened) window. */
  backOff(): void {
    this.factor = Math.min(this.factor * 1.5, this.options.maxFactor ?? 8);
    this.quietUntil = this.options.clock() + this.windowMs;
  }

  /** An answer without a rate error brings the window a step back towards the documented one. */
  succeeded(): void {
    if (this.factor > 1) this.factor = Math.max(1, this.factor * 0.9);
  }
}
