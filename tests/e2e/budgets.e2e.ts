/**
 * Budgets in CI (`npm test` runs this after the production build):
 * - every entry point of .output/chrome-mv3 within its gzip budget (tests/bench/budgets.ts) — sizes are
 *   deterministic, so no margin;
 * - the production bundles run no string as code, load no remote code, and ship the justified manifest;
 * - timings in Chromium within TIMING_MARGIN × their targets: read + audit vs a querySelectorAll walk (100 posts),
 *   the popup's first complete render (its main thread's CPU time until then), the batch runner's overhead per
 *   group, export of 300 groups. The real figures come from `npm run bench`; these checks only catch gross
 *   regressions. They must hold on a busy machine (CI runs on shared two-core machines): compared runs are
 *   interleaved, each test keeps the best of up to TIMING_TRIES tries (bestOf), and `npm run test:e2e:stress` runs
 *   them while every core is kept busy (docs/performance.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/ext/hosts';
import { VK_API_ORIGINS } from '../../lib/vkapi/limits';
import {
  benchBatch,
  benchExport,
  benchPopupRender,
  benchReadAuditPaired,
  launchPlainChromium,
  type PopupOpening,
  serveWall,
} from '../bench/browser';
import { bestOf, sizeBudgetOf, TIMING_MARGIN, TIMING_TARGETS, TIMING_TRIES, timingGate } from '../bench/budgets';
import { builtFiles, bundleSizes, formatKb } from '../bench/bundle';
import { buildPageBundle } from '../bench/page-bundle';
import { cspProblems, FORBIDDEN_CODE, justifiedPermissions, violations } from '../bench/security';
import { wxtBuild } from './build';
import { launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
const PROD = join(ROOT, '.output/chrome-mv3');

function ensureProductionBuild() {
  if (existsSync(join(PROD, 'manifest.json'))) return;
  wxtBuild();
}

describe('production build', () => {
  beforeAll(ensureProductionBuild);

  it('has the entry points the budgets are about', () => {
    const entries = bundleSizes(PROD).map((s) => s.entry);
    expect(entries.filter((e) => e.startsWith('content-scripts/')).length).toBeGreaterThan(0);
    expect(entries).toContain('popup.html');
    expect(entries).toContain('background');
  });

  it('keeps every entry point within its gzip budget', () => {
    const sizes = bundleSizes(PROD);
    const report = sizes.map(
      (s) => `${s.entry}: ${formatKb(s.gzip)} gz (budget ${formatKb(sizeBudgetOf(s.entry).gzip)})`,
    );
    console.log(`bundle sizes:\n  ${report.join('\n  ')}`);
    const over = sizes
      .filter((s) => s.gzip > sizeBudgetOf(s.entry).gzip)
      .map((s) => `${s.entry} is ${formatKb(s.gzip)} gz, over its ${formatKb(sizeBudgetOf(s.entry).gzip)} budget`);
    expect(over).toEqual([]);
  });

  it('lists a budget for every entry point it builds (add new ones to tests/bench/budgets.ts)', () => {
    const unlisted = bundleSizes(PROD)
      .map((s) => s.entry)
      .filter((e) => !sizeBudgetOf(e).listed);
    expect(unlisted).toEqual([]);
  });

  it('runs no string as code and loads no remote code', () => {
    const files = builtFiles(PROD)
      .filter((f) => /\.(m?js|html)$/.test(f))
      .map((f) => join(PROD, f));
    expect(files.length).toBeGreaterThan(2);
    expect(violations(PROD, files, FORBIDDEN_CODE, { skipComments: false })).toEqual([]);
  });

  it('ships exactly the justified permissions, the VK/OK hosts and a strict CSP', () => {
    const manifest = JSON.parse(readFileSync(join(PROD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(justifiedPermissions('chrome'));
    expect([...((manifest.host_permissions as string[]) ?? [])].sort()).toEqual([...SITE_MATCHES].sort());
    expect(manifest.optional_permissions).toBeUndefined();
    // VK's API hosts, optional: asked for only when a VK API key is saved (docs/vk-api.md)
    expect(manifest.optional_host_permissions).toEqual([...VK_API_ORIGINS]);
    expect(manifest.externally_connectable).toBeUndefined();
    const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
    expect(cspProblems(csp?.extension_pages ?? '')).toEqual([]);
    for (const cs of (manifest.content_scripts ?? []) as { matches?: string[] }[]) {
      for (const m of cs.matches ?? []) expect(SITE_MATCHES).toContain(m);
    }
  });
});

describe.skipIf(inject('skipE2E'))(
  `timings in Chromium (fail only beyond ${TIMING_MARGIN}× the target, in the best of ${TIMING_TRIES} tries)`,
  // A hang net, not a speed check: under a load of 25 on two cores one popup opening took up to 17 s of wall clock,
  // and this block opens the popup up to 15 times (docs/performance.md).
  { timeout: 900_000 },
  () => {
    let server: FixtureServer;
    let bundle: string;
    let plain: Awaited<ReturnType<typeof launchPlainChromium>>;

    beforeAll(async () => {
      server = await startFixtureServer();
      bundle = await buildPageBundle();
      plain = await launchPlainChromium(server);
    });
    afterAll(async () => {
      await plain?.close();
      await server?.close();
    });

    const ms = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');

    it('reads and audits a 100-post page within the ratio to a querySelectorAll walk', async () => {
      const gate = timingGate(TIMING_TARGETS.readAuditRatio);
      // read + audit and the walk take turns sample by sample; the fastest sample of each is compared (page-entry.ts)
      const t = await bestOf(
        TIMING_TRIES,
        () => benchReadAuditPaired(plain.context, server, bundle, 100),
        (r) => r.ratio,
        gate,
      );
      const r = t.result;
      console.log(
        `read + audit, 100 posts: ${t.best.toFixed(2)}× the walk (${r.readAuditBest.toFixed(2)} vs ${r.walkBest.toFixed(3)} ms; tries: ${ms(t.figures)}; gate ${gate}×)`,
      );
      expect(r.posts).toBe(100);
      expect(t.best).toBeLessThanOrEqual(gate);
    });

    it('keeps the batch overhead per group beyond pacing in check (60 groups)', async () => {
      const gate = timingGate(TIMING_TARGETS.batchOverhead);
      const t = await bestOf(
        TIMING_TRIES,
        () => benchBatch(plain.context, server, bundle, 60),
        (b) => b.overheadFastTenth,
        gate,
      );
      console.log(
        `batch overhead per group: fastest tenth ${t.best.toFixed(1)} ms, median ${t.result.overheadMedian.toFixed(1)} ms (tries: ${ms(t.figures)}; gate ${gate} ms)`,
      );
      expect(t.result.done).toBe(60);
      expect(t.best).toBeLessThanOrEqual(gate);
    });

    it('exports 300 groups (XLSX, CSV, printable report) in time', async () => {
      const gate = timingGate(TIMING_TARGETS.export300);
      const t = await bestOf(
        TIMING_TRIES,
        () => benchExport(plain.context, server, bundle, 300, 3),
        (x) => Math.max(x.xlsx.best, x.csv.best, x.html.best),
        gate,
      );
      const x = t.result;
      console.log(
        `export of 300 groups: XLSX ${x.xlsx.best.toFixed(0)} ms, CSV ${x.csv.best.toFixed(0)} ms, report ${x.html.best.toFixed(0)} ms (slowest per try: ${ms(t.figures)}; gate ${gate} ms)`,
      );
      expect(t.best).toBeLessThanOrEqual(gate);
    });

    it('renders the popup on a 100-post page in time: its main thread’s work until data-render-ms', async () => {
      const gate = timingGate(TIMING_TARGETS.popupRender);
      const ext = await launchExtension({ server, extensionDir: PROD });
      try {
        const wall = serveWall(server, 100, 500_100_101);
        const openings: PopupOpening[] = [];
        // A busy machine stretches the popup's wall-clock time by the time its processes wait for a CPU (seconds
        // at a load average of 20 on two cores); the CPU time its main thread spends until the first complete
        // render is its own work. Each try opens the popup five times; its figure is the least of them.
        const t = await bestOf(
          TIMING_TRIES,
          async () => {
            const figures = await benchPopupRender(ext, wall.url, 5, { trace: true });
            expect(figures, 'the popup root exposes data-render-ms').not.toBeNull();
            openings.push(...(figures ?? []));
            return Math.min(...(figures ?? []).map((o) => o.mainThreadCpuMs ?? Number.POSITIVE_INFINITY));
          },
          (cpu) => cpu,
          gate,
        );
        expect(
          openings.some((o) => o.mainThreadCpuMs !== null),
          'the trace shows the popup’s main thread',
        ).toBe(true);
        const line = (k: keyof PopupOpening) => ms(openings.map((o) => o[k] ?? Number.NaN));
        console.log(
          `popup first complete render: main thread ${t.best.toFixed(0)} ms of CPU (openings: ${line('mainThreadCpuMs')}; gate ${gate} ms); wall clock: ${line('renderMs')} ms`,
        );
        expect(t.best).toBeLessThanOrEqual(gate);
      } finally {
        await ext.close();
      }
    });
  },
);
