/**
 * The VK API mode's bench (docs/vk-api.md): `n` mixed groups of a region (active, normal, silent, members-only,
 * private, deleted, banned, over 10 000 members; tests/fakes/vk-api.ts `mixedGroups`) audited through the fake VK API
 * in the real browser, by the real extension (the e2e build), at VK's limits as the fake enforces them (3 requests a
 * second per key, ≤ 25 calls an execute, ≤ 500 ids a groups.getById, answers ≤ 5 MB, posts of realistic size). The
 * lists page is closed once mid-run and reopened (the run resumes by itself). Prints: wall time from «Проверить все
 * группы» to «Проверка завершена» (page close included), requests, calls, megabytes, groups a minute, the page's JS
 * heap, exactly-once per group, and the same list's page-mode time computed from its request count and pacing.
 *
 *   npm run build:e2e && npx tsx tests/bench/api.bench.ts [groups=1000] [--no-close] [--no-execute]
 *
 * `--no-execute`: a key that may not call `execute` (error 28): every call is then a request of its own.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { previousMonthStart } from '../../lib/calendar';
import { DEFAULT_BATCH_OPTIONS } from '../../lib/ext/history';
import { PACING_DEFAULT_MS } from '../../lib/ext/settings';
import { serveFakeVkApi } from '../e2e/fake-vk-api';
import { launchExtension, storedCounts } from '../e2e/harness';
import { startFixtureServer } from '../e2e/server';
import { type FakeGroup, FakeVkApi, mixedGroups } from '../fakes/vk-api';

const KEY = 'b3e7c0de0123456789abcdef0123456789abcdef0123456789abcdef01234567';
const HOUR = 3600_000;

/**
 * The page mode's requests for the same group (docs/lists.md): the community page, then wall pages of 10 posts back to
 * the 1st of the previous month; a community that is not open is one request.
 */
