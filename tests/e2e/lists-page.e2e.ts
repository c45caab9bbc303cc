/**
 * The «Списки групп» page on a 1 366 × 768 laptop, in a real browser: a finished list of 30 groups (the demo list,
 * scripts/demo/list.ts, audited end to end by the real readers and engine) fits without sideways scrolling, the
 * results are on the first screen, a row's detail opens inside the window, and the month switch, «нужно ещё» and
 * «только проблемные» answer the list's questions.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_GROUPS, runDemoList, serveDemoList } from '../../scripts/demo/list';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const LAPTOP = { width: 1366, height: 768 };

/** Horizontal overflow of the page and of every element that scrolls sideways, in px (0 = none). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const inner: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden') {
        if (el.clientWidth > 0 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) {
          inner.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
        }
      }
    }
    return { page: Math.max(0, doc.scrollWidth - doc.clientWidth), inner };
  });
}

describe.skipIf(inject('skipE2E'))('the lists page at 1 366 × 768', () => {
  let server: FixtureServer;
  let ext: Extension;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    const urls = serveDemoList(server, new Date());
    ext = await launchExtension({ server });
    page = await ext.openExtensionPage('batch.html?pacingMs=50');
    await page.setViewportSize(LAPTOP);
    await runDemoList(page, urls);
  }, 240_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows a finished list of 30 groups without sideways scrolling, the results on the first screen', async () => {
    await page.screenshot({ path: 'test-results/lists-page-1366.png' });
    expect(await page.getByTestId('result-row').count()).toBe(DEMO_GROUPS.length);
    expect(await page.getByTestId('progress-text').textContent()).toBe(`Проверено 30 из 30`);
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toEqual({ page: 0, inner: [] });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(LAPTOP.width);
    // The paste form folded away: the table starts on the first screen.
    expect(await page.getByTestId('add-groups').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const table = await page.getByTestId('results-table').boundingBox();
    expect(table?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(LAPTOP.height - 100);
  });

  it('opens a row’s detail inside the window, wherever the row is', async () => {
    const last = page.getByTestId('result-row').last();
    await last.scrollIntoViewIfNeeded();
    await last.locator('td.name button').click();
    const detail = page.getByTestId('group-detail');
    await detail.waitFor();
    const box = await detail.boundingBox();
    expect(box).not.toBeNull();
    if (box === null) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(LAPTOP.width);
    expect(box.y).toBeLessThan(LAPTOP.height);
    // Its heading is in view and focused.
    const heading = detail.locator('h3').first();
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect((await sidewaysOverflow(page)).page).toBe(0);
    await page.screenshot({ path: 'test-results/lists-page-detail-1366.png' });
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
  });
});
