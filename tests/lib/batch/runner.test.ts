import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../lib/audit/rules';
import { BatchController } from '../../../lib/batch/controller';
import { runBatch } from '../../../lib/batch/runner';
import { newRun, type Run, runProgress } from '../../../lib/batch/state';
import {
  addGroupsToList,
  closeHistory,
  createList,
  getRun,
  listAudits,
  updateGroup,
  useHistoryDatabase,
} from '../../../lib/ext/history';
import { parsePastedLinks } from '../../../lib/import';
import { depsFor, FakeWorld, fakeCollector, NOW, weeklySpec } from './fake-world';

let dbName = '';
beforeEach(() => {
  dbName = `batch-${Math.random()}`;
  useHistoryDatabase(dbName);
});
afterEach(() => closeHistory(dbName));

async function listWith(urls: string[]): Promise<Run> {
  const created = await createList('Тест', NOW);
  if (!created.ok) throw new Error('list');
  const imported = parsePastedLinks(urls.join('\n'));
  await addGroupsToList(created.value.id, imported.groups, NOW);
  return newRun(`run-${Math.random()}`, created.value.id, imported.groups, NOW);
}

const url = (id: number) => `https://vk.com/club${id}`;

function gaps(world: FakeWorld): number[] {
  return world.requests.slice(1).map((r, i) => r.at - (world.requests[i]?.at ?? 0));
}

async function auditsPerGroup(run: Run): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const item of run.items) out[item.key] = (await listAudits(item.key)).map((a) => a.status);
  return out;
}

