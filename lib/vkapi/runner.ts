/**
 * The list audit's API mode: the run's pending VK groups through `groups.getById` (up to 500 ids a call) and
 * `wall.get` (100 posts a call, back to the 1st of the previous month), the calls packed into `execute` requests by
 * the batcher. The same queue as the page mode (lib/batch/runner.ts): every group is stored with its audit and the
 * run in one transaction the moment it is done, so a closed page or a restarted browser loses nothing and audits no
 * group twice. Groups that fail get the page mode's failure reasons; what concerns the whole run (VK's daily limit,
 * an invalid key, no answer) pauses the run with its reason, the unfinished groups still pending.
 *
 * Windows of up to 500 groups: the next window's groups.getById is asked while the current window's walls are read,
 * and a window's walls are all asked at once, so the batcher can fill every `execute`.
 */

import { auditRecordFor, type BatchDeps, failedRecordFor, finishItem, type StopReason } from '../batch/runner';
import type { FailureReason, Run, RunItem } from '../batch/state';
import { previousMonthStart } from '../calendar';
import type { PartialReason } from '../sites/core/collect';
import { unknownPage } from '../sites/core/page';
import { type ApiPost, apiFlag } from '../sites/vk/embedded';
import type { CommunityPage } from '../types';
import type { ApiParams } from './client';
import { ApiRunStop, groupErrorMeaning, VkApiError, VkNetworkError } from './errors';
import { GET_BY_ID_MAX_IDS, WALL_GET_MAX_COUNT } from './limits';
import {
  API_LAYOUT,
  type ApiGroupAnswer,
  accessOf,
  GROUP_FIELDS,
  groupsOfAnswer,
  pageFromApi,
  postsOfAnswer,
  type WallRead,
} from './map';

/** What the runner needs of the batcher. */
export interface ApiCaller {
  call(method: string, params: ApiParams): Promise<unknown>;
}

/** How often the page hears of finished groups (ms). */
const UPDATE_MS = 400;

/** Wall pages read per group at most (1 000 posts since the 1st of the previous month is 16 a day). */
export const MAX_WALL_PAGES = 10;

/** The VK groups the API mode takes: `vk:<id>` or `vk:@<screen name>` (lib/import/links.ts). */
export function apiTargetOf(item: Pick<RunItem, 'key'>): string | null {
  const m = /^vk:@?([A-Za-z0-9_.]+)$/.exec(item.key);
  return m?.[1] ?? null;
}

type GroupLookup = { group: ApiGroupAnswer | null } | { failure: FailureReason };

function isStop(error: unknown, signal: AbortSignal): boolean {
  return error instanceof ApiRunStop || signal.aborted;
}

/** groups.getById for up to 500 groups; a call VK refuses for a bad id is split in halves until the bad one is alone. */
async function lookUpGroups(
  items: readonly RunItem[],
  api: ApiCaller,
  signal: AbortSignal,
): Promise<Map<string, GroupLookup>> {
  const out = new Map<string, GroupLookup>();
  const targets = items.map((i) => ({ item: i, target: apiTargetOf(i) ?? '' }));
  let answer: unknown;
  try {
    answer = await api.call('groups.getById', {
      group_ids: targets.map((t) => t.target).join(','),
      fields: GROUP_FIELDS,
    });
  } catch (error) {
    if (isStop(error, signal)) throw error;
    const meaning = error instanceof VkApiError ? groupErrorMeaning(error) : null;
    if (meaning?.kind === 'failed' && meaning.reason === 'not-found' && items.length > 1) {
      const half = Math.ceil(items.length / 2);
      const [a, b] = await Promise.all([
        lookUpGroups(items.slice(0, half), api, signal),
        lookUpGroups(items.slice(half), api, signal),
      ]);
      return new Map([...a, ...b]);
    }
    const failure: FailureReason =
      meaning?.kind === 'failed' ? meaning.reason : error instanceof VkNetworkError ? 'network' : 'error';
    for (const t of targets) out.set(t.item.key, { failure });
    return out;
  }
  const groups = groupsOfAnswer(answer);
  const byId = new Map(groups.map((g) => [String(g.id), g]));
  const byName = new Map(groups.map((g) => [String(g.screen_name ?? '').toLowerCase(), g]));
  for (const t of targets) {
    const numeric = /^\d+$/.test(t.target);
    const group = (numeric ? byId.get(t.target) : byName.get(t.target.toLowerCase())) ?? null;
    out.set(t.item.key, { group });
  }
  return out;
}

