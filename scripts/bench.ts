/**
 * `npm run bench`: one table of the extension's performance against its budgets, and bench-results.json.
 *
 * 1. Builds the production extension (.output/chrome-mv3, and .output/firefox-mv2 for the entries that differ there;
 *    `--no-build` reuses them) and measures every entry point's raw and gzip size against tests/bench/budgets.ts.
 * 2. In the system Chromium, on generated VK pages of 10, 100 and 500 posts: read + audit time as a ratio to a bare
 *    querySelectorAll('*') walk of the same document, and how the reader's time grows with the post count.
 * 3. The batch runner over 300 groups (pages from memory, pacing on a virtual clock): overhead per group beyond the
 *    pacing delay, and the heap after GC every 50 groups.
 * 4. XLSX, CSV and printable-report export of 300 audited groups.
 * 5. The popup's first complete render (its `data-render-ms`) on the 100-post page, with the built extension.
 * Several runs each; medians. Parts whose code is missing print 'n/a (not built yet)'.
 *
 * Options: --no-build, --runs=N (default 7), --quick (fewer runs), --docs (write the table into docs/performance.md's
 * performance section).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { budgetCovers, SIZE_BUDGETS, sizeBudgetOf, TIMING_TARGETS } from '../tests/bench/budgets';
import { bundleSizes, formatKb } from '../tests/bench/bundle';
import { type BudgetRow, judge, renderTable } from '../tests/bench/report';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILD_DIR = join(ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD_DIR = join(ROOT, '.output/firefox-mv2');
const args = new Set(process.argv.slice(2));
const runsArg = [...args].find((a) => a.startsWith('--runs='));
const QUICK = args.has('--quick');
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : QUICK ? 3 : 7;
const NA = 'n/a (not built yet)';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? Number.NaN) + (s[m] ?? Number.NaN)) / 2;
};

function build(browser: 'chrome' | 'firefox' = 'chrome') {
  const flock = existsSync('/usr/bin/flock');
  const cmd = flock ? ['flock', '/tmp/build.lock', 'npx'] : ['npx'];
  const target = browser === 'firefox' ? ['-b', 'firefox'] : [];
  console.log(`Building the production extension (wxt build${browser === 'firefox' ? ' -b firefox' : ''})…`);
  execFileSync(cmd[0] ?? 'npx', [...cmd.slice(1), 'wxt', 'build', ...target], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * A private copy of the build (taken under the build lock): other builds in the same working tree (tests, zips)
 * must not swap files under the measurement.
 */
