/**
 * The batch runner: audits the pending groups of a run one at a time, with the user's own session, politely.
 *
 * - one request at a time, at least `pacingMs` between two request starts (the whole run, every request counted),
 *   and a daily cap on requests (the run pauses with 'daily-cap');
 * - a rate-limit answer slows the run down (the delay doubles, the same group is tried again), it never fails a group
 *   unless the limit persists after `maxBackoffs` tries;
 * - a captcha or an anti-bot block pauses the run in state 'needs-user' (the group stays pending, resumed later);
 * - one group's failure (deleted, private, not found, network…) is recorded on that group and the run goes on;
 * - after every group the run is stored together with that group's audit in one transaction, so a closed page or a
 *   restarted browser resumes where it stopped and every group is audited exactly once.
 *
 * Everything that touches the world is injected (fetch, sleep, clock, DOM parser, reader, collector, engine, store),
 * so it runs in tests without a network and independently of the readers' internals.
 */
import type { Audit, AuditOptions } from '../audit/types';
import { previousMonthEnd, previousMonthStart, zonedParts } from '../calendar';
import type { AuditRecord, GroupRecord, HistoryResult, SettingsSnapshot } from '../history/records';
import { isoDay } from '../planning/holidays';
import type { FetchLike, SleepLike } from '../sites/core/collect';
import type { CommunityPage } from '../types';
import { detectRunBlock, type RunBlock } from './block';
import { auditRecordOf, failedRecordOf } from './record';
import type { FailureReason, PauseReason, Run, RunItem } from './state';

export type ReadPage = (doc: Document, url: string, options: { now: Date; timeZone: string }) => CommunityPage | null;

export interface CollectInput {
  page: CommunityPage;
  doc: Document;
  url: string;
  /** Posts older than this are not needed (the 1st of the previous month). */
  cutoff: Date;
  /** Paced, counted fetch with the user's session: use it for every request. */
  fetch: FetchLike;
  sleep: SleepLike;
  clock: () => number;
  signal: AbortSignal;
  /** The read instant and the zone the pages' date labels are in (for the readers). */
  now: Date;
  timeZone: string;
}
/**
 * The readers' post collector (VK `collectPosts`, OK `collectOkPosts`): the page with `posts`, `postsSince` and
 * `partial` updated; null when the site has none (the first page's posts are used).
 */
export type CollectPosts = (input: CollectInput) => Promise<CommunityPage | null>;
export type AuditFn = (page: CommunityPage, options: AuditOptions) => Audit;

export interface BatchStore {
  saveRun(run: Run): Promise<HistoryResult<Run>>;
  completeRunItem(
    run: Run,
    key: string,
    audit: Omit<AuditRecord, 'id' | 'groupKey'> | null,
    group?: Partial<Pick<GroupRecord, 'name' | 'id'>>,
  ): Promise<HistoryResult<{ run: Run; auditId: number | null }>>;
  addRequests(day: string, n: number): Promise<HistoryResult<number>>;
  getRequestCount(day: string): Promise<number>;
  audienceSizeOf(key: string): Promise<number | null>;
}

export interface GroupTiming {
  key: string;
  /** Wall time of the group, waits included. */
  ms: number;
  /** Time spent waiting for the pacing delay and back-off. */
  waitedMs: number;
  /** Time spent in fetch (the network). */
  fetchMs: number;
  requests: number;
}