describe('runBatch', () => {
  it('audits every group once, paced, and records failures on their groups without stopping', async () => {
    const world = new FakeWorld();
    world.page(url(1), weeklySpec('1', [3, 3, 3, 3]));
    world.page(url(2), weeklySpec('2', [3, 1, 3, 0]));
    world.page(url(3), weeklySpec('3', [0, 0, 0, 0], { access: 'deleted' }));
    world.page(url(4), weeklySpec('4', [0, 0, 0, 0], { access: 'private' }));
    // 5: no route → 404 not found
    world.routes.set(url(6), (n) => (n <= 2 ? new TypeError('Failed to fetch') : { status: 200, body: '' }));
    world.page(url(7), weeklySpec('7', [4, 4, 4, 4]));
    const run = await listWith([1, 2, 3, 4, 5, 6, 7].map(url));
    const updates: Run[] = [];
    const done = await runBatch(
      run,
      depsFor(world, { collectPosts: fakeCollector(2), onUpdate: (r) => updates.push(r) }),
      new AbortController().signal,
    );

    expect(done.state).toBe('done');
    expect(done.items.map((i) => [i.key, i.state, i.error, i.status])).toEqual([
      ['vk:1', 'done', null, 'complete'],
      ['vk:2', 'done', null, 'complete'],
      ['vk:3', 'failed', 'deleted', null],
      ['vk:4', 'failed', 'private', null],
      ['vk:5', 'failed', 'not-found', null],
      ['vk:6', 'failed', 'network', null],
      ['vk:7', 'done', null, 'complete'],
    ]);
    expect(Math.min(...gaps(world))).toBeGreaterThanOrEqual(1000);
    // Three readable groups fetch 1 + 2 wall pages each; the failures one page (network: one retry).
    expect(world.requests).toHaveLength(3 * 3 + 3 + 2);
    expect(await auditsPerGroup(done)).toEqual({
      'vk:1': ['complete'],
      'vk:2': ['complete'],
      'vk:3': ['failed'],
      'vk:4': ['failed'],
      'vk:5': ['failed'],
      'vk:6': ['failed'],
      'vk:7': ['complete'],
    });
    // The queue was stored after every group.
    expect(updates.filter((u) => u.items.some((i) => i.state !== 'pending')).length).toBeGreaterThanOrEqual(7);
    const stored = await getRun(run.id);
    expect(stored?.state).toBe('done');
    expect(runProgress(done)).toMatchObject({ total: 7, done: 3, failed: 4, pending: 0, msLeft: 0 });
  });

  it('stores the audit with both months, the settings used and the entered audience size', async () => {
    const world = new FakeWorld();
    world.page(url(1), weeklySpec('1', [3, 2, 3, 5]));
    const run = await listWith([url(1)]);
    await updateGroup('vk:1', { audienceSize: 4000 });
    await runBatch(run, depsFor(world), new AbortController().signal);
    const [audit] = await listAudits('vk:1');
    expect(audit?.metrics).toMatchObject({
      year: 2026,
      month: 11,
      weeks: [3, 2, 3, 5],
      frequency: 'fail',
      prevYear: 2026,
      prevMonth: 10,
      prevWeeks: [3, 2, 3, 5],
      prevFrequency: 'fail',
      members: 1000,
      reach: 25,
    });
    expect(audit?.settings).toMatchObject({ timeZone: 'Europe/Moscow', audienceSize: 4000 });
    expect(audit?.rulesVersion).toBe(RULES_VERSION);
    expect(audit?.page).not.toHaveProperty('posts');
    expect(audit?.postCount).toBe(26);
  });

  it('backs off on a rate limit instead of failing the group', async () => {
    const world = new FakeWorld();
    world.page(url(1), weeklySpec('1', [3, 3, 3, 3]));
    world.routes.set(url(2), (n) =>
      n <= 2
        ? { status: 429, body: 'Too Many Requests' }
        : {
            status: 200,
            body: `<script type="application/json" id="spec">${JSON.stringify(weeklySpec('2', [3, 3, 3, 3]))}</script>`,
          },
    );
    world.page(url(3), weeklySpec('3', [3, 3, 3, 3]));
    const run = await listWith([1, 2, 3].map(url));
    const done = await runBatch(run, depsFor(world), new AbortController().signal);
    expect(done.items.map((i) => i.state)).toEqual(['done', 'done', 'done']);
    const g = gaps(world);
    // 1 → 2 (429) → 2 (429) → 2 (ok) → 3: the delay doubles, then eases back.
    expect(g).toEqual([1000, 2000, 4000, 3000]);
  });

  it('records a persistent rate limit on the group after the back-offs and goes on', async () => {
    const world = new FakeWorld();
    world.routes.set(url(1), () => ({
      status: 200,
      body: 'Вы попытались загрузить более одной однотипной страницы в секунду.',
    }));
    world.page(url(2), weeklySpec('2', [3, 3, 3, 3]));
    const run = await listWith([1, 2].map(url));
    const done = await runBatch(run, depsFor(world, { maxBackoffs: 2 }), new AbortController().signal);
    expect(done.items.map((i) => [i.state, i.error])).toEqual([
      ['failed', 'rate-limited'],
      ['done', null],
    ]);
  });

  it('pauses for a captcha with the page to solve, then resumes and audits each group exactly once', async () => {
    const world = new FakeWorld();
    world.page(url(1), weeklySpec('1', [3, 3, 3, 3]));
    let solved = false;
    world.routes.set(url(2), () =>
      solved
        ? {
            status: 200,
            body: `<script type="application/json" id="spec">${JSON.stringify(weeklySpec('2', [3, 3, 3, 3]))}</script>`,
          }
        : { status: 200, body: '<html>captcha</html>', url: 'https://vk.com/challenge.html?next=club2' },
    );
    world.page(url(3), weeklySpec('3', [3, 3, 3, 3]));
    const run = await listWith([1, 2, 3].map(url));
    const paused = await runBatch(run, depsFor(world), new AbortController().signal);
    expect(paused).toMatchObject({
      state: 'needs-user',
      pauseReason: 'captcha',
      blockedUrl: 'https://vk.com/challenge.html?next=club2',
    });
    expect(paused.items.map((i) => i.state)).toEqual(['done', 'pending', 'pending']);
    expect((await getRun(run.id))?.state).toBe('needs-user');
    solved = true;
    const stored = await getRun(run.id);
    if (stored === null) throw new Error('run not stored');
    const done = await runBatch(stored, depsFor(world), new AbortController().signal);
    expect(done.state).toBe('done');
    expect(await auditsPerGroup(done)).toEqual({ 'vk:1': ['complete'], 'vk:2': ['complete'], 'vk:3': ['complete'] });
  });

  it('survives a page closed mid-group: the stored queue resumes and no group is audited twice', async () => {
    const world = new FakeWorld();
    for (let i = 1; i <= 6; i++) world.page(url(i), weeklySpec(String(i), [3, 3, 3, 3]));
    const run = await listWith([1, 2, 3, 4, 5, 6].map(url));
    const abort = new AbortController();
    // The page "closes" while the 4th group's wall is being read.
    world.onFetch = (u) => {
      if (u === `${url(4)}?offset=10`) abort.abort('pause');
    };
    const first = await runBatch(run, depsFor(world, { collectPosts: fakeCollector(1) }), abort.signal);
    expect(first.items.map((i) => i.state)).toEqual(['done', 'done', 'done', 'pending', 'pending', 'pending']);
    world.onFetch = undefined;
    // A new page: only what IndexedDB holds.
    await closeHistory(dbName);
    useHistoryDatabase(dbName);
    const stored = await getRun(run.id);
    if (stored === null) throw new Error('run not stored');
    const done = await runBatch(
      stored,
      depsFor(world, { collectPosts: fakeCollector(1) }),
      new AbortController().signal,
    );
    expect(done.state).toBe('done');
    const audits = await auditsPerGroup(done);
    expect(Object.values(audits).map((a) => a.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('stops at the daily cap and continues the next day', async () => {
    const world = new FakeWorld();
    for (let i = 1; i <= 4; i++) world.page(url(i), weeklySpec(String(i), [3, 3, 3, 3]));
    const run = await listWith([1, 2, 3, 4].map(url));
    const capped = await runBatch(run, depsFor(world, { dailyCap: 2 }), new AbortController().signal);
    expect(capped).toMatchObject({ state: 'paused', pauseReason: 'daily-cap' });
    expect(capped.items.map((i) => i.state)).toEqual(['done', 'done', 'pending', 'pending']);
    world.t += 24 * 3600 * 1000;
    const done = await runBatch(capped, depsFor(world, { dailyCap: 2 }), new AbortController().signal);
    expect(done.state).toBe('done');
  });
});

describe('BatchController', () => {
  it('pauses, resumes, retries failed groups and cancels', async () => {
    const world = new FakeWorld();
    for (let i = 1; i <= 5; i++) world.page(url(i), weeklySpec(String(i), [3, 3, 3, 3]));
    world.routes.delete(url(2));
    const run = await listWith([1, 2, 3, 4, 5].map(url));
    let controller: BatchController | null = null;
    world.onFetch = (u) => {
      if (u === url(3)) void controller?.pause();
    };
    controller = new BatchController(run, depsFor(world));
    const paused = await controller.start();
    expect(paused).toMatchObject({ state: 'paused', pauseReason: 'user' });
    expect(paused.items.map((i) => i.state)).toEqual(['done', 'failed', 'pending', 'pending', 'pending']);
    world.onFetch = undefined;
    world.page(url(2), weeklySpec('2', [3, 3, 3, 3]));
    const resumed = await controller.resume();
    expect(resumed.items.map((i) => i.state)).toEqual(['done', 'failed', 'done', 'done', 'done']);
    const retried = await controller.retry();
    expect(retried.state).toBe('done');
    expect(retried.items.every((i) => i.state === 'done')).toBe(true);
    expect((await listAudits('vk:2')).map((a) => a.status)).toEqual(['complete', 'failed']);
    const cancelled = await new BatchController({ ...retried, state: 'paused' }, depsFor(world)).cancel();
    expect(cancelled.state).toBe('cancelled');
  });
});