type WallOutcome = { wall: WallRead } | { failure: FailureReason } | { closed: PartialReason };

/** The community's own posts back to `cutoff`, 100 a call. */
async function readWall(
  group: ApiGroupAnswer,
  cutoff: Date,
  api: ApiCaller,
  signal: AbortSignal,
): Promise<WallOutcome> {
  const owner = -group.id;
  const items: ApiPost[] = [];
  for (let page = 0, offset = 0; page < MAX_WALL_PAGES; page++, offset += WALL_GET_MAX_COUNT) {
    let answer: unknown;
    try {
      answer = await api.call('wall.get', { owner_id: owner, offset, count: WALL_GET_MAX_COUNT, filter: 'owner' });
    } catch (error) {
      if (isStop(error, signal)) throw error;
      if (error instanceof VkNetworkError) return { failure: 'network' };
      if (!(error instanceof VkApiError)) throw error;
      const meaning = groupErrorMeaning(error);
      return meaning.kind === 'wall-closed' ? { closed: 'members-only' } : { failure: meaning.reason };
    }
    const parsed = postsOfAnswer(answer);
    if (parsed === null) return { failure: 'error' };
    const own = parsed.items.filter((p) => p.owner_id === owner);
    items.push(...own);
    const reachedCutoff = own.some(
      (p) => apiFlag(p.is_pinned) !== true && p.date !== undefined && p.date * 1000 < cutoff.getTime(),
    );
    const reachedEnd =
      parsed.items.length < WALL_GET_MAX_COUNT ||
      (parsed.count !== null && offset + WALL_GET_MAX_COUNT >= parsed.count);
    if (reachedCutoff || reachedEnd) return { wall: { items, reachedCutoff, reachedEnd, partial: null } };
  }
  return { wall: { items, reachedCutoff: false, reachedEnd: false, partial: 'page-limit' } };
}

type GroupResult =
  | { kind: 'done'; page: CommunityPage }
  | { kind: 'failed'; reason: FailureReason; page: CommunityPage | null };

async function auditGroup(
  item: RunItem,
  lookup: GroupLookup,
  deps: BatchDeps,
  api: ApiCaller,
  signal: AbortSignal,
): Promise<GroupResult> {
  // a failure is marked as the API's too (the table says where each result came from)
  const none = () => unknownPage('vk', item.url, { layout: API_LAYOUT, readAt: deps.now().toISOString() });
  if ('failure' in lookup) return { kind: 'failed', reason: lookup.failure, page: none() };
  const group = lookup.group;
  if (group === null) return { kind: 'failed', reason: 'not-found', page: none() };
  const now = deps.now();
  const access = accessOf(group);
  const pageOf = (wall: WallRead | null, partial: PartialReason | null = null) =>
    pageFromApi({ group, url: item.url, wall, now, partial });
  if (access === 'deleted' || access === 'blocked' || access === 'private') {
    return { kind: 'failed', reason: access, page: pageOf(null) };
  }
  // A community open to members only: its header is audited, its posts are not readable with a service key.
  if (access === 'closed') return { kind: 'done', page: pageOf(null) };
  const outcome = await readWall(group, previousMonthStart(now, deps.timeZone), api, signal);
  if ('failure' in outcome) return { kind: 'failed', reason: outcome.failure, page: pageOf(null) };
  if ('closed' in outcome) return { kind: 'done', page: pageOf(null, outcome.closed) };
  return { kind: 'done', page: pageOf(outcome.wall) };
}

/**
 * Audits the run's pending VK groups through the API. Answers the run 'running' when every VK group is finished
 * (the page mode then takes the rest), or stopped: paused by the user or for an API reason, or cancelled.
 */
