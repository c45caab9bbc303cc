/**
 * The benchmark's browser side: the system Chromium (the same one the real-browser tests drive), generated VK pages
 * served under their real host names by the fixture server, and the in-page bundle (page-bundle.ts) injected into
 * them. Every request to any other host is aborted, as in the tests.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { SITE_HOSTS } from '../../lib/ext/hosts';
import { chromePath, type Extension, SLOW_MACHINE_TIMEOUT } from '../e2e/harness';
import type { FixtureServer } from '../e2e/server';
import { generateVkWall } from './generate-wall';
import type { BatchResult, BenchApi, ExportResult, PairedRatioResult, ReadAuditResult } from './page-entry';
import { mainThreadCpu, TRACE_CATEGORIES, type TraceEvent } from './trace';

export const BENCH_NOW = new Date('2026-03-15T09:00:00Z');
export const BENCH_ZONE = 'Europe/Moscow';
/** The performance.mark() the popup sets at its first complete render (entrypoints/popup/main.tsx). */
export const POPUP_RENDERED_MARK = 'gp-popup-rendered';

export interface PlainBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium without the extension, with precise heap figures and gc() for the memory measurement. */
export async function launchPlainChromium(server: FixtureServer): Promise<PlainBrowser> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const rules = SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'ru-RU', timezoneId: BENCH_ZONE });
  // A busy machine can take far longer than Playwright's default 30 s to load a 500-post page
  context.setDefaultTimeout(SLOW_MACHINE_TIMEOUT);
  await context.route('**/*', (route) =>
    SITE_HOSTS.includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
  );
  return { browser, context, close: () => browser.close() };
}

/** Serves a generated wall of `posts` posts at https://vk.com/club<gid>; returns its URL and size. */
export function serveWall(server: FixtureServer, posts: number, gid = 201_500_000 + posts) {
  const wall = generateVkWall({ posts, now: BENCH_NOW, gid });
  server.route('vk.com', `/club${gid}`, { body: wall.html });
  return { ...wall, gid };
}

async function openWithBench(context: BrowserContext, url: string, bundle: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: bundle });
  return page;
}

const call = <T>(page: Page, fn: keyof BenchApi, arg: unknown): Promise<T> =>
  page.evaluate(
    ([name, a]) =>
      (globalThis as unknown as { __gpBench: Record<string, (x: unknown) => unknown> }).__gpBench[name]?.(a),
    [fn, arg] as const,
  ) as Promise<T>;

export async function benchReadAudit(
  context: BrowserContext,
  server: FixtureServer,
  bundle: string,
  posts: number,
  runs = 7,
): Promise<ReadAuditResult & { htmlBytes: number }> {
  const wall = serveWall(server, posts);
  const page = await openWithBench(context, wall.url, bundle);
  try {
    const result = await call<ReadAuditResult>(page, 'measureReadAudit', {
      url: wall.url,
      now: BENCH_NOW.toISOString(),
      timeZone: BENCH_ZONE,
      runs,
      minBatchMs: 40,
    });
    return { ...result, htmlBytes: Buffer.byteLength(wall.html) };
  } finally {
    await page.close();
  }
}

/** read + audit ÷ walk on a `posts`-post page, measured to hold on a busy machine (page-entry.ts). */
export async function benchReadAuditPaired(
  context: BrowserContext,
  server: FixtureServer,
  bundle: string,
  posts: number,
  pairs = 200,
): Promise<PairedRatioResult> {
  const wall = serveWall(server, posts);
  const page = await openWithBench(context, wall.url, bundle);
  try {
    return await call<PairedRatioResult>(page, 'measureReadAuditPaired', {
      url: wall.url,
      now: BENCH_NOW.toISOString(),
      timeZone: BENCH_ZONE,
      pairs,
      warmupMs: 300,
    });
  } finally {
    await page.close();
  }
}

export async function benchBatch(
  context: BrowserContext,
  server: FixtureServer,
  bundle: string,
  groups: number,
  postsPerPage = 20,
): Promise<BatchResult> {
  const gid = 300_000_000;
  const wall = generateVkWall({ posts: postsPerPage, now: BENCH_NOW, gid });
  server.route('vk.com', '/bench-batch', { body: '<!doctype html><title>batch</title>' });
  const page = await openWithBench(context, 'https://vk.com/bench-batch', bundle);
  try {
    return await call<BatchResult>(page, 'measureBatch', {
      html: wall.html,
      gid,
      groups,
      pacingMs: 1000,
      now: BENCH_NOW.toISOString(),
      timeZone: BENCH_ZONE,
      sampleEvery: 50,
    });
  } finally {
    await page.close();
  }
}

