/**
 * Start / pause / resume / cancel / retry around `runBatch`, for the batch page. One run at a time per controller;
 * the run's state lives in IndexedDB, so a new controller (a reopened page) resumes it.
 */
import { type BatchDeps, retryItems, runBatch, type StopReason } from './runner';
import type { Run } from './state';

export class BatchController {
  private abort: AbortController | null = null;
  private running: Promise<Run> | null = null;
  private current: Run;

  constructor(
    run: Run,
    private readonly deps: BatchDeps,
  ) {
    this.current = run;
  }

  get run(): Run {
    return this.current;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** Starts or resumes the run; resolves when it stops (done, paused, needs the user, cancelled). */
  start(): Promise<Run> {
    if (this.running !== null) return this.running;
    if (this.current.state === 'done' || this.current.state === 'cancelled') return Promise.resolve(this.current);
    const abort = new AbortController();
    this.abort = abort;
    const onUpdate = this.deps.onUpdate;
    const deps: BatchDeps = {
      ...this.deps,
      onUpdate: (run) => {
        this.current = run;
        onUpdate?.(run);
      },
    };
    const apiMode = deps.apiMode;
    const work = apiMode
      ? apiMode(this.current, deps, abort.signal).then((run) =>
          run.state === 'running' ? runBatch(run, deps, abort.signal) : run,
        )
      : runBatch(this.current, deps, abort.signal);
    this.running = work.then(
      (run) => {
        this.current = run;
        this.running = null;
        this.abort = null;
        onUpdate?.(run);
        return run;
      },
      (error: unknown) => {
        this.running = null;
        this.abort = null;
        throw error;
      },
    );
    return this.running;
  }

  private stop(reason: StopReason): Promise<Run> {
    if (this.abort === null || this.running === null) {
      if (reason === 'cancel' && this.current.state !== 'done') {
        this.current = { ...this.current, state: 'cancelled', pauseReason: null };
        return this.deps.store.saveRun(this.current).then(() => {
          this.deps.onUpdate?.(this.current);
          return this.current;
        });
      }
      return Promise.resolve(this.current);
    }
    this.abort.abort(reason);
    return this.running;
  }

  pause(): Promise<Run> {
    return this.stop('pause');
  }

  resume(): Promise<Run> {
    return this.start();
  }

  cancel(): Promise<Run> {
    return this.stop('cancel');
  }

  /** Re-queues failed groups and resumes. */
  async retry(keys?: readonly string[]): Promise<Run> {
    if (this.running !== null) await this.pause();
    this.current = retryItems(this.current, keys);
    await this.deps.store.saveRun(this.current);
    return this.start();
  }
}
