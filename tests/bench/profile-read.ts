/**
 * `npx tsx tests/bench/profile-read.ts [posts] [--profile]`: times the VK reader and read + audit on the bench's
 * generated wall in Chromium (same page bundle and measurement as the bench), and with --profile prints the hottest
 * functions of a CDP CPU profile of repeated read + audit calls (self time, then total time by function).
 * With --queries it prints instead the native DOM calls one read makes (querySelector/All, matches, closest,
 * getElementsBy*), grouped by method and selector, each group replayed and timed against the bare walk.
 * A developer tool, not part of any suite.
 */
import type { Profiler } from 'node:inspector';
import { build } from 'esbuild';
import { startFixtureServer } from '../e2e/server';
import { BENCH_NOW, BENCH_ZONE, launchPlainChromium, serveWall } from './browser';
import type { BenchApi, ReadAuditResult } from './page-entry';

const args = process.argv.slice(2);
const posts = Number(args.find((a) => /^\d+$/.test(a)) ?? 100);
const profile = args.includes('--profile');
const queries = args.includes('--queries');
/** FOCUS=<function name>: only the samples under that function are counted. */
const focus = process.env.FOCUS;
const rounds = Number(process.env.ROUNDS ?? 5);

async function main() {
  // as the bench's page bundle, but with readable names in the profile (whitespace and syntax still minified)
  const out = await build({
    entryPoints: [new URL('./page-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: !profile,
    logLevel: 'silent',
    define: {
      'import.meta.env.DEV': 'false',
      'import.meta.env.MODE': '"production"',
      'process.env.NODE_ENV': '"production"',
    },
  });
  const reader = await build({
    stdin: {
      contents:
        "import { auditCommunity, readCommunityPage } from '../../lib/index';\n" +
        '(globalThis as Record<string, unknown>).__gpRead = { auditCommunity, readCommunityPage };',
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minifySyntax: true,
    logLevel: 'silent',
    define: {
      'import.meta.env.DEV': 'false',
      'import.meta.env.MODE': '"production"',
      'process.env.NODE_ENV': '"production"',
    },
  });
  const bundle = `${out.outputFiles[0]?.text ?? ''}\n${reader.outputFiles[0]?.text ?? ''}`;
  const server = await startFixtureServer();
  const plain = await launchPlainChromium(server);
  try {
    const wall = serveWall(server, posts);
    const page = await plain.context.newPage();
    await page.goto(wall.url, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const opts = { url: wall.url, now: BENCH_NOW.toISOString(), timeZone: BENCH_ZONE, runs: 7, minBatchMs: 40 };
    const results: ReadAuditResult[] = [];
    for (let i = 0; i < rounds; i++) {
      results.push(
        (await page.evaluate(
          (a) => (globalThis as unknown as { __gpBench: BenchApi }).__gpBench.measureReadAudit(a),
          opts,
        )) as ReadAuditResult,
      );
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    const r0 = results[0];
    console.log(`${posts} posts, ${r0?.elements} elements, layout ${r0?.layout}, ${r0?.posts} posts read`);
    for (const r of results) {
      console.log(
        `  walk ${r.walk.median.toFixed(3)} ms  read ${r.read.median.toFixed(3)} ms  read+audit ${r.readAudit.median.toFixed(3)} ms  ratio ${r.ratio.toFixed(1)}×`,
      );
    }
    console.log(
      `median of ${rounds}: walk ${med(results.map((r) => r.walk.median)).toFixed(3)} ms, read ${med(results.map((r) => r.read.median)).toFixed(3)} ms, read+audit ${med(results.map((r) => r.readAudit.median)).toFixed(3)} ms, ratio ${med(results.map((r) => r.ratio)).toFixed(1)}×`,
    );
    if (queries) {
      // tsx names the functions it compiles through a `__name` helper the page lacks
      await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
      const rows = (await page.evaluate(recordQueries, opts)) as [string, number, number][];
      const walk = rows.find((r) => r[0] === 'walk')?.[2] ?? Number.NaN;
      console.log('native calls of one read + audit (calls, ms per read, ÷ walk):');
      for (const [key, calls, ms] of rows)
        console.log(`  ${String(calls).padStart(5)}  ${ms.toFixed(4)} ms  ${(ms / walk).toFixed(3)}  ${key}`);
    }
    if (!profile) return;
    const cdp = await plain.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate((a) => (globalThis as unknown as { __gpBench: BenchApi }).__gpBench.measureReadAudit(a), {
      ...opts,
      runs: Number(process.env.PROFILE_RUNS ?? 40),
    });
    const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: Profiler.Profile };
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    const samples = prof.samples ?? [];
    const deltas = prof.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const id = samples[i] ?? 0;
      self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
    }
    const parent = new Map<number, number>();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n: Profiler.ProfileNode) =>
      `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url ? '' : ''}@${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    const selfBy = new Map<string, number>();
    const totalBy = new Map<string, number>();
    for (const [id, t] of self) {
      const n = byId.get(id);
      if (!n) continue;
      if (focus) {
        let inFocus = false;
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
          if (byId.get(cur)?.callFrame.functionName === focus) inFocus = true;
        if (!inFocus) continue;
      }
      selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + t);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const m = byId.get(cur);
        if (!m) break;
        const k = key(m);
        if (seen.has(k)) continue;
        seen.add(k);
        totalBy.set(k, (totalBy.get(k) ?? 0) + t);
      }
    }
    const all = [...self.values()].reduce((a, b) => a + b, 0);
    const top = (m: Map<string, number>, n: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, t]) => `  ${((100 * t) / all).toFixed(1).padStart(5)}%  ${k}`)
        .join('\n');
    console.log(`self time:\n${top(selfBy, 30)}\ntotal time:\n${top(totalBy, Number(process.env.TOP ?? 40))}`);
  } finally {
    await plain.close();
    await server.close();
  }
}

/** In the page: record the native DOM calls of one read + audit, then replay each group and time it. */
function recordQueries(opts: { url: string; now: string; timeZone: string }): [string, number, number][] {
  type Fn = (this: unknown, ...a: unknown[]) => unknown;
  const api = (globalThis as unknown as { __gpRead: Record<string, Fn> }).__gpRead;
  const options = { now: new Date(opts.now), timeZone: opts.timeZone };
  const run = () => {
    const page = api.readCommunityPage?.call(null, document, opts.url, options) as object;
    api.auditCommunity?.call(null, page, options);
  };
  const calls = new Map<string, [Fn, unknown, unknown][]>();
  const patched: [object, string, Fn][] = [];
  const methods = ['querySelector', 'querySelectorAll', 'matches', 'closest', 'getElementsByClassName'];
  const more = ['getElementsByTagName', 'getElementById', 'contains', 'compareDocumentPosition'];
  for (const proto of [Document.prototype, Element.prototype, DocumentFragment.prototype] as object[])
    for (const m of [...methods, ...more]) {
      const orig = (proto as Record<string, Fn>)[m];
      if (typeof orig !== 'function' || !Object.hasOwn(proto, m)) continue;
      patched.push([proto, m, orig]);
      (proto as Record<string, Fn>)[m] = function (this: unknown, arg: unknown) {
        const isDoc = (this as Node).nodeType === 9;
        const key = `${m}${isDoc ? ' (doc)' : ''} ${typeof arg === 'string' ? arg : ''}`;
        let list = calls.get(key);
        if (!list) {
          list = [];
          calls.set(key, list);
        }
        list.push([orig, this, arg]);
        return orig.call(this, arg);
      };
    }
  run();
  for (const [proto, m, orig] of patched) (proto as Record<string, Fn>)[m] = orig;
  const time = (fn: () => void) => {
    let n = 1;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) fn();
      const dt = performance.now() - t0;
      if (dt >= 30) return dt / n;
      n *= 2;
    }
  };
  let sink = 0;
  const rows: [string, number, number][] = [];
  rows.push([
    'walk',
    1,
    time(() => {
      const all = document.querySelectorAll('*');
      for (let i = 0; i < all.length; i++) sink += all[i]?.nodeType ?? 0;
    }),
  ]);
  rows.push(['read + audit', 1, time(run)]);
  for (const [key, list] of calls)
    rows.push([
      key,
      list.length,
      time(() => {
        for (const [fn, self, arg] of list) {
          const r = fn.call(self, arg) as { length?: number } | null;
          sink += typeof r === 'object' && r !== null ? (r.length ?? 1) : 1;
        }
      }),
    ]);
  if (sink === -1) console.log(sink);
  return rows.sort((a, b) => b[2] - a[2]);
}

await main();
