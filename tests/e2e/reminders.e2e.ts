/**
 * Reminders in the real browser: the alarms are registered by the service worker, and after a simulated day change
 * (the e2e build's test hook runs the alarm handler with a fixed clock and fixture observations) the browser shows
 * the notification — once.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

interface Hook {
  run(
    iso: string,
    observations?: unknown[],
  ): Promise<{ due: boolean; notifications: { id: string; message: string }[] }>;
  track(group: { key: string; url: string; name: string | null }): Promise<unknown>;
  saveSettings(s: unknown): Promise<unknown>;
  badge(iso: string): Promise<string>;
}

const observation = (posts: number) => ({
  key: 'vk:1',
  name: 'Тестовая школа',
  govMark: 'present',
  members: 500,
  rknStatus: 'not-applicable',
  audit: {
    month: {
      year: 2026,
      month: 11,
      weeks: [
        { week: 1, posts: 3, required: 3, status: 'pass' },
        { week: 2, posts: 3, required: 3, status: 'pass' },
        { week: 3, posts, required: 3, status: posts >= 3 ? 'pass' : 'pending' },
        { week: 4, posts: 0, required: 3, status: 'pending' },
      ],
    },
  },
});

describe.skipIf(inject('skipE2E'))('reminders in a real browser', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('registers the re-read alarms from the service worker', async () => {
    await expect
      .poll(async () => (await ext.worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort())
      .toEqual(['reminders:next', 'reminders:tick']);
    const alarms = await ext.worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.find((a) => a.name === 'reminders:tick')?.periodInMinutes).toBe(30);
    expect(alarms.find((a) => a.name === 'reminders:next')?.scheduledTime).toBeGreaterThan(Date.now() - 60_000);
  });

  it('shows a notification after a simulated day change, once', async () => {
    const hookReady = await ext.worker.evaluate(() => '__gospablikiReminders' in globalThis);
    expect(hookReady).toBe(true);
    await ext.worker.evaluate(async () => {
      const hook = (globalThis as unknown as { __gospablikiReminders: Hook }).__gospablikiReminders;
      await hook.saveSettings({
        enabled: true,
        quietHours: { enabled: false, start: '22:00', end: '09:00' },
        kinds: { 'week-closing': true, 'gov-mark-lost': true, 'rkn-threshold': true, 'name-changed': true },
      });
      await hook.track({ key: 'vk:1', url: 'https://vk.com/club1', name: null });
    });
    const run = (iso: string, obs: unknown) =>
      ext.worker.evaluate(
        ([when, o]) =>
          (globalThis as unknown as { __gospablikiReminders: Hook }).__gospablikiReminders.run(when as string, [o]),
        [iso, obs] as const,
      );
    // 19 November (week 3, not a closing day): nothing to say.
    expect((await run('2026-11-19T07:00:00.000Z', observation(1))).notifications).toEqual([]);
    // The day changes to 20 November: the week closes tomorrow with 1 post of 3.
    const day20 = await run('2026-11-20T07:00:00.000Z', observation(1));
    expect(day20.notifications).toHaveLength(1);
    // The text follows the browser's UI language (headless Chromium may report English despite --lang=ru-RU).
    const ui = await ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(day20.notifications[0]?.message).toBe(
      ui.toLowerCase().startsWith('en')
        ? 'Week 15–21 November closes tomorrow at 23:59: "Тестовая школа" has 1 post of 3'
        : 'Неделя 15–21 ноября закрывается завтра в 23:59: в группе «Тестовая школа» 1 пост из 3',
    );
    const shown = await ext.worker.evaluate(
      () => new Promise<Record<string, unknown>>((resolve) => chrome.notifications.getAll(resolve)),
    );
    expect(Object.keys(shown)).toContain(day20.notifications[0]?.id);
    // Later the same day: the same event does not fire again.
    expect((await run('2026-11-20T14:00:00.000Z', observation(1))).notifications).toEqual([]);
    // The default badge (tabs that are not a community page) counts the tracked group at risk.
    const text = await ext.worker.evaluate(() =>
      (globalThis as unknown as { __gospablikiReminders: Hook }).__gospablikiReminders.badge(
        '2026-11-20T15:00:00.000Z',
      ),
    );
    expect(text).toBe('1');
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  });
});