export interface BatchDeps {
  fetch: FetchLike;
  sleep: SleepLike;
  /** Monotonic clock in ms. */
  clock: () => number;
  /** The current instant (audits, history). */
  now: () => Date;
  /** HTML → Document (DOMParser in the extension page). */
  parse: (html: string, url: string) => Document;
  readPage: ReadPage;
  collectPosts?: CollectPosts;
  audit: AuditFn;
  store: BatchStore;
  /** Rule set and zone of the audit. */
  rules: AuditOptions['rules'];
  rulesVersion: number;
  timeZone: string;
  /** Zone the pages show their date labels in (the browser's); default `timeZone`. */
  viewerTimeZone?: string;
  pacingMs: number;
  dailyCap: number;
  /** Rate-limit back-offs of one group before it is recorded as rate-limited; default 5. */
  maxBackoffs?: number;
  /** Upper bound of the backed-off delay; default 60 s. */
  maxDelayMs?: number;
  onUpdate?: (run: Run) => void;
  onGroupDone?: (timing: GroupTiming) => void;
  /**
   * The API mode (lib/vkapi, wired by the lists page when the user saved a VK API key): audits the run's pending VK
   * groups through VK's API first. It answers the run 'running' when the page mode is to take the rest (OK groups),
   * or stopped (paused, cancelled, waiting for the user).
   */
  apiMode?: (run: Run, deps: BatchDeps, signal: AbortSignal) => Promise<Run>;
}

/** Why `runBatch` stopped early: set as the AbortSignal's reason by the controller. */
export type StopReason = 'pause' | 'cancel';

class CapReached extends Error {}
class StopRequested extends Error {}

type GroupOutcome =
  | { kind: 'done'; record: Omit<AuditRecord, 'id' | 'groupKey'>; page: CommunityPage; partial: boolean }
  | { kind: 'failed'; reason: FailureReason; page: CommunityPage | null }
  | { kind: 'pause'; reason: PauseReason; url: string | null };

/** Sets the item and the run's counters after a group finished. */
export function finishItem(run: Run, key: string, patch: Partial<RunItem>, busyMs: number, at: Date): Run {
  return {
    ...run,
    updatedAt: at.toISOString(),
    busyMs: run.busyMs + busyMs,
    finishedCount: run.finishedCount + 1,
    items: run.items.map((i) =>
      i.key === key ? { ...i, ...patch, attempts: i.attempts + 1, finishedAt: at.toISOString() } : i,
    ),
  };
}

type AuditDeps = Pick<BatchDeps, 'audit' | 'store' | 'rules' | 'timeZone' | 'rulesVersion'>;

async function settingsOf(deps: AuditDeps, key: string): Promise<SettingsSnapshot> {
  return { timeZone: deps.timeZone, audienceSize: await deps.store.audienceSizeOf(key), rules: deps.rules ?? null };
}

/** The history record of a group read at `now`: the engine's audits of this month and the previous one. */
export async function auditRecordFor(
  page: CommunityPage,
  key: string,
  deps: AuditDeps,
  now: Date,
): Promise<Omit<AuditRecord, 'id' | 'groupKey'>> {
  const audienceSize = (await deps.store.audienceSizeOf(key)) ?? undefined;
  const options = { timeZone: deps.timeZone, rules: deps.rules, audienceSize };
  const audit = deps.audit(page, { ...options, now });
  const previous = deps.audit(page, { ...options, now: previousMonthEnd(now, deps.timeZone) });
  return auditRecordOf({ page, audit, previous, at: now, source: 'batch', settings: await settingsOf(deps, key) });
}

/** The history record of a group that could not be audited. */
export async function failedRecordFor(
  key: string,
  reason: FailureReason,
  deps: AuditDeps,
  at: Date,
  page: CommunityPage | null,
): Promise<Omit<AuditRecord, 'id' | 'groupKey'>> {
  return failedRecordOf(at, 'batch', reason, await settingsOf(deps, key), deps.rulesVersion, page);
}

/**
 * Processes the run's pending groups until none is left, the signal stops it (reason 'pause' or 'cancel'), a
 * captcha/block needs the user, the daily cap is reached or the disk is full. Returns the stored run.
 */
