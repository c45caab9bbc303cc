/**
 * Performance budgets: one list shared by `npm run bench` (reports against them) and the tests (fail CI on them).
 * Sizes are gzip bytes of everything an entry point loads up front (its HTML, scripts, styles and the chunks they
 * import statically); sizes are deterministic, so the tests check them with no margin. Timings are noisy: the tests
 * allow TIMING_MARGIN × the target, take the best of several tries (bestOf) and the bench reports the real figure.
 * The decisions behind the budgets (the popup's, read + audit): docs/performance.md.
 */

export interface SizeBudget {
  /**
   * Entry id as bundleSizes() names it ('popup.html', 'background', 'page-bridge.js'), or a prefix ending in '/'
   * for every entry under it ('content-scripts/': each content script).
   */
  entry: string;
  /** Budget in gzip bytes: what CI enforces and the bench judges against. */
  gzip: number;
  /**
   * A smaller target given up on purpose (docs/performance.md says why): the bench names it as retired next to the
   * budget, so the table neither hides it nor reports the entry as over it.
   */
  retired?: number;
  why: string;
}

const kB = 1024;

export const SIZE_BUDGETS: readonly SizeBudget[] = [
  // At the start of 2026-11-26: vk 30.0 kB, ok 26.9 kB, popup 46.5 kB, background 53.2 kB (gzip -9).
  // Content scripts: the shells (listeners, zod request schemas, URL detector); measured 2026-11-26 vk 11.7, ok 11.4 kB
  { entry: 'content-scripts/', gzip: 20 * kB, why: 'each content script runs on every VK/OK page the user opens' },
  // Their lazy reader modules, imported only on (maybe-)community pages and for snapshots: the site's reader and
  // collector, the VK page-bridge client (zod), the sanitiser; measured 2026-11-26 vk 25.0, ok 21.7 kB
  { entry: 'vk-reader.js', gzip: 30 * kB, why: 'VK reader module, loaded by the content script on community pages' },
  { entry: 'ok-reader.js', gzip: 30 * kB, why: 'OK reader module, loaded by the content script on group pages' },
  // popup 42.9 kB gz (2026-11-26): zod on every message and stored record, preact, webextension-polyfill, the engine
  // and the first view's texts. Decided (docs/performance.md): zod and the polyfill stay, the 30 kB target is retired
  // and this regression gate is the popup's size budget; what the user feels is held by popupRender below.
  {
    entry: 'popup.html',
    // 2026-12-07: 46 kB (was 44): the first screen answers the official's questions (issue 17: the verdict of the
    // month in view, this week's deadline, the top problems with their advice, the month switch, the lists panel's
    // wiring) and the 2025 registration texts; measured 46 344 B. Everything below the fold is a lazy chunk.
    gzip: 46 * kB,
    retired: 30 * kB,
    why: 'opened on every click; regression gate (its speed budget is the first complete render, popupRender)',
  },
  // background 2026-11-26: 29.6 kB gz Chrome, 29.7 kB Firefox (was 53.1): no readers in the Chrome worker, no
  // storage library for reading the settings, and no dynamic import left in its single-file bundle.
  // 2026-12-07: 32 kB (was 30): rule set v2 (schema, migration from v1, presets) and the 2025 registration texts are
  // read by the reminders in the worker; measured 30.0 kB Chrome, 30.2 kB Firefox. The worker is woken by alarms and
  // one message, never on the path of a click; the budget keeps holding regressions (docs/performance.md).
  { entry: 'background', gzip: 32 * kB, why: 'service worker woken by alarms and messages' },
  // 2026-12-07: 44 kB (was 40): rule set v2's fields, the reminders' section and the VK API key; measured 42.9 kB.
  // Opened from the popup or the browser's extension menu, never on the path of a click.
  { entry: 'options.html', gzip: 44 * kB, why: 'settings page' },
  { entry: 'welcome.html', gzip: 20 * kB, why: 'first-run page, opened once on install' },
  // 2026-12-07: 128 kB (was 120): institutions across platforms with hand-entered MAX figures and the VK API mode's
  // wiring (its client loads only with a saved key); measured 122.6 kB (docs/performance.md).
  { entry: 'batch.html', gzip: 128 * kB, why: 'group lists: CSV/XLSX import, table, batch audit' },
  { entry: 'report.html', gzip: 120 * kB, why: 'reports: XLSX writer, CSV, printable page' },
  { entry: 'page-bridge.js', gzip: 4 * kB, why: 'injected into the page main world' },
  { entry: 'offscreen.html', gzip: 40 * kB, why: 'parses pages for background re-reads (Chrome)' },
  // 2026-12-07: 36 kB (was 30): both readers with their selectors as data (issue 15: each selector carries its
  // generation, evidence and date) and the MAX-link and day-only date code; measured 33.3 kB. Loaded only by the
  // Firefox background's re-reads for reminders, never on the path of a click.
  { entry: 'firefox-reader.js', gzip: 36 * kB, why: 'Firefox background re-reads: the readers, loaded on first use' },
];

