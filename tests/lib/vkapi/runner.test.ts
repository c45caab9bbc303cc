import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditCommunity } from '../../../lib/audit/audit';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { BatchController } from '../../../lib/batch/controller';
import type { BatchDeps } from '../../../lib/batch/runner';
import { newRun, type Run } from '../../../lib/batch/state';
import { historyStore } from '../../../lib/batch/store';
import { previousMonthStart } from '../../../lib/calendar';
import {
  addGroupsToList,
  addRequests,
  closeHistory,
  createList,
  getRequestCount,
  listAudits,
  openHistory,
  useHistoryDatabase,
} from '../../../lib/ext/history';
import { parsePastedLinks } from '../../../lib/import';
import { createApiMode } from '../../../lib/vkapi/mode';
import { type FakeApiOptions, type FakeGroup, mixedGroups } from '../../fakes/vk-api';
import { FakeWorld, weeklySpec } from '../batch/fake-world';
import { ApiWorld, KEY, NOW } from './world';

let dbName = '';
beforeEach(() => {
  dbName = `vkapi-${Math.random()}`;
  useHistoryDatabase(dbName);
});
afterEach(() => closeHistory(dbName));

async function runFor(links: string[]): Promise<Run> {
  const created = await createList('Район', NOW);
  if (!created.ok) throw new Error('list');
  const imported = parsePastedLinks(links.join('\n'));
  await addGroupsToList(created.value.id, imported.groups, NOW);
  return newRun(`run-${Math.random()}`, created.value.id, imported.groups, NOW);
}

function depsFor(world: ApiWorld, extra: Partial<BatchDeps> = {}, pages = new FakeWorld()): BatchDeps {
  return {
    fetch: pages.fetch,
    sleep: world.sleep,
    clock: world.clock,
    now: world.now,
    parse: () => ({}) as Document,
    readPage: () => null,
    audit: auditCommunity,
    store: historyStore(),
    rules: DEFAULT_RULES,
    rulesVersion: DEFAULT_RULES.version,
    timeZone: 'Europe/Moscow',
    pacingMs: 1000,
    dailyCap: 10_000,
    apiMode: createApiMode({
      key: KEY,
      fetch: world.fetch,
      clock: world.clock,
      sleep: world.sleep,
      dailyWallGet: { counter: { get: getRequestCount, add: addRequests }, today: () => 'api:wall.get:2026-11-26' },
    }),
    ...extra,
  };
}

const linkOf = (g: FakeGroup, i: number) =>
  i % 2 === 0 ? `https://vk.com/club${g.id}` : `https://vk.com/${g.screenName}`;

async function auditsByKey(run: Run): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const item of run.items) out[item.key] = (await listAudits(item.key)).map((a) => a.status);
  return out;
}

function world(groups: FakeGroup[], options: Partial<FakeApiOptions> = {}) {
  return new ApiWorld(groups, options);
}

