/**
 * The popup's first screen in a real browser at 420 × 600 (issue 17): the month the screens show first and the
 * switch, the verdict (score, honest range with «предварительно», #Н/Д), this week's deadline line and what to fix
 * above the fold; a tab on another site; the badge's tooltip in words; no codes or English on screen. The pages are
 * the demo's cases (scripts/demo/cases.ts), each seen at its fixed instant.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { evaluationWeekOf } from '../../lib/calendar';
import { TONE_COLOUR } from '../../lib/i18n/vocabulary';
import { POPUP_CASES } from '../../scripts/demo/cases';
import { POPUP_SIZE } from '../../scripts/demo/shots';
import { rawOrEnglish } from '../vocabulary/scan';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const SHOTS = new URL('../../test-results/', import.meta.url).pathname;

describe.skipIf(inject('skipE2E'))('the popup’s first screen', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const c of POPUP_CASES) {
      const url = new URL(c.url);
      server.route(url.hostname, url.pathname, { body: c.html });
    }
    ext = await launchExtension({ server });
    // The first-run time-zone question is answered once (its compact line is checked below).
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), timeZoneConfirmed: true } });
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openCase(slug: string) {
    const c = POPUP_CASES.find((x) => x.slug === slug);
    if (!c) throw new Error(slug);
    const tab = await ext.context.newPage();
    await tab.goto(c.url);
    const popup = await ext.openPopupFor(tab, `&now=${encodeURIComponent(c.now)}&collect=off`);
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
    return { popup, tab };
  }

  /** The element lies wholly within the first screen (the viewport, unscrolled). */
  async function aboveTheFold(popup: import('playwright-core').Page, testId: string) {
    const box = await popup.getByTestId(testId).boundingBox();
    expect(box, testId).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), `${testId} bottom`).toBeLessThanOrEqual(POPUP_SIZE.height);
  }

  it('a group that failed last month, on 3 December: November first, failed; this week’s deadline; a switch', async () => {
    const { popup, tab } = await openCase('failed-last-month');
    const verdict = popup.getByTestId('verdict');
    expect(await verdict.getAttribute('data-view')).toBe('previous');
    expect(await verdict.getAttribute('data-month')).toBe('2026-11');
    expect(await verdict.getAttribute('data-state')).toBe('fail');
    expect(await verdict.textContent()).toContain('Итог за ноябрь 2026');
    expect(await popup.getByTestId('preliminary').textContent()).toBe('предварительно');
    expect(await popup.getByTestId('predicted-score').getAttribute('data-score')).toBe('');
    expect(await popup.getByTestId('this-week').textContent()).toBe(
      'Неделя 1: 2 из 3 — остался 1 пост до понедельника, 7 декабря, 23:59',
    );
    for (const id of ['month-switch', 'verdict', 'this-week', 'top-problems']) await aboveTheFold(popup, id);
    expect(await popup.getByTestId('problem-check-frequency').textContent()).toContain('неделя 3');
    // The hooks below the fold are of the month in view.
    const november = popup.getByTestId('month-2026-11');
    expect(await november.getByTestId('week-3').getAttribute('data-status')).toBe('fail');
    expect(await popup.getByTestId('check-frequency').getAttribute('data-status')).toBe('fail');
    await popup.screenshot({ path: `${SHOTS}popup-first-screen-failed-last-month.png` });

    await popup.getByTestId('month-view-current').click();
    await expect.poll(() => verdict.getAttribute('data-view')).toBe('current');
    expect(await verdict.getAttribute('data-month')).toBe('2026-12');
    expect(await popup.getByTestId('this-week').textContent()).toContain('Неделя 1: 2 из 3');
    await expect.poll(() => popup.getByTestId('check-frequency').getAttribute('data-status')).toBe('unknown');
    expect(rawOrEnglish(await popup.locator('body').innerText())).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('a #Н/Д group: stated as such, the week line does not say the norm is met', async () => {
    const { popup, tab } = await openCase('no-gov-mark');
    expect(await popup.getByTestId('verdict').getAttribute('data-view')).toBe('current');
    expect(await popup.getByTestId('verdict-nd').textContent()).toBe('#Н/Д');
    expect(await popup.getByTestId('verdict-excluded').textContent()).toContain('не попадёт в рейтинг');
    const week = popup.getByTestId('this-week');
    expect(await week.textContent()).toContain('не засчитывается (#Н/Д)');
    expect(await week.textContent()).not.toContain('выполнена');
    expect(await week.getAttribute('class')).toContain('tone-fail');
    expect(await popup.getByTestId('warning-gov-mark-missing').isVisible()).toBe(true);
    for (const id of ['verdict', 'this-week', 'top-problems']) await aboveTheFold(popup, id);
    expect(rawOrEnglish(await popup.locator('body').innerText())).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}popup-first-screen-no-gov-mark.png` });
    await popup.close();
    await tab.close();
  });

  it('a group needing posts by tomorrow: how many, until when', async () => {
    const { popup, tab } = await openCase('posts-by-tomorrow');
    expect(await popup.getByTestId('this-week').textContent()).toBe(
      'Неделя 1: 1 из 3 — осталось 2 поста до завтра, 7 декабря, 23:59',
    );
    expect(await popup.getByTestId('this-week').getAttribute('data-still-needed')).toBe('2');
    expect(await popup.getByTestId('verdict-frequency').textContent()).toBe('Частотность: идёт');
    await aboveTheFold(popup, 'this-week');
    await popup.screenshot({ path: `${SHOTS}popup-first-screen-posts-by-tomorrow.png` });
    await popup.close();
    await tab.close();
  });

  it('the first run’s time-zone question is one line above the verdict, in Russian', async () => {
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), timeZoneConfirmed: false } });
    });
    const { popup, tab } = await openCase('posts-by-tomorrow');
    const tz = popup.getByTestId('tz-question');
    await tz.waitFor();
    const box = await tz.boundingBox();
    expect(box?.height ?? 999).toBeLessThanOrEqual(40);
    expect(await tz.locator('select option:checked').textContent()).toMatch(/^UTC\+3 — Москва: /);
    expect(rawOrEnglish(await tz.innerText())).toEqual([]);
    await aboveTheFold(popup, 'this-week');
    await tz.locator('button[type="submit"]').click();
    await tz.waitFor({ state: 'detached' });
    await popup.close();
    await tab.close();
  });

  it('a tab on another site: «Откройте страницу группы ВКонтакте или Одноклассников», with the lists', async () => {
    const tab = await ext.context.newPage();
    await tab.goto('data:text/html,<title>Другой сайт</title><h1>Другой сайт</h1>');
    // Without the «tabs» permission the extension cannot see this tab's address: find it as the active tab.
    const tabId = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
    );
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const none = popup.getByTestId('not-community');
    await none.waitFor({ timeout: 15_000 });
    expect(await none.getAttribute('data-reason')).toBe('off-site');
    expect(await none.locator('h2').textContent()).toBe('Откройте страницу группы ВКонтакте или Одноклассников');
    expect(await popup.getByTestId('open-batch').getAttribute('href')).toMatch(
      /^chrome-extension:\/\/.+\/batch\.html$/,
    );
    expect(await popup.getByTestId('error').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('the badge: a #Н/Д group says Н/Д in the vocabulary’s red', async () => {
    const c = POPUP_CASES.find((x) => x.slug === 'no-gov-mark');
    if (!c) throw new Error('case');
    const tab = await ext.context.newPage();
    await tab.goto(c.url);
    const tabId = await ext.tabIdOf(tab);
    const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const colour = () => ext.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    // The background audits at the browser's own time: on days 29–31 there is no running week and no badge.
    if (evaluationWeekOf(new Date(), 'Europe/Moscow')) {
      await expect.poll(badge, { timeout: 15_000 }).toBe('Н/Д');
      const hex = TONE_COLOUR.fail.slice(1);
      const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      expect((await colour()).slice(0, 3)).toEqual([r, g, b]);
    }
    await tab.close();
  });
});