function snapshot(buildDir = BUILD_DIR): string {
  const dir = mkdtempSync(join(os.tmpdir(), 'gp-bench-build-'));
  if (!existsSync(join(buildDir, 'manifest.json'))) return buildDir;
  if (existsSync('/usr/bin/flock')) {
    execFileSync('flock', ['/tmp/build.lock', 'cp', '-r', `${buildDir}/.`, dir]);
  } else {
    cpSync(buildDir, dir, { recursive: true });
  }
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function chromiumVersion(): string {
  try {
    const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
  };
}

/** Rewrites docs/performance.md's table with this run's figures (`npm run bench -- --docs`). */
function writePerformanceDoc(m: ReturnType<typeof machine>, rows: BudgetRow[]) {
  const path = join(ROOT, 'docs/performance.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- section:performance -->';
  const end = '<!-- /section:performance -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) {
    console.warn('docs/performance.md has no performance section markers: not updated');
    return;
  }
  const intro = readme.slice(a + start.length, b).split('<!-- bench:table -->')[0] ?? '';
  const day = new Date().toISOString().slice(0, 10);
  const body = [
    '<!-- bench:table -->',
    `Figures of \`npm run bench\` on ${day}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node},`,
    `${m.chromium}; ${RUNS} runs per measure, medians.`,
    '',
    renderTable(rows),
    '',
  ].join('\n');
  writeFileSync(path, `${readme.slice(0, a + start.length)}${intro.trimEnd()}\n\n${body}${readme.slice(b)}`);
  console.log('Updated the table in docs/performance.md');
}

const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

async function main() {
  const started = Date.now();
  const rows: BudgetRow[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine: machine(), runs: RUNS };

  // ---- 1. bundle sizes ------------------------------------------------------------------------------------------
  if (!args.has('--no-build')) {
    build();
    build('firefox');
  }
  const OUT_DIR = snapshot();
  if (existsSync(join(OUT_DIR, 'manifest.json'))) {
    const sizes = bundleSizes(OUT_DIR);
    // The Firefox build (MV2): the entries that differ from Chrome's — its background, and what only it has
    const firefoxDir = snapshot(FIREFOX_BUILD_DIR);
    const firefox = existsSync(join(firefoxDir, 'manifest.json'))
      ? bundleSizes(firefoxDir).filter((f) => f.entry === 'background' || !sizes.some((s) => s.entry === f.entry))
      : [];
    results.bundles = sizes.map((s) => ({ ...s, budget: sizeBudgetOf(s.entry).gzip }));
    results.firefoxBundles = firefox.map((s) => ({ ...s, budget: sizeBudgetOf(s.entry).gzip }));
    for (const [s, browser] of [
      ...sizes.map((x) => [x, ''] as const),
      ...firefox.map((x) => [x, ' (Firefox)'] as const),
    ]) {
      const budget = sizeBudgetOf(s.entry);
      rows.push({
        group: 'Bundle (gzip)',
        measure: `${s.entry}${browser}${budget.listed ? '' : ' (default budget)'}`,
        figure: `${formatKb(s.gzip)} gz, ${formatKb(s.raw)} raw${s.lazyGzip ? ` (+${formatKb(s.lazyGzip)} lazy)` : ''}`,
        target: `≤ ${formatKb(budget.gzip)}${budget.retired ? ` (${formatKb(budget.retired)} target retired)` : ''}`,
        status: judge(s.gzip, budget.gzip),
      });
    }
    for (const b of SIZE_BUDGETS) {
      if (![...sizes, ...firefox].some((s) => budgetCovers(b, s.entry))) {
        rows.push({
          group: 'Bundle (gzip)',
          measure: b.entry,
          figure: NA,
          target: `≤ ${formatKb(b.gzip)}`,
          status: 'n/a',
        });
      }
    }
  } else {
    rows.push({ group: 'Bundle (gzip)', measure: 'all', figure: 'no build', target: '', status: 'n/a' });
  }

  // ---- 2–5. Chromium ---------------------------------------------------------------------------------------------
  const { startFixtureServer } = await import('../tests/e2e/server');
  const { chromePath, launchExtension } = await import('../tests/e2e/harness');
  if (!chromePath()) {
    rows.push({
      group: 'Chromium',
      measure: 'all',
      figure: 'Chromium not found (CHROME_PATH)',
      target: '',
      status: 'n/a',
    });
  } else {
    const server = await startFixtureServer();
    const browserBench = await import('../tests/bench/browser');
    const { buildPageBundle } = await import('../tests/bench/page-bundle');
    let bundle: string | null = null;
    try {
      bundle = await buildPageBundle();
    } catch (e) {
      rows.push({
        group: 'In page',
        measure: 'bundle of lib/',
        figure: `${NA}: ${errorText(e)}`,
        target: '',
        status: 'n/a',
      });
    }
    const plain = await browserBench.launchPlainChromium(server);
    results.chromium = plain.browser.version();
    try {
      if (bundle) {
        // read + audit ratio, reader growth
        const perSize: Record<number, Awaited<ReturnType<typeof browserBench.benchReadAudit>>> = {};
        for (const n of [10, 100, 500]) {
          try {
            perSize[n] = await browserBench.benchReadAudit(plain.context, server, bundle, n, RUNS);
          } catch (e) {
            rows.push({
              group: 'Read + audit',
              measure: `${n} posts`,
              figure: `${NA}: ${errorText(e)}`,
              target: '',
              status: 'n/a',
            });
          }
        }
        results.readAudit = perSize;
        const readAudit = TIMING_TARGETS.readAuditRatio;
        for (const [n, r] of Object.entries(perSize)) {
          rows.push({
            group: 'Read + audit',
            measure: `${n} posts (${r.elements} elements, ${r.posts} read, ${r.layout})`,
            figure: `${r.ratio.toFixed(2)}× (${r.readAudit.median.toFixed(2)} ms vs walk ${r.walk.median.toFixed(3)} ms; read alone ${r.read.median.toFixed(2)} ms)`,
            target: `≤ ${readAudit.target}× (≤ ${readAudit.accepted}× accepted)`,
            status: judge(r.ratio, readAudit.target, readAudit.accepted),
          });
        }
        const r10 = perSize[10];
        const r100 = perSize[100];
        const r500 = perSize[500];
        if (r10 && r100 && r500) {
          const e10 = Math.log(r500.read.median / r10.read.median) / Math.log(50);
          const e100 = Math.log(r500.read.median / r100.read.median) / Math.log(5);
          const exponent = Math.max(e10, e100);
          results.readerGrowth = { exponent10to500: e10, exponent100to500: e100 };
          rows.push({
            group: 'Reader growth',
            measure: 'time ∝ posts^k (k from 10→500 and 100→500)',
            figure: `k = ${e10.toFixed(2)} / ${e100.toFixed(2)} (${r10.read.median.toFixed(2)} → ${r100.read.median.toFixed(2)} → ${r500.read.median.toFixed(2)} ms)`,
            target: `k ≤ ${TIMING_TARGETS.readerGrowth.target} (linear)`,
            status: judge(exponent, TIMING_TARGETS.readerGrowth.target),
          });
        }

        try {
          const b = await browserBench.benchBatch(plain.context, server, bundle, 300);
          results.batch = b;
          rows.push({
            group: 'Batch audit',
            measure: `${b.groups} groups (${b.done} done, ${b.failed} failed), overhead per group beyond ${b.pacingMs} ms pacing`,
            figure: `median ${b.overheadMedian.toFixed(1)} ms, mean ${b.overheadMean.toFixed(1)} ms`,
            target: `≤ ${TIMING_TARGETS.batchOverhead.target} ms`,
            status: b.done === 0 ? 'FAIL' : judge(b.overheadMedian, TIMING_TARGETS.batchOverhead.target),
          });
          const heaps = b.heap.filter((h): h is number => h !== null);
          const warm = heaps[1] ?? heaps[0];
          const last = heaps.at(-1);
          if (warm !== undefined && last !== undefined) {
            const growthMb = (last - warm) / 2 ** 20;
            rows.push({
              group: 'Batch audit',
              measure: `heap after GC every ${b.sampleEvery} groups (growth from group ${b.sampleEvery} to ${b.groups})`,
              figure: `${heaps.map((h) => (h / 2 ** 20).toFixed(1)).join(' → ')} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`,
              target: `≤ +${TIMING_TARGETS.batchMemory.target} MB (flat)`,
              status: judge(growthMb, TIMING_TARGETS.batchMemory.target),
            });
          }
        } catch (e) {
          rows.push({
            group: 'Batch audit',
            measure: '300 groups',
            figure: `${NA}: ${errorText(e)}`,
            target: '',
            status: 'n/a',
          });
        }

        try {
          const x = await browserBench.benchExport(plain.context, server, bundle, 300, Math.min(RUNS, 5));
          results.export = x;
          for (const [name, t] of [
            ['XLSX', x.xlsx],
            ['CSV', x.csv],
            ['printable report HTML', x.html],
          ] as const) {
            rows.push({
              group: 'Export',
              measure: `${name}, ${x.groups} groups${name === 'XLSX' ? ` (${formatKb(x.xlsxBytes)})` : ''}`,
              figure: `${t.median.toFixed(0)} ms`,
              target: `< ${TIMING_TARGETS.export300.target} ms`,
              status: judge(t.median, TIMING_TARGETS.export300.target),
            });
          }
        } catch (e) {
          rows.push({
            group: 'Export',
            measure: '300 groups',
            figure: `${NA}: ${errorText(e)}`,
            target: '',
            status: 'n/a',
          });
        }
      }
    } finally {
      await plain.close();
    }

    // popup: the built extension in the same Chromium
    if (existsSync(join(OUT_DIR, 'manifest.json'))) {
      let ext: Awaited<ReturnType<typeof launchExtension>> | null = null;
      try {
        ext = await launchExtension({ server, extensionDir: OUT_DIR });
        const wall = browserBench.serveWall(server, 100, 500_100_100);
        const figures = (await browserBench.benchPopupRender(ext, wall.url, Math.min(RUNS, 5)))?.map((o) => o.renderMs);
        results.popup = figures;
        if (figures && figures.length > 0) {
          const m = median(figures);
          rows.push({
            group: 'Popup',
            measure: 'first complete render, 100-post page (data-render-ms)',
            figure: `${m.toFixed(0)} ms (runs: ${figures.map((f) => f.toFixed(0)).join(', ')})`,
            target: `≤ ${TIMING_TARGETS.popupRender.target} ms`,
            status: judge(m, TIMING_TARGETS.popupRender.target),
          });
        } else {
          rows.push({
            group: 'Popup',
            measure: 'first complete render',
            figure: `${NA}: no data-render-ms`,
            target: '',
            status: 'n/a',
          });
        }
        try {
          const list = existsSync(join(OUT_DIR, 'batch.html')) ? await browserBench.benchList(ext, 1000) : null;
          results.list1000 = list;
          if (list) {
            const worst = Math.max(...Object.values(list.longest));
            rows.push({
              group: 'Group list',
              measure: `${list.groups} groups: longest main-thread task (add / sort / filter / scroll)`,
              figure: `${worst.toFixed(0)} ms (${Object.values(list.longest)
                .map((x) => x.toFixed(0))
                .join(' / ')}; table in ${list.addMs} ms, ${list.rowsRendered} rows in the DOM)`,
              target: `≤ ${TIMING_TARGETS.listFreeze.target} ms`,
              status: judge(worst, TIMING_TARGETS.listFreeze.target),
            });
          } else {
            rows.push({ group: 'Group list', measure: '1000 groups', figure: NA, target: '', status: 'n/a' });
          }
        } catch (e) {
          rows.push({
            group: 'Group list',
            measure: '1000 groups',
            figure: `${NA}: ${errorText(e)}`,
            target: '',
            status: 'n/a',
          });
        }
      } catch (e) {
        rows.push({
          group: 'Popup',
          measure: 'first complete render',
          figure: `${NA}: ${errorText(e)}`,
          target: '',
          status: 'n/a',
        });
      } finally {
        await ext?.close();
      }
    }
    await server.close();
  }

  // ---- output -----------------------------------------------------------------------------------------------------
  const m = results.machine as ReturnType<typeof machine>;
  console.log(`\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}; ${m.chromium}`);
  console.log(`Runs: ${RUNS} per measure (medians). Generated VK G2 pages, Europe/Moscow, now = 2026-03-15.\n`);
  console.log(renderTable(rows));
  results.table = rows;
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (args.has('--docs') || args.has('--readme')) writePerformanceDoc(m, rows);
  const over = rows.filter((r) => r.status === 'OVER' || r.status === 'FAIL').length;
  const accepted = rows.filter((r) => r.status === 'ACCEPTED').length;
  const verdict = over === 0 ? 'All measured figures within budget' : `${over} over budget`;
  console.log(
    `\n${verdict}${accepted ? ` (${accepted} over target, accepted for now)` : ''}. Wrote bench-results.json (${results.seconds} s).`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