export function pageModeRequests(g: FakeGroup, now: Date, zone = 'Europe/Moscow'): number {
  if (!['active', 'normal', 'big', 'silent'].includes(g.kind)) return 1;
  const since = now.getTime() - previousMonthStart(now, zone).getTime();
  const posts = g.postEveryHours > 0 ? Math.min(g.total, Math.ceil(since / (g.postEveryHours * HOUR))) : 0;
  // the first page shows ~10 posts; one more page is needed to see a post older than the cut-off
  return 1 + Math.ceil(posts / 10);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
  } catch {
    return Number.NaN;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function benchApiMode(n = 1000, closeMidRun = true, execute = true) {
  const server = await startFixtureServer();
  const now = new Date();
  const groups = mixedGroups(n, 500_000_000);
  const api = new FakeVkApi({
    clock: () => performance.now(),
    now: now.getTime(),
    keys: { [KEY]: { kind: 'service', execute } },
    groups,
  });
  serveFakeVkApi(server, api);
  let lastApiAt = 0;
  const handle = api.handle.bind(api);
  api.handle = (method, form) => {
    lastApiAt = performance.now();
    return handle(method, form);
  };
  const ext = await launchExtension({ server });
  try {
    // the key, as a user saves it
    const options = await ext.openExtensionPage('options.html');
    await options.getByTestId('vk-api-key-input').fill(KEY);
    await ext.allowApiHosts();
    await options.getByTestId('vk-api-key-save').click();
    await options.getByTestId('vk-api-key-message').waitFor();
    await options.close();

    let page = await ext.openExtensionPage('batch.html');
    const links = groups.map((g, i) => (i % 3 === 0 ? `https://vk.com/${g.screenName}` : `https://vk.com/club${g.id}`));
    await page.getByTestId('paste-links').fill(links.join('\n'));
    await page.getByText('Добавить ссылки').click();
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="api-mode"]')?.getAttribute('data-state') === 'on',
    );
    const heap: number[] = [await heapMb(page)];
    const listHash = () => new URL(page.url()).hash;

    const profiler = process.env.GP_PROFILE ? await page.context().newCDPSession(page) : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    const load: number[] = [loadavg()[0] ?? 0];
    const t0 = performance.now();
    await page.getByTestId('run').click();
    let closedAt: number | null = null;
    const done = async () => (await page.getByTestId('run-panel').getAttribute('data-state')) === 'done';
    for (;;) {
      if (await done()) break;
      const stored = await storedCounts(ext.worker);
      const finished = stored.runs[0]?.items.filter((i) => i.state !== 'pending').length ?? 0;
      heap.push(await heapMb(page));
      load.push(loadavg()[0] ?? 0);
      if (closeMidRun && closedAt === null && finished >= n * 0.4) {
        const hash = listHash();
        await page.close();
        closedAt = finished;
        page = await ext.openExtensionPage(`batch.html${hash}`);
        await page.getByTestId('run-panel').waitFor();
      }
      await page.waitForTimeout(500);
    }
    const wallMs = performance.now() - t0;
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(process.env.GP_PROFILE ?? 'api-bench.cpuprofile', JSON.stringify(profile));
    }
    const apiMs = lastApiAt - t0;
    heap.push(await heapMb(page));

    const stored = await storedCounts(ext.worker);
    const counts = Object.values(stored.audits).map((a) => a.length);
    const pageRequests = groups.reduce((sum, g) => sum + pageModeRequests(g, now), 0);
    const cap = DEFAULT_BATCH_OPTIONS.dailyCap;
    const result = {
      groups: n,
      wallMs,
      apiMs,
      wallMin: wallMs / 60_000,
      groupsPerMin: n / (wallMs / 60_000),
      closedAfter: closedAt,
      audited: counts.length,
      auditedOnce: counts.every((c) => c === 1) && counts.length === n,
      requests: api.stats.requests,
      accepted: api.stats.accepted,
      calls: api.stats.calls,
      errors: api.stats.errors,
      maxPerSecond: api.stats.maxPerSecond,
      executes: api.stats.executeCalls.length,
      maxExecuteCalls: Math.max(0, ...api.stats.executeCalls),
      meanExecuteCalls: api.stats.executeCalls.reduce((a, b) => a + b, 0) / Math.max(1, api.stats.executeCalls.length),
      answerMb: api.stats.bytes / 1024 / 1024,
      heapMb: { start: heap[0], peak: Math.max(...heap.filter(Number.isFinite)), end: heap[heap.length - 1] },
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        loadAverage: { min: Math.min(...load), max: Math.max(...load) },
      },
      pageMode: {
        requests: pageRequests,
        pacingMs: PACING_DEFAULT_MS,
        dailyCap: cap,
        hours: (pageRequests * PACING_DEFAULT_MS) / HOUR,
        days: Math.ceil(pageRequests / cap),
      },
    };
    await page.close();
    return result;
  } finally {
    await ext.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const r = await benchApiMode(n, !process.argv.includes('--no-close'), !process.argv.includes('--no-execute'));
  const f = (x: number, d = 1) => x.toFixed(d);
  console.log(
    [
      `API mode, ${r.groups} mixed groups through the fake VK API (real browser, VK's limits):`,
      `  wall time ${f(r.wallMs / 1000)} s (${f(r.wallMin, 2)} min; goal ≤ 3 min), ${f(r.groupsPerMin, 0)} groups/min` +
        (r.closedAfter === null ? '' : `, page closed after ${r.closedAfter} groups and reopened`),
      `  the API's last answer at ${f(r.apiMs / 1000)} s; the rest is the page auditing and storing the groups`,
      `  every group audited once: ${r.auditedOnce} (${r.audited} groups stored)`,
      `  requests ${r.requests} (accepted ${r.accepted}), calls ${JSON.stringify(r.calls)}, errors ${JSON.stringify(r.errors)}`,
      `  max ${r.maxPerSecond} requests in a second, ` +
        (r.executes > 0
          ? `${r.executes} executes of ≤ ${r.maxExecuteCalls} calls (mean ${f(r.meanExecuteCalls)})`
          : 'no execute (every call a request of its own)') +
        `, answers ${f(r.answerMb)} MB`,
      `  lists page JS heap: ${f(r.heapMb.start ?? 0)} → peak ${f(r.heapMb.peak)} → ${f(r.heapMb.end ?? 0)} MB`,
      `  machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, load average ${f(r.machine.loadAverage.min)}–${f(r.machine.loadAverage.max)} during the run`,
      `  page mode, same list (computed): ${r.pageMode.requests} requests at ${r.pageMode.pacingMs / 1000} s = ${f(r.pageMode.hours)} h of pacing, ${r.pageMode.days} day(s) at the ${r.pageMode.dailyCap}-request daily cap`,
    ].join('\n'),
  );
  writeFileSync('bench-api-results.json', `${JSON.stringify(r, null, 2)}\n`);
}
