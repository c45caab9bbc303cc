/**
 * `npm run test:e2e:stress`: proves that the timing tests of `npm test` hold on a busy machine. It builds the
 * extension, starts one CPU-bound process per core (busy loops at the script's own priority, each in a
 * session of its own: with Linux's autogroup scheduling that is how another job on the machine competes, whereas
 * in this session they would only split the tests' own share), runs the timing tests again and again while they
 * spin, stops them, and prints one line per run: passed or failed, the figures the tests printed, the load average,
 * and how much CPU the spinning processes actually took meanwhile.
 *
 * The timing tests: the Chromium timings of tests/e2e/budgets.e2e.ts (read + audit vs a querySelectorAll walk,
 * batch overhead, export of 300 groups, the popup's first complete render) and the unit tests that time something
 * (tests/lib/parse/fuzz.test.ts long inputs, tests/lib/sites/vk/timing.test.ts, tests/lib/export/bench.test.ts).
 *
 * Options: --runs=N (default 10), --load=K (spinning processes, default one per core; 0 = none), --no-build.
 * Exit code 1 when any run failed. On a shared machine take the lock that full-suite runs take, so that this load
 * does not turn someone else's `npm test` red (docs/performance.md).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { wxtBuild } from '../tests/e2e/build';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(option('runs') ?? 10);
const LOAD = Number(option('load') ?? os.cpus().length);

/** The timing tests: vitest config, files, and the test-name filter. */
const SUITES = [
  { config: 'tests/e2e/vitest.config.ts', files: ['tests/e2e/budgets.e2e.ts'], filter: 'timings in Chromium' },
  {
    config: 'tests/vitest.config.ts',
    files: ['tests/lib/parse/fuzz.test.ts', 'tests/lib/sites/vk/timing.test.ts', 'tests/lib/export/bench.test.ts'],
    filter: 'adversarial long inputs|reading time|export speed',
  },
] as const;

/** Lines the timing tests print with their figures. */
const FIGURE =
  /^(read \+ audit, 100 posts|batch overhead per group|export of 300 groups|popup first complete render|\[vk\] 100-post|\[export bench\] 300 groups, cpu)/;

/** CPU seconds a process has used (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat; after the command name they are at 11 and 12
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const spinners: ChildProcess[] = [];
/** Spins; ends by itself when this script is gone (it runs detached, so nothing else would end it). */
const SPIN =
  'const parent = process.ppid; for (;;) { for (let i = 0; i < 1e7; i++); if (process.ppid !== parent) break; }';

function startLoad(n: number) {
  for (let i = 0; i < n; i++) {
    spinners.push(spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore', detached: true }));
  }
}

function stopLoad() {
  for (const p of spinners.splice(0)) p.kill('SIGKILL');
}

process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });
}

interface RunResult {
  ok: boolean;
  seconds: number;
  figures: string[];
  failures: string[];
  /** CPU the spinning processes used during the run, in cores (2.0 = both cores all the time). */
  loadCores: number | null;
  /** The machine's one-minute load average at the end of the run. */
  loadAverage: number;
}

const LOG_DIR = mkdtempSync(join(os.tmpdir(), 'gp-stress-'));

function runOnce(run: number): RunResult {
  const started = Date.now();
  const cpu0 = spinners.map((p) => cpuSeconds(p.pid));
  const figures: string[] = [];
  const failures: string[] = [];
  let ok = true;
  for (const suite of SUITES) {
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/vitest'),
      ['run', '--config', suite.config, ...suite.files, '-t', suite.filter],
      // GP_E2E_REBUILD=0: the e2e build is made once, before the load starts
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GP_E2E_REBUILD: '0', NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes
    const out = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    appendFileSync(join(LOG_DIR, `run-${run}.log`), out);
    figures.push(...out.split('\n').filter((l) => FIGURE.test(l.trim())));
    failures.push(...out.split('\n').filter((l) => /^\s*(FAIL|AssertionError|Error:)/.test(l)));
    if (r.status !== 0) ok = false;
  }
  const seconds = (Date.now() - started) / 1000;
  const used = spinners.map((p, i) => {
    const a = cpu0[i];
    const b = cpuSeconds(p.pid);
    return a === null || a === undefined || b === null ? null : b - a;
  });
  const loadCores = used.every((u) => u !== null) ? used.reduce<number>((s, u) => s + (u ?? 0), 0) / seconds : null;
  return { ok, seconds, figures, failures, loadCores, loadAverage: os.loadavg()[0] ?? 0 };
}

function main() {
  if (!args.includes('--no-build')) {
    console.log('Building the production and the e2e extension…');
    wxtBuild([], 'ignore');
    wxtBuild(['--mode', 'e2e'], 'ignore');
  }
  console.log(
    `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} before the runs`,
  );
  console.log(`Starting ${LOAD} spinning process(es); ${RUNS} runs of the timing tests.\n`);
  startLoad(LOAD);
  const results: RunResult[] = [];
  try {
    for (let i = 1; i <= RUNS; i++) {
      const r = runOnce(i);
      results.push(r);
      const load = r.loadCores === null ? 'n/a' : `${r.loadCores.toFixed(2)} cores`;
      console.log(
        `run ${i}/${RUNS}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(0)} s; spinners used ${load}, load average ${r.loadAverage.toFixed(1)}`,
      );
      for (const f of r.figures) console.log(`    ${f.trim()}`);
      for (const f of r.failures) console.log(`  ! ${f.trim()}`);
    }
  } finally {
    stopLoad();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\n${RUNS - failed}/${RUNS} runs passed under a load of ${LOAD} spinning process(es). Logs: ${LOG_DIR}`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