export async function runBatch(initial: Run, deps: BatchDeps, signal: AbortSignal): Promise<Run> {
  const maxBackoffs = deps.maxBackoffs ?? 5;
  const maxDelay = deps.maxDelayMs ?? 60_000;
  const viewerZone = deps.viewerTimeZone ?? deps.timeZone;
  let delay = Math.max(0, deps.pacingMs);
  let lastStart: number | null = null;
  let run: Run = { ...initial, state: 'running', pauseReason: null, blockedUrl: null };
  let waited = 0;
  let fetched = 0;
  let requests = 0;

  const persist = async (next: Run): Promise<Run> => {
    const saved = await deps.store.saveRun(next);
    deps.onUpdate?.(next);
    if (!saved.ok && saved.error.kind === 'quota') return { ...next, state: 'paused', pauseReason: 'storage-full' };
    return next;
  };
  const stopState = (): Run => {
    const reason: StopReason = signal.reason === 'cancel' ? 'cancel' : 'pause';
    return reason === 'cancel'
      ? { ...run, state: 'cancelled', pauseReason: null }
      : { ...run, state: 'paused', pauseReason: 'user' };
  };

  /** The one gate every request goes through: pacing, daily cap, stop. */
  const paced: FetchLike = async (url, init) => {
    if (signal.aborted) throw new StopRequested();
    if (lastStart !== null) {
      const wait = lastStart + delay - deps.clock();
      if (wait > 0) {
        const t0 = deps.clock();
        await deps.sleep(wait, signal);
        waited += deps.clock() - t0;
      }
      if (signal.aborted) throw new StopRequested();
    }
    const day = isoDay(zonedParts(deps.now(), deps.timeZone));
    if ((await deps.store.getRequestCount(day)) >= deps.dailyCap) throw new CapReached();
    await deps.store.addRequests(day, 1);
    lastStart = deps.clock();
    requests++;
    const t0 = deps.clock();
    try {
      return await deps.fetch(url, { credentials: 'include', ...init, signal });
    } finally {
      fetched += deps.clock() - t0;
    }
  };
  const backOff = async () => {
    delay = Math.min(Math.max(delay * 2, 1000), maxDelay);
  };

  /** One attempt at one group. Throws StopRequested / CapReached. */
  async function attemptGroup(item: RunItem): Promise<GroupOutcome | { kind: 'backoff' }> {
    let response: Response;
    let html: string;
    try {
      response = await paced(item.url, { credentials: 'include' });
      html = await response.text();
    } catch (error) {
      if (error instanceof StopRequested || error instanceof CapReached) throw error;
      if (signal.aborted) throw new StopRequested();
      return { kind: 'failed', reason: 'network', page: null };
    }
    if (signal.aborted) throw new StopRequested();
    const block: RunBlock | null = detectRunBlock(response.status, response.url || item.url, html);
    if (block === 'rate-limit') return { kind: 'backoff' };
    if (block === 'captcha' || block === 'blocked') {
      return { kind: 'pause', reason: block, url: response.url || item.url };
    }
    if (response.status === 404 || response.status === 410) return { kind: 'failed', reason: 'not-found', page: null };
    if (response.status >= 500) return { kind: 'failed', reason: 'network', page: null };

    const now = deps.now();
    let page: CommunityPage | null;
    let doc: Document | null = deps.parse(html, response.url || item.url);
    html = '';
    try {
      page = deps.readPage(doc, item.url, { now, timeZone: viewerZone });
    } catch {
      return { kind: 'failed', reason: 'layout', page: null };
    }
    if (page === null) {
      return { kind: 'failed', reason: response.status >= 400 ? 'not-found' : 'not-a-community', page: null };
    }
    if (page.access === 'deleted') return { kind: 'failed', reason: 'deleted', page };
    if (page.access === 'blocked') return { kind: 'failed', reason: 'blocked', page };
    if (page.access === 'private') return { kind: 'failed', reason: 'private', page };

    if (deps.collectPosts !== undefined && page.access !== 'closed') {
      const cutoff = previousMonthStart(now, deps.timeZone);
      let collected: CommunityPage | null;
      try {
        collected = await deps.collectPosts({
          page,
          doc,
          url: item.url,
          cutoff,
          fetch: paced,
          sleep: deps.sleep,
          clock: deps.clock,
          signal,
          now,
          timeZone: viewerZone,
        });
      } catch (error) {
        if (error instanceof StopRequested || error instanceof CapReached) throw error;
        collected = null;
        page = { ...page, partial: 'network-error' };
      }
      if (signal.aborted) throw new StopRequested();
      if (collected !== null) {
        if (collected.partial === 'rate-limit') return { kind: 'backoff' };
        if (collected.partial === 'captcha') return { kind: 'pause', reason: 'captcha', url: item.url };
        page = collected;
      }
    }
    doc = null;

    const record = await auditRecordFor(page, item.key, deps, now);
    return { kind: 'done', record, page, partial: record.status === 'partial' };
  }

  for (;;) {
    if (signal.aborted) return persist(stopState());
    const item = run.items.find((i) => i.state === 'pending');
    if (item === undefined) {
      run = { ...run, state: 'done', pauseReason: null, updatedAt: deps.now().toISOString() };
      return persist(run);
    }
    const start = deps.clock();
    waited = 0;
    fetched = 0;
    requests = 0;
    let outcome: GroupOutcome | { kind: 'backoff' } | null = null;
    let networkRetried = false;
    try {
      for (let backoffs = 0; ; ) {
        outcome = await attemptGroup(item);
        if (outcome.kind === 'backoff') {
          if (backoffs >= maxBackoffs) {
            outcome = { kind: 'failed', reason: 'rate-limited', page: null };
            break;
          }
          backoffs++;
          await backOff();
          continue;
        }
        if (outcome.kind === 'failed' && outcome.reason === 'network' && !networkRetried) {
          networkRetried = true;
          continue;
        }
        break;
      }
    } catch (error) {
      if (error instanceof CapReached) {
        run = { ...run, state: 'paused', pauseReason: 'daily-cap' };
        return persist(run);
      }
      if (error instanceof StopRequested || signal.aborted) return persist(stopState());
      outcome = { kind: 'failed', reason: 'error', page: null };
    }
    if (outcome === null) outcome = { kind: 'failed', reason: 'error', page: null };
    if (outcome.kind === 'pause') {
      run = { ...run, state: 'needs-user', pauseReason: outcome.reason, blockedUrl: outcome.url };
      return persist(run);
    }
    const at = deps.now();
    const busy = deps.clock() - start;
    let next: Run;
    let record: Omit<AuditRecord, 'id' | 'groupKey'>;
    let identity: Partial<Pick<GroupRecord, 'name' | 'id'>> | undefined;
    if (outcome.kind === 'done') {
      record = outcome.record;
      identity = { name: outcome.page.name, id: outcome.page.id };
      next = finishItem(
        run,
        item.key,
        { state: 'done', error: null, status: outcome.partial ? 'partial' : 'complete' },
        busy,
        at,
      );
    } else {
      record = await failedRecordFor(item.key, outcome.reason, deps, at, outcome.page);
      identity = outcome.page === null ? undefined : { name: outcome.page.name, id: outcome.page.id };
      next = finishItem(run, item.key, { state: 'failed', error: outcome.reason, status: null }, busy, at);
    }
    const saved = await deps.store.completeRunItem(next, item.key, record, identity);
    if (!saved.ok) {
      // Nothing of this group was stored (one transaction): it stays pending for the next run.
      run = { ...run, state: 'paused', pauseReason: saved.error.kind === 'quota' ? 'storage-full' : 'user' };
      deps.onUpdate?.(run);
      return run;
    }
    run = saved.value.run;
    deps.onUpdate?.(run);
    deps.onGroupDone?.({ key: item.key, ms: busy, waitedMs: waited, fetchMs: fetched, requests });
    // A group that went through without a rate limit slowly brings the delay back to the configured pace.
    if (delay > deps.pacingMs) delay = Math.max(deps.pacingMs, Math.round(delay * 0.75));
  }
}

export { retryItems } from './state';