export async function runApiMode(initial: Run, deps: BatchDeps, api: ApiCaller, signal: AbortSignal): Promise<Run> {
  let run: Run = { ...initial, state: 'running', pauseReason: null, blockedUrl: null };
  const saved = await deps.store.saveRun(run);
  deps.onUpdate?.(run);
  if (!saved.ok && saved.error.kind === 'quota') return { ...run, state: 'paused', pauseReason: 'storage-full' };

  const pending = run.items.filter((i) => i.state === 'pending' && apiTargetOf(i) !== null);
  const windows: RunItem[][] = [];
  for (let i = 0; i < pending.length; i += GET_BY_ID_MAX_IDS) windows.push(pending.slice(i, i + GET_BY_ID_MAX_IDS));

  let storageFull = false;
  let lastDone = deps.clock();
  let lastUpdate = Number.NEGATIVE_INFINITY;
  // Finished groups are stored one after another, each with the run as it is then (one transaction each).
  let stored: Promise<void> = Promise.resolve();
  const store = (item: RunItem, result: GroupResult) => {
    stored = stored.then(async () => {
      if (storageFull) return;
      const at = deps.now();
      const busy = Math.max(0, deps.clock() - lastDone);
      lastDone = deps.clock();
      const identity = result.page === null ? undefined : { name: result.page.name, id: result.page.id };
      let next: Run;
      let record: Awaited<ReturnType<typeof auditRecordFor>>;
      if (result.kind === 'done') {
        record = await auditRecordFor(result.page, item.key, deps, at);
        const status = record.status === 'partial' ? 'partial' : 'complete';
        next = finishItem(run, item.key, { state: 'done', error: null, status }, busy, at);
      } else {
        record = await failedRecordFor(item.key, result.reason, deps, at, result.page);
        next = finishItem(run, item.key, { state: 'failed', error: result.reason, status: null }, busy, at);
      }
      const done = await deps.store.completeRunItem(next, item.key, record, identity);
      if (!done.ok) {
        // Nothing of this group was stored (one transaction): it stays pending.
        storageFull = true;
        return;
      }
      run = done.value.run;
      // groups finish many a second here: the page hears of them at most every UPDATE_MS (and at the end)
      if (deps.clock() - lastUpdate >= UPDATE_MS) {
        lastUpdate = deps.clock();
        deps.onUpdate?.(run);
      }
      deps.onGroupDone?.({ key: item.key, ms: busy, waitedMs: 0, fetchMs: 0, requests: 0 });
    });
    return stored;
  };

  let stop: unknown = null;
  const lookups = windows.map(() => null as Promise<Map<string, GroupLookup>> | null);
  const lookUp = (w: number) => {
    const items = windows[w];
    if (items === undefined || lookups[w] !== null) return;
    const p = lookUpGroups(items, api, signal);
    p.catch(() => undefined); // awaited below; a stop is handled there
    lookups[w] = p;
  };
  lookUp(0);
  for (let w = 0; w < windows.length && stop === null && !storageFull; w++) {
    let found: Map<string, GroupLookup>;
    try {
      found = await (lookups[w] as Promise<Map<string, GroupLookup>>);
    } catch (error) {
      stop = error;
      break;
    }
    lookUp(w + 1);
    const results = await Promise.allSettled(
      (windows[w] ?? []).map(async (item) => {
        if (storageFull) return;
        const result = await auditGroup(item, found.get(item.key) ?? { group: null }, deps, api, signal);
        await store(item, result);
      }),
    );
    for (const r of results) if (r.status === 'rejected' && stop === null) stop = r.reason;
  }
  await stored;
  deps.onUpdate?.(run);

  const stopped = async (next: Run): Promise<Run> => {
    await deps.store.saveRun(next);
    deps.onUpdate?.(next);
    return next;
  };
  if (storageFull) return stopped({ ...run, state: 'paused', pauseReason: 'storage-full' });
  if (signal.aborted) {
    const reason: StopReason = signal.reason === 'cancel' ? 'cancel' : 'pause';
    return stopped(
      reason === 'cancel'
        ? { ...run, state: 'cancelled', pauseReason: null }
        : { ...run, state: 'paused', pauseReason: 'user' },
    );
  }
  if (stop instanceof ApiRunStop) return stopped({ ...run, state: 'paused', pauseReason: stop.reason });
  if (stop !== null) throw stop;
  return run;
}
