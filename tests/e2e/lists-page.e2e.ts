/**
 * The «Списки групп» page on a 1 366 × 768 laptop, in a real browser: a finished list of 30 groups (the demo list,
 * scripts/demo/list.ts, audited end to end by the real readers and engine) fits without sideways scrolling, the
 * results are on the first screen, a row's detail opens inside the window, and the month switch, «нужно ещё» and
 * «только проблемные» answer the list's questions.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { evaluationWeekOf, monthOf, previousMonthEnd } from '../../lib/calendar';
import { formatMonth } from '../../lib/i18n/index';
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

  it('copies one group’s message to its admin, and all of them', async () => {
    // The real clipboard write runs (the page says «Скопировано» only when it resolved); a recorder beside it keeps
    // what was written, since the browser grants no clipboard reading to an extension page without a permission.
    await page.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      clipboard.writeText = async (text: string) => {
        await write(text);
        w.__copied.push(text);
      };
    });
    const copied = () => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    // «МБОУ «Средняя школа № 5»» published 1 post of 3 in the running week and lost the month that ended.
    const row = page.getByTestId('result-row').filter({ hasText: 'Средняя школа № 5' });
    await row.locator('td.name button').click();
    const detail = page.getByTestId('group-detail');
    const text = (await detail.getByTestId('message-text').textContent()) ?? '';
    expect(text).toContain('«МБОУ «Средняя школа № 5»» (https://vk.com/club');
    expect(text).toMatch(/^1\. /m);
    expect(text).toContain('Срок: ');
    await detail.getByTestId('copy-message').click();
    await detail.getByText('Скопировано').waitFor();
    expect(await copied()).toEqual([text]);
    await page.keyboard.press('Escape');
    await page.locator('[data-export="messages"]').click();
    await expect.poll(async () => (await copied()).length).toBe(2);
    const all = (await copied())[1] ?? '';
    expect(all.split('————————————').length).toBeGreaterThan(5);
    expect(all).toContain('Средняя школа № 5');
    expect(all).toContain('Детский сад № 15');
    expect(all).not.toContain('undefined');
  });

  it('answers who needs posts before the running week closes, sorted most first', async () => {
    if (evaluationWeekOf(new Date(), 'Europe/Moscow') === null) return; // days 29–31: no week is running
    await page.getByTestId('sort-needed').click();
    const cells = await page.getByTestId('result-row').evaluateAll((rows) =>
      rows.map((r) => ({
        needed: r.querySelector('td.needed')?.textContent ?? '',
        running: r.querySelector('td.wk[data-state="running"]')?.textContent ?? null,
      })),
    );
    // «N поста(ов)» equals the norm minus the running week's posts; the most first, met and unknown after.
    const numbers = cells.map((c) => (/^\d+/.test(c.needed) ? Number.parseInt(c.needed, 10) : null));
    for (const [i, c] of cells.entries()) {
      const n = numbers[i];
      if (n === null || n === undefined || c.running === null) continue;
      const [posts, norm] = c.running.replace(/^\D+/, '').split('/').map(Number);
      expect(n).toBe((norm ?? 0) - (posts ?? 0));
    }
    const known = numbers.filter((n): n is number => n !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(numbers.indexOf(null) === -1 || numbers.slice(numbers.indexOf(null)).every((n) => n === null)).toBe(true);
  });

  it('keeps a group that lost the month that ended in «только проблемные», and shows that month on the switch', async () => {
    await page.getByTestId('only-problems').check();
    const museum = page.getByTestId('result-row').filter({ hasText: 'Районный краеведческий музей' });
    expect(await museum.count()).toBe(1);
    expect(await page.getByTestId('result-row').count()).toBeLessThan(DEMO_GROUPS.length);
    await page.getByTestId('only-problems').uncheck();
    await page.getByTestId('month-previous').click();
    const ended = monthOf(previousMonthEnd(new Date(), 'Europe/Moscow'), 'Europe/Moscow');
    expect(await page.getByTestId('set-indicators').locator('h3').textContent()).toContain(
      formatMonth(ended.year, ended.month, 'ru'),
    );
    // Its week 4 of the ended month: 2 of 3, not met.
    const week4 = museum.locator('td.wk[data-week="4"]');
    expect(await week4.getAttribute('data-state')).toBe('fail');
    expect(await week4.textContent()).toContain('2/3');
    expect(await week4.getAttribute('title')).toContain('2 поста из 3 — не выполнена');
    await page.getByTestId('month-current').click();
  });

  it('follows the list for reminders', async () => {
    await page.getByTestId('track-list').locator('input').check();
    await expect
      .poll(() => ext.worker.evaluate(async () => (await chrome.storage.local.get('tracked')).tracked))
      .toMatchObject({ lists: [{ name: 'Подведомственные учреждения' }] });
  });
});