describe('the API mode of the list audit', () => {
  it('audits every group once from the API, with the page mode’s failures, each figure tagged «api»', async () => {
    const groups = mixedGroups(40);
    const w = world(groups);
    const run = await runFor([...groups.map(linkOf), 'https://vk.com/no_such_group', 'https://vk.com/club999999999']);
    const done = await new BatchController(run, depsFor(w)).start();
    expect(done.state).toBe('done');
    expect(done.items.filter((i) => i.state === 'pending')).toEqual([]);
    const byKind = (kind: string) => groups.filter((g) => g.kind === kind);
    const item = (g: FakeGroup) => done.items.find((i) => i.key === `vk:${g.id}` || i.key === `vk:@${g.screenName}`);
    for (const g of byKind('deleted')) expect(item(g)).toMatchObject({ state: 'failed', error: 'deleted' });
    for (const g of byKind('banned')) expect(item(g)).toMatchObject({ state: 'failed', error: 'blocked' });
    for (const g of byKind('private')) expect(item(g)).toMatchObject({ state: 'failed', error: 'private' });
    for (const g of [...byKind('active'), ...byKind('normal'), ...byKind('closed'), ...byKind('silent')]) {
      expect(item(g)).toMatchObject({ state: 'done', status: 'complete' });
    }
    expect(done.items.find((i) => i.key === 'vk:@no_such_group')).toMatchObject({
      state: 'failed',
      error: 'not-found',
    });
    expect(done.items.find((i) => i.key === 'vk:999999999')).toMatchObject({ state: 'failed', error: 'not-found' });
    for (const statuses of Object.values(await auditsByKey(done))) expect(statuses).toHaveLength(1);

    const active = byKind('active')[0] as FakeGroup;
    const [record] = await listAudits(item(active)?.key ?? '');
    const page = record?.page as unknown as { sources: Record<string, string>; layout: string; postsSince: string };
    expect(page.layout).toBe('vk-api');
    expect(Object.values(page.sources).every((s) => s.startsWith('api:'))).toBe(true);
    // every post since the 1st of the previous month was read
    expect(Date.parse(page.postsSince)).toBeLessThanOrEqual(previousMonthStart(NOW, 'Europe/Moscow').getTime());
    expect(record?.postCount).toBeGreaterThan(100);
    // a members-only community: audited on its header, its posts unknown
    const closed = byKind('closed')[0] as FakeGroup;
    const [closedRecord] = await listAudits(item(closed)?.key ?? '');
    expect(closedRecord?.page).toMatchObject({ access: 'closed', postsSince: null });
  });

  it('keeps VK’s limits: ≤ 3 requests a second, ≤ 25 calls an execute, ≤ 500 ids a groups.getById', async () => {
    // two windows of groups.getById (500 + 20); the 1 000-group figure is the browser bench's
    const groups = mixedGroups(520);
    const w = world(groups);
    const run = await runFor(groups.map(linkOf));
    const done = await new BatchController(run, depsFor(w)).start();
    expect(done.state).toBe('done');
    const stats = w.api.stats;
    expect(stats.errors[6]).toBeUndefined();
    expect(stats.maxPerSecond).toBeLessThanOrEqual(3);
    expect(Math.max(...stats.executeCalls)).toBe(25);
    expect(stats.calls['groups.getById']).toBe(2);
    // about one request per 25 walls: the whole list in well under a minute of the API's time at 3 per 1.1 s
    expect(stats.requests).toBeLessThan(40);
    expect(w.t).toBeLessThan(60_000);
  }, 60_000);

  it('loses nothing and audits nothing twice when the page is closed mid-run', async () => {
    const groups = mixedGroups(120);
    const w = world(groups);
    const run = await runFor(groups.map(linkOf));
    // the page closes after 30 groups: nothing more is stored, whatever the runner had in hand
    const base = historyStore();
    let stored = 0;
    const closing = {
      ...base,
      completeRunItem: async (...args: Parameters<typeof base.completeRunItem>) => {
        if (stored >= 30) throw new Error('the page was closed');
        stored++;
        return base.completeRunItem(...args);
      },
    };
    await expect(new BatchController(run, depsFor(w, { store: closing })).start()).rejects.toThrow('closed');
    const left = (await openHistory(dbName).then((db) => db.get('queue', run.id))) as Run;
    expect(left.items.filter((i) => i.state !== 'pending')).toHaveLength(30);
    // a new page: a new controller on the stored run
    const done = await new BatchController(left, depsFor(w)).start();
    expect(done.state).toBe('done');
    const audits = await auditsByKey(done);
    expect(Object.values(audits).map((a) => a.length)).toEqual(new Array(120).fill(1));
  });

  it('pauses on VK’s daily limit with the groups so far saved, and goes on from there the next day', async () => {
    const groups = mixedGroups(60);
    const w = world(groups, { dailyWallGet: 25 });
    const run = await runFor(groups.map(linkOf));
    const paused = await new BatchController(run, depsFor(w)).start();
    expect(paused).toMatchObject({ state: 'paused', pauseReason: 'api-limit' });
    const doneBefore = paused.items.filter((i) => i.state !== 'pending').length;
    expect(doneBefore).toBeGreaterThan(0);
    const next = world(groups);
    const done = await new BatchController(paused, depsFor(next)).start();
    expect(done.state).toBe('done');
    for (const a of Object.values(await auditsByKey(done))) expect(a).toHaveLength(1);
  });

  it('stays within the documented 5 000 wall.get calls a day it counts itself', async () => {
    const groups = mixedGroups(40);
    const w = world(groups);
    await addRequests('api:wall.get:2026-11-26', 4990);
    const run = await runFor(groups.map(linkOf));
    const paused = await new BatchController(run, depsFor(w)).start();
    expect(paused).toMatchObject({ state: 'paused', pauseReason: 'api-limit' });
    expect(await getRequestCount('api:wall.get:2026-11-26')).toBeLessThanOrEqual(5000);
    expect(w.api.stats.errors[29]).toBeUndefined();
  });

  it('pauses for an invalid key with every group still pending', async () => {
    const groups = mixedGroups(10);
    const w = world(groups, { keys: {} });
    const run = await runFor(groups.map(linkOf));
    const paused = await new BatchController(run, depsFor(w)).start();
    expect(paused).toMatchObject({ state: 'paused', pauseReason: 'api-key' });
    expect(paused.items.every((i) => i.state === 'pending')).toBe(true);
  });

  it('leaves the OK groups of a mixed list to the page mode, in the same run', async () => {
    const groups = mixedGroups(6);
    const w = world(groups);
    const pages = new FakeWorld();
    const { depsFor: pageDeps } = await import('../batch/fake-world');
    pages.page('https://ok.ru/group/70000000000001', weeklySpec('70000000000001', [3, 3, 3, 3], { site: 'ok' }));
    const run = await runFor([...groups.map(linkOf), 'https://ok.ru/group/70000000000001']);
    const base = pageDeps(pages);
    const done = await new BatchController(run, { ...base, apiMode: depsFor(w).apiMode }).start();
    expect(done.state).toBe('done');
    expect(done.items.find((i) => i.key === 'ok:70000000000001')).toMatchObject({ state: 'done' });
    expect(pages.requests.map((r) => r.url)).toEqual(['https://ok.ru/group/70000000000001']);
    expect(w.api.stats.calls['groups.getById']).toBe(1);
  });

  it('stores the key nowhere: not in the run, the audits or the counters', async () => {
    const groups = mixedGroups(20);
    const w = world(groups);
    const run = await runFor(groups.map(linkOf));
    await new BatchController(run, depsFor(w)).start();
    const db = await openHistory(dbName);
    const everything = JSON.stringify(
      await Promise.all(['lists', 'groups', 'audits', 'queue', 'meta'].map((s) => db.getAll(s as 'meta'))),
    );
    expect(everything.length).toBeGreaterThan(10_000);
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(KEY.slice(0, 16));
  });
});
