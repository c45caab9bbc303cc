/**
 * `npx tsx tests/bench/profile-read.ts [posts] [--profile]`: times the VK reader and read + audit on the bench's
 * generated wall in Chromium (same page bundle and measurement as the bench), and with --profile prints the hottest
 * functions of a CDP CPU profile of repeated read + audit calls (self time, then total time by function).
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
  const bundle = out.outputFiles[0]?.text ?? '';
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
    if (!profile) return;
    const cdp = await plain.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(
      (a) => (globalThis as unknown as { __gpBench: BenchApi }).__gpBench.measureReadAudit({ ...a, runs: 40 }),
      opts,
    );
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
    console.log(`self time:\n${top(selfBy, 30)}\ntotal time:\n${top(totalBy, 40)}`);
  } finally {
    await plain.close();
    await server.close();
  }
}

await main();
