/**
 * Reminders reachable, in a real browser, the way a new user finds them: the first-run page opens on install and
 * leads to the reminder settings; the options chosen there are stored; in the popup of a group the user follows it and
 * adds it to a list of their choice; on that list's page they follow the list; the reminders run then knows the
 * group and notifies about it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { evaluationWeekOf } from '../../lib/calendar';
import { DEMO_GROUPS, DEMO_LIST_GID, serveDemoList } from '../../scripts/demo/list';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const stored = (ext: Extension, key: string) =>
  ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);

describe.skipIf(inject('skipE2E'))('reminders reachable from the first run', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    serveDemoList(server, new Date());
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens the first-run page on install, with the three things to do', async () => {
    const welcomeUrl = `chrome-extension://${ext.extensionId}/welcome.html`;
    const find = () => ext.context.pages().find((p) => p.url() === welcomeUrl) ?? null;
    await expect.poll(find, { timeout: 15_000 }).not.toBeNull();
    const welcome = find() as Page;
    await welcome.getByTestId('welcome').waitFor();
    expect(await welcome.locator('h2').allTextContents()).toEqual([
      'Проверьте свою группу',
      'Соберите список подведомственных страниц',
      'Включите напоминания',
    ]);
    expect(await welcome.getByTestId('welcome-lists').getAttribute('href')).toBe(
      `chrome-extension://${ext.extensionId}/batch.html`,
    );
    // «Открыть настройки» leads to the reminder options.
    await welcome.getByTestId('welcome-settings').click();
    await welcome.getByTestId('reminder-settings').waitFor();
    await welcome.getByText('Название изменилось во время оценочной недели').click();
    await welcome.locator('input[name="quiet-enabled"]').uncheck();
    await expect
      .poll(() => stored(ext, 'reminderSettings'))
      .toMatchObject({ enabled: true, quietHours: { enabled: false }, kinds: { 'name-changed': false } });
    expect(await welcome.getByTestId('reminders-saved').textContent()).toBe('Сохранено');
    await welcome.close();
  });

  it('follows a group from its popup and adds it to a list of the user’s choice', async () => {
    const index = DEMO_GROUPS.findIndex((g) => g.name === 'МБОУ «Средняя школа № 5»');
    const url = `https://vk.com/club${DEMO_LIST_GID + index}`;
    const tab = await ext.context.newPage();
    await tab.goto(url);
    let popup: Page | null = null;
    // The content script may need a moment after the page loads.
    await expect
      .poll(
        async () => {
          await popup?.close();
          popup = await ext.openPopupFor(tab, '&collect=off');
          return popup
            .getByTestId('group-lists')
            .waitFor({ timeout: 15_000 })
            .then(
              () => true,
              () => false,
            );
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    const p = popup as unknown as Page;
    expect(await p.getByTestId('lists-link').getAttribute('href')).toBe(
      `chrome-extension://${ext.extensionId}/batch.html`,
    );
    await p.getByTestId('track-group').locator('input').check();
    await expect
      .poll(() => stored(ext, 'tracked'))
      .toMatchObject({ groups: [{ key: `vk:${DEMO_LIST_GID + index}`, url, name: 'МБОУ «Средняя школа № 5»' }] });
    // No list yet: «Новый список…» with a name to give.
    expect(await p.getByTestId('list-choice').inputValue()).toBe('');
    await p.getByTestId('new-list-name').fill('Школы района');
    await p.getByTestId('add-to-list').click();
    expect(await p.getByTestId('add-outcome').textContent()).toContain('Добавлено в список «Школы района».');
    const listHref = await p.getByTestId('open-list').getAttribute('href');
    expect(listHref).toMatch(/batch\.html#list=/);
    // A second list, then the choice between them.
    await p.getByTestId('list-choice').selectOption({ label: 'Новый список…' });
    await p.getByTestId('new-list-name').fill('Все учреждения');
    await p.getByTestId('add-to-list').click();
    await p.getByText('Добавлено в список «Все учреждения».').waitFor();
    await p.getByTestId('list-choice').selectOption({ label: 'Школы района' });
    await p.getByTestId('add-to-list').click();
    await p.getByText('Группа уже есть в списке «Школы района».').waitFor();

    // The list the group went to, and «Следить за списком» there.
    const list = await ext.openExtensionPage(listHref?.replace(/^chrome-extension:\/\/[^/]+\//, '') ?? '');
    await list.getByTestId('result-row').first().waitFor();
    expect(await list.getByTestId('result-row').count()).toBe(1);
    await list.getByTestId('track-list').locator('input').check();
    await expect.poll(() => stored(ext, 'tracked')).toMatchObject({ lists: [{ name: 'Школы района' }] });
    await list.close();
    await p.close();
    await tab.close();
  });

  it('notifies about the group followed from the popup', async () => {
    const now = new Date();
    const week = evaluationWeekOf(now, 'Europe/Moscow');
    if (week === null) return; // days 29–31: no week closes
    const index = DEMO_GROUPS.findIndex((g) => g.name === 'МБОУ «Средняя школа № 5»');
    const key = `vk:${DEMO_LIST_GID + index}`;
    // The week's last day, 12:00 in Moscow: it closes today with 1 post of 3.
    const lastDay = new Date(Date.UTC(week.year, week.month - 1, week.week * 7, 9, 0));
    const observation = {
      key,
      name: 'МБОУ «Средняя школа № 5»',
      govMark: 'present',
      members: 980,
      rknStatus: 'not-applicable',
      audit: {
        month: {
          year: week.year,
          month: week.month,
          weeks: [1, 2, 3, 4].map((w) => ({
            week: w,
            posts: w === week.week ? 1 : 3,
            required: 3,
            status: w < week.week ? 'pass' : 'pending',
          })),
        },
      },
    };
    const result = await ext.worker.evaluate(
      ([iso, obs]) =>
        (
          globalThis as unknown as {
            __gospablikiReminders: {
              run(iso: string, o: unknown[]): Promise<{ notifications: { message: string }[] }>;
            };
          }
        ).__gospablikiReminders.run(iso as string, [obs]),
      [lastDay.toISOString(), observation] as const,
    );
    // The text follows the browser's UI language (headless Chromium may report English despite --lang=ru-RU).
    const text = result.notifications.map((n) => n.message).join('\n');
    expect(text).toContain('МБОУ «Средняя школа № 5»');
    expect(text).toMatch(/1 (пост из|post of) 3/);
  });
});
