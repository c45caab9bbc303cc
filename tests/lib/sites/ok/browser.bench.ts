/**
 * `npm run bench:ok`: the OK reader and its feed continuation in the real browser, on https://ok.ru/group/… served
 * locally (system Chromium via playwright-core, loopback HTTPS, every other host aborted; nothing reaches ok.ru).
 *
 * 1. Loads tests/fixtures/ok/desktop-group as https://ok.ru/group/70000001234567, injects the bundled reader and checks
 *    that Chromium's DOM gives exactly the fixture's expected.json.
 * 2. Times `readOkPage` (median of many runs) on that page and on the same page grown to 100 posts.
 * 3. Runs `collectOkPosts` in the page with the browser's own fetch and DOMParser: the POST
 *    `?cmd=AltGroupMainFeedsNewRB` chain is answered from tests/fixtures/ok/feed-continuation, and the server sees
 *    the marker chain, the `tkn` header and the pacing.
 * Not part of the unit suite (it needs Chromium); exits non-zero when a check fails.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../../../e2e/server';

const ROOT = resolve(import.meta.dirname, '../../../..');
const FIX = resolve(ROOT, 'tests/fixtures/ok');
const GROUP = '70000001234567';
const PAGE_URL = `https://ok.ru/group/${GROUP}`;
const read = (path: string) => readFileSync(resolve(FIX, path), 'utf8');
const ANSWERS: Record<string, string> = {
  AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAxMDI: 'feed-continuation/page-2.html',
  AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDk1: 'feed-continuation/page-3.html',
  AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDkx: 'feed-continuation/page-4.html',
};

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
  });

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { readOkPage } from './lib/sites/ok/read';
import { collectOkPosts } from './lib/sites/ok/collect';
(window as unknown as Record<string, unknown>).__ok = { readOkPage, collectOkPosts };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** JSON with object keys sorted, so key order never matters. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

let failures = 0;
function check(ok: boolean, what: string) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

async function main() {
  const script = await bundle();
  const server = await startFixtureServer();
  server.route('ok.ru', `/group/${GROUP}`, async (req, url) => {
    if (req.method !== 'POST') return { body: read('desktop-group/source.html') };
    if (url.searchParams.get('cmd') !== 'AltGroupMainFeedsNewRB') return { status: 400, body: 'bad request' };
    const marker = new URLSearchParams(await bodyOf(req)).get('st.markerB') ?? '';
    const file = ANSWERS[marker];
    return file ? { body: read(file) } : { status: 404, body: read('feed-continuation/error.html') };
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--host-resolver-rules=MAP ok.ru 127.0.0.1:${server.port}`, '--ignore-certificate-errors', '--no-sandbox'],
  });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === 'ok.ru' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: script });
    // tsx keeps function names with a `__name` helper inside the evaluated callbacks: give the page a no-op one
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    const options = JSON.parse(read('desktop-group/options.json')) as { now: string; timeZone: string };
    const expected = JSON.parse(read('desktop-group/expected.json')) as unknown;

    const result = await page.evaluate(
      ({ url, now, timeZone }) => {
        type Api = {
          readOkPage: (d: Document, u: URL, o: { now: Date; timeZone: string }) => { posts: unknown[] } | null;
        };
        const api = (window as unknown as { __ok: Api }).__ok;
        const opts = { now: new Date(now), timeZone };
        const page = api.readOkPage(document, new URL(url), opts);
        const time = (doc: Document, runs: number) => {
          for (let i = 0; i < 20; i++) api.readOkPage(doc, new URL(url), opts);
          const ms: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            api.readOkPage(doc, new URL(url), opts);
            ms.push(performance.now() - t);
          }
          ms.sort((a, b) => a - b);
          return ms[Math.floor(ms.length / 2)] ?? Number.NaN;
        };
        const ms10 = time(document, 200);
        const walk = (doc: Document) => {
          const ms: number[] = [];
          for (let i = 0; i < 50; i++) {
            const t = performance.now();
            let n = 0;
            for (const el of Array.from(doc.querySelectorAll('*'))) n += el.attributes.length;
            ms.push(performance.now() - t + n * 0);
          }
          ms.sort((a, b) => a - b);
          return ms[25] ?? Number.NaN;
        };
        // the same page grown to 100 posts (clones with their own topic ids)
        const big = document.cloneNode(true) as Document;
        const list = big.querySelector('.feed-list');
        const items = Array.from(big.querySelectorAll('.feed-w')).slice(1);
        for (let i = 0; list && list.querySelectorAll('.feed-w').length < 100; i++) {
          const item = items[i % items.length]?.cloneNode(true) as Element | undefined;
          if (!item) break;
          const feed = item.querySelector('[data-l*="topicId,"]');
          feed?.setAttribute('data-l', `t,feed,topicId,${156000000000000 + i},groupId,${url.split('/').pop()}`);
          list.append(item);
        }
        const bigPage = api.readOkPage(big, new URL(url), opts);
        const ms100 = time(big, 100);
        return { page, ms10, ms100, walk10: walk(document), walk100: walk(big), posts100: bigPage?.posts.length ?? 0 };
      },
      { url: PAGE_URL, now: options.now, timeZone: options.timeZone },
    );
    const same = JSON.stringify(sortKeys(result.page)) === JSON.stringify(sortKeys(expected));
    check(same, 'Chromium DOM gives desktop-group/expected.json');
    if (!same) console.log(JSON.stringify(result.page, null, 1));
    check(result.posts100 === 100, `grown page reads 100 posts (${result.posts100})`);
    const ratio = (a: number, b: number) => (a / b).toFixed(1);
    console.log(
      `readOkPage, 10-post page:  ${result.ms10.toFixed(2)} ms (median; ${ratio(result.ms10, result.walk10)}× a bare querySelectorAll('*') walk)`,
    );
    console.log(
      `readOkPage, 100-post page: ${result.ms100.toFixed(2)} ms (median; ${ratio(result.ms100, result.walk100)}× a bare walk)`,
    );

    const before = server.requests.length;
    const collected = await page.evaluate(
      async ({ url, now, timeZone }) => {
        type Api = {
          readOkPage: (d: Document, u: URL, o: { now: Date; timeZone: string }) => unknown;
          collectOkPosts: (
            d: Document,
            p: unknown,
            o: { now: Date; timeZone: string; delayMs: number },
          ) => Promise<{ posts: unknown[]; partial: string | null; postsSince: string | null }>;
        };
        const api = (window as unknown as { __ok: Api }).__ok;
        const opts = { now: new Date(now), timeZone };
        const first = api.readOkPage(document, new URL(url), opts);
        const t = performance.now();
        const out = await api.collectOkPosts(document, first, { ...opts, delayMs: 300 });
        return { posts: out.posts.length, partial: out.partial, postsSince: out.postsSince, ms: performance.now() - t };
      },
      { url: PAGE_URL, now: options.now, timeZone: options.timeZone },
    );
    const posts = server.requests.slice(before).filter((r) => r.method === 'POST');
    check(posts.length === 2, `two continuation requests (${posts.length}), page-4 never asked`);
    check(
      posts.every((r) => r.headers.tkn === 'h7Zr1kqEXAMPLEtKn2wQ'),
      'every request carries the page tkn',
    );
    check(collected.posts === 19 && collected.partial === null, `19 posts, not partial (${JSON.stringify(collected)})`);
    check(collected.postsSince === '2026-09-25T09:00:00.000Z', 'postsSince = oldest non-pinned post read');
    check(collected.ms >= 300, `paced: ${collected.ms.toFixed(0)} ms for 2 requests ≥ 300 ms apart`);
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures > 0) process.exit(1);
}

await main();