/** Entries that are not listed above (a page added later) get this budget until someone lists them. */
export const DEFAULT_SIZE_BUDGET = 60 * kB;

/** The budget applies to `entry` (by name, or as a folder prefix). */
export function budgetCovers(budget: SizeBudget, entry: string): boolean {
  return budget.entry === entry || (budget.entry.endsWith('/') && entry.startsWith(budget.entry));
}

/** The budget of an entry (by name, else by folder prefix, else the default); `listed` is false for the default. */
export function sizeBudgetOf(entry: string): { gzip: number; retired?: number; listed: boolean } {
  const found = SIZE_BUDGETS.find((b) => b.entry === entry) ?? SIZE_BUDGETS.find((b) => budgetCovers(b, entry));
  if (!found) return { gzip: DEFAULT_SIZE_BUDGET, listed: false };
  return { gzip: found.gzip, ...(found.retired === undefined ? {} : { retired: found.retired }), listed: true };
}

export interface TimingTarget {
  id: string;
  /** Human label for the table. */
  label: string;
  target: number;
  unit: 'ratio' | 'ms' | 'exponent' | 'MB';
  /**
   * Where a figure over the target is accepted for now (docs/performance.md says why): the bench marks figures up
   * to this as ACCEPTED rather than OVER. CI still gates at TIMING_MARGIN × the target, like every timing.
   */
  accepted?: number;
}

export const TIMING_TARGETS = {
  // Target 3×; 3.5–4× accepted for now (docs/performance.md), not to be bought with behaviour or with a kinder
  // measure. Measured 3.7–4.0× on the 100-post page, 3.6–3.9× at 500 posts (10 posts 8.9–9.7×: fixed costs on 618
  // elements), was 9.9–12.8×; 2026-11-26, `npm run bench -- --quick --no-build` ×5, 2-core AMD EPYC, Chromium 156.
  // Most of what is left is work the reader's contract needs: the skeleton test `[class*="PostSkeleton__root"]` (a
  // substring match on every element's class, ≈0.5 walk) and JSON.parse of each post's data-exec (≈0.6–1 walk).
  readAuditRatio: {
    id: 'readAuditRatio',
    label: 'read + audit ÷ querySelectorAll walk',
    target: 3,
    accepted: 4,
    unit: 'ratio',
  },
  readerGrowth: { id: 'readerGrowth', label: 'reader growth exponent 10→500 posts', target: 1.15, unit: 'exponent' },
  // The popup's budget: what the user feels is the time to the first complete render (≈110 ms on 2026-11-26), which
  // the bench measures. CI gates the CPU time the popup's main thread spends until then (a busy machine stretches
  // the wall-clock time by seconds of waiting for a CPU): 70–200 ms at a load average of 20 on the 2-core machine.
  popupRender: { id: 'popupRender', label: 'popup first complete render', target: 150, unit: 'ms' },
  batchOverhead: { id: 'batchOverhead', label: 'batch overhead per group beyond pacing', target: 50, unit: 'ms' },
  batchMemory: { id: 'batchMemory', label: 'heap growth over 300 groups', target: 20, unit: 'MB' },
  export300: { id: 'export300', label: 'export of 300 groups', target: 2000, unit: 'ms' },
  listFreeze: { id: 'listFreeze', label: 'longest freeze of a 1000-group list', target: 100, unit: 'ms' },
} as const satisfies Record<string, TimingTarget>;

/**
 * The tests fail only beyond this multiple of a timing target: timings are reported, not asserted tightly. No timing
 * has a tighter gate (CI runs on shared two-core machines; a test that a busy machine turns red is a bug).
 */
export const TIMING_MARGIN = 3;

/** What CI enforces for a timing: TIMING_MARGIN × its target. */
export function timingGate(t: TimingTarget): number {
  return t.target * TIMING_MARGIN;
}

/** How many times a timing test measures before it fails. */
export const TIMING_TRIES = 3;

/**
 * Runs `measure` until its figure is within `limit`, at most `tries` times, and returns every figure and the best
 * (lowest). Other work on the machine only ever adds time, so the best try is the one least disturbed by it, while
 * code that is really too slow is too slow in every try.
 */
export async function bestOf<T>(
  tries: number,
  measure: () => Promise<T>,
  figure: (result: T) => number,
  limit: number,
): Promise<{ best: number; figures: number[]; result: T }> {
  const figures: number[] = [];
  let best: { figure: number; result: T } | null = null;
  for (let i = 0; i < tries; i++) {
    const result = await measure();
    const f = figure(result);
    figures.push(f);
    // a try without a figure (NaN) never beats one with a figure
    if (!best || f < best.figure || (Number.isNaN(best.figure) && !Number.isNaN(f))) best = { figure: f, result };
    if (f <= limit) break;
  }
  if (!best) throw new Error('bestOf: no try');
  return { best: best.figure, figures, result: best.result };
}