export async function benchExport(
  context: BrowserContext,
  server: FixtureServer,
  bundle: string,
  groups: number,
  runs = 5,
): Promise<ExportResult> {
  const wall = serveWall(server, 30, 400_000_000);
  const page = await openWithBench(context, wall.url, bundle);
  try {
    return await call<ExportResult>(page, 'measureExport', {
      url: wall.url,
      now: BENCH_NOW.toISOString(),
      timeZone: BENCH_ZONE,
      groups,
      runs,
    });
  } finally {
    await page.close();
  }
}

export interface PopupOpening {
  /** The popup's own figure, `data-render-ms` on its root: ms from opening to the first complete render. */
  renderMs: number;
  /** CPU time of the popup's main thread in that span (from a Chromium trace), ms; null when not traced. */
  mainThreadCpuMs: number | null;
}

/**
 * Opens the popup on the tab at `url` `runs` times and reads its `data-render-ms`; with `trace`, also the CPU time
 * its main thread used until then (tests/bench/trace.ts). Null when the popup does not expose the figure.
 */
export async function benchPopupRender(
  ext: Extension,
  url: string,
  runs = 5,
  options: { trace?: boolean } = {},
): Promise<PopupOpening[] | null> {
  const tab = await ext.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  // Tracing is browser-wide: a session on the tab records the popup's process as well
  const cdp = options.trace ? await ext.context.newCDPSession(tab) : null;
  const openings: PopupOpening[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const events: TraceEvent[] = [];
      const collect = (e: { value: object[] }) => {
        events.push(...(e.value as TraceEvent[]));
      };
      if (cdp) {
        cdp.on('Tracing.dataCollected', collect);
        await cdp.send('Tracing.start', {
          traceConfig: { includedCategories: TRACE_CATEGORIES },
          transferMode: 'ReportEvents',
        });
      }
      const popup = await ext.openPopupFor(tab);
      try {
        const root = popup.locator('[data-render-ms]').first();
        await root.waitFor({ state: 'attached' });
        // the attribute may be set before the final render: wait until it holds a number
        await popup.waitForFunction(() =>
          Number.isFinite(Number(document.querySelector('[data-render-ms]')?.getAttribute('data-render-ms'))),
        );
        const renderMs = Number(await root.getAttribute('data-render-ms'));
        let mainThreadCpuMs: number | null = null;
        if (cdp) {
          const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
          await cdp.send('Tracing.end');
          await complete;
          mainThreadCpuMs = mainThreadCpu(events, POPUP_RENDERED_MARK, renderMs);
        }
        openings.push({ renderMs, mainThreadCpuMs });
      } catch {
        if (openings.length === 0) return null;
      } finally {
        cdp?.off('Tracing.dataCollected', collect);
        await popup.close();
      }
    }
  } finally {
    await cdp?.detach();
    await tab.close();
  }
  return openings;
}

export interface ListResult {
  groups: number;
  /** Result rows in the DOM after the import (fewer than `groups` when the table is virtualised). */
  rowsRendered: number;
  /** Wall time from clicking «Добавить ссылки» to the table showing, ms. */
  addMs: number;
  /** Longest main-thread task (PerformanceObserver 'longtask', ≥ 50 ms) per step, ms; 0 = none. */
  longest: Record<'add' | 'sort' | 'filter' | 'scroll', number>;
}

/** The group-list page with `groups` pasted links: how long the main thread freezes while it imports, sorts, filters. */
export async function benchList(ext: Extension, groups: number): Promise<ListResult | null> {
  const page = await ext.openExtensionPage('batch.html');
  try {
    const paste = page.getByTestId('paste-links');
    await paste.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __longtasks: number[] };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const takeLongest = () =>
      page.evaluate(() => {
        const w = window as unknown as { __longtasks: number[] };
        const max = Math.max(0, ...w.__longtasks);
        w.__longtasks = [];
        return max;
      });
    await takeLongest();
    const links = Array.from({ length: groups }, (_, i) => `https://vk.com/club${310_000_000 + i}`).join('\n');
    await paste.fill(links);
    const t0 = Date.now();
    await page.locator('section.add-groups button').first().click();
    await page
      .getByTestId('result-row')
      .nth(Math.min(groups, 20) - 1)
      .waitFor();
    const addMs = Date.now() - t0;
    await page.waitForTimeout(500);
    const rowsRendered = await page.getByTestId('result-row').count();
    const add = await takeLongest();
    await page.locator('[data-testid="results-table"] thead button').first().click();
    await page.waitForTimeout(500);
    const sort = await takeLongest();
    await page.locator('section.results input[type="search"]').fill('31000099');
    await page.waitForTimeout(500);
    await page.locator('section.results input[type="search"]').fill('');
    await page.waitForTimeout(500);
    const filter = await takeLongest();
    await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap') ?? document.scrollingElement;
      wrap?.scrollTo({ top: 1e7 });
      window.scrollTo({ top: 1e7 });
    });
    await page.waitForTimeout(500);
    const scroll = await takeLongest();
    return { groups, rowsRendered, addMs, longest: { add, sort, filter, scroll } };
  } catch {
    return null;
  } finally {
    await page.close();
  }
}
