/**
 * The batch runner's own cost: `measureBatchInBrowser()` runs the real runner (lib/batch/runner.ts) in Chromium over
 * N generated VK community pages — real DOMParser, real VK reader, real engine (two audits per group) — through the
 * bench harness (tests/bench/browser.ts → page-entry.ts `measureBatch`), with the pacing on a virtual clock (sleep
 * advances it at once) and the records dropped, so what is left of each group's wall time is the runner's overhead
 * beyond pacing, and the heap (after GC, every 50 groups) shows what the runner keeps: no page HTML or Document.
 *
 *   npx tsx tests/bench/batch.bench.ts [groups=300]
 *
 * Not measured here: the IndexedDB transaction per group (the extension page's real IndexedDB); in Node, jsdom itself
 * retains every parsed document (about 5 MB per 90 kB page, runner or not), so Node heap figures would measure jsdom.
 */
export async function measureBatchInBrowser(groups = 300) {
  const { startFixtureServer } = await import('../e2e/server');
  const { launchPlainChromium, benchBatch } = await import('./browser');
  const { buildPageBundle } = await import('./page-bundle');
  const server = await startFixtureServer();
  const plain = await launchPlainChromium(server);
  try {
    return await benchBatch(plain.context, server, await buildPageBundle(), groups);
  } finally {
    await plain.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const groups = Number(process.argv[2] ?? 300);
  const r = await measureBatchInBrowser(groups);
  const mb = (h: number | null) => (h === null ? '?' : (h / 1024 / 1024).toFixed(1));
  console.log(
    `batch (Chromium): ${r.done}/${r.groups} groups, overhead beyond ${r.pacingMs} ms pacing: median ` +
      `${r.overheadMedian.toFixed(2)} ms, mean ${r.overheadMean.toFixed(2)} ms; ` +
      `heap MB every ${r.sampleEvery} groups: ${r.heap.map(mb).join(' → ')}`,
  );
}
