/**
 * The readers' query helper answers as Chromium's own querySelector/querySelectorAll, planned and plain, on every
 * golden page of every site, for every selector of every site, from the document, its body and post blocks
 * (tests/e2e/query-entry.ts runs in the page). The unit test (tests/lib/sites/core/query.test.ts) does the same in
 * jsdom, whose own answers need normalising; this one takes the browser's answers as they are.
 */
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadFixtures } from '../lib/sites/fixtures';
import { chromePath } from './harness';

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./query-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output');
  return out.text;
}

describe.skipIf(inject('skipE2E'))('query helper vs Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromePath() ?? undefined,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage();
    // nothing leaves the machine: the pages are parsed with DOMParser, no request is needed at all
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><title>query</title>');
    await page.addScriptTag({ content: await bundle() });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(loadFixtures().map((f) => [`${f.site}/${f.slug}`, f.html] as const))('%s', async (_, html) => {
    const mismatches = await page.evaluate(
      (source) => (globalThis as unknown as { __queryDiff: (h: string) => string[] }).__queryDiff(source),
      html,
    );
    expect(mismatches).toEqual([]);
  });
});
