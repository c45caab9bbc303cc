/** The background side of the reminders on WXT's fake browser: alarms, storage, notifications, clicks. */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuditRecord } from '../../../lib/ext/history';
import {
  ensureReminderAlarms,
  getTracked,
  historyObservations,
  loadReminderSettings,
  loadReminderState,
  openReminderTarget,
  REMINDER_ALARMS,
  refreshRemindersBadge,
  registerReminders,
  remindersBadge,
  resolveTracked,
  runReminders,
  saveReminderSettings,
  setGroupTracked,
  setListTracked,
} from '../../../lib/ext/reminders';
import { updateSettings } from '../../../lib/ext/settings-write';
import {
  DEFAULT_REMINDER_SETTINGS,
  decideNotifications,
  emptyReminderState,
  type GroupObservation,
} from '../../../lib/planning/notify';

/** vi.waitFor waits for a condition; its default limit (1 s) is tighter than a busy machine needs. */
const WAIT = { timeout: 15_000 };
const noQuiet = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: false, start: '22:00', end: '09:00' } };

const observation = (posts: number, extra: Partial<GroupObservation> = {}): GroupObservation => ({
  key: 'vk:1',
  name: 'Школа № 1',
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
  ...extra,
});

describe('reminder alarms', () => {
  it('registers the tick and the next re-read slot, idempotently', async () => {
    const now = new Date('2026-11-19T12:00:00Z'); // 15:00 in Moscow, 19 November
    await ensureReminderAlarms(now, 'Europe/Moscow');
    const first = await browser.alarms.getAll();
    await ensureReminderAlarms(now, 'Europe/Moscow');
    await ensureReminderAlarms(now, 'Europe/Moscow');
    const again = await browser.alarms.getAll();
    expect(again.map((a) => a.name).sort()).toEqual([REMINDER_ALARMS.next, REMINDER_ALARMS.tick].sort());
    expect(again).toEqual(first);
    const next = again.find((a) => a.name === REMINDER_ALARMS.next);
    // The next slot is 20 November 10:00 in Moscow.
    expect(new Date(next?.scheduledTime ?? 0).toISOString()).toBe('2026-11-20T07:00:00.000Z');
    expect(again.find((a) => a.name === REMINDER_ALARMS.tick)?.periodInMinutes).toBe(30);
  });

  it('re-registers the alarms after a browser restart cleared them', async () => {
    registerReminders({ read: null });
    await vi.waitFor(async () => expect(await browser.alarms.getAll()).toHaveLength(2), WAIT);
    await browser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(
      async () => expect((await browser.alarms.getAll()).map((a) => a.name)).toContain('reminders:tick'),
      WAIT,
    );
  });
});

describe('tracking', () => {
  it('stores tracked groups and lists and expands lists from the history', async () => {
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: 'Школа' }, true);
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: 'Школа' }, true);
    await setListTracked({ id: 'l1', name: 'Список' }, true);
    expect((await getTracked()).groups).toHaveLength(1);
    const resolved = await resolveTracked(await getTracked(), {
      getList: async (id) => (id === 'l1' ? { id, name: 'Школы района', groupKeys: ['vk:1', 'vk:2'] } : null),
      getGroups: async (keys) => keys.map((key) => ({ key, url: `https://vk.com/club${key.slice(3)}`, name: null })),
    });
    expect(resolved.groups.map((g) => g.key)).toEqual(['vk:1', 'vk:2']);
    expect(resolved.lists).toEqual([{ id: 'l1', name: 'Школы района', keys: ['vk:1', 'vk:2'] }]);
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: null }, false);
    await setListTracked({ id: 'l1', name: 'Список' }, false);
    expect(await getTracked()).toEqual({ version: 1, groups: [], lists: [] });
  });
});

describe('stored values (the layout @wxt-dev/storage used: the bare value under its key, no metadata)', () => {
  it('reads values stored by the earlier storage items and writes them back under the same keys', async () => {
    const group = { key: 'vk:1', url: 'https://vk.com/club1', name: 'Школа' };
    await browser.storage.local.set({ tracked: { version: 1, groups: [group], lists: [] } });
    expect(await getTracked()).toEqual({ version: 1, groups: [group], lists: [] });
    await setListTracked({ id: 'l1', name: 'Список' }, true);
    await saveReminderSettings(noQuiet);
    const stored = await browser.storage.local.get(null);
    expect(stored).toEqual({
      tracked: { version: 1, groups: [group], lists: [{ id: 'l1', name: 'Список' }] },
      reminderSettings: noQuiet,
    });
  });

  it('falls back to the defaults for a missing or invalid value', async () => {
    expect(await getTracked()).toEqual({ version: 1, groups: [], lists: [] });
    await browser.storage.local.set({ tracked: { version: 2 }, reminderSettings: 'x', reminderState: [] });
    expect(await getTracked()).toEqual({ version: 1, groups: [], lists: [] });
    expect(await loadReminderSettings()).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(await loadReminderState()).toEqual(emptyReminderState());
  });

  it('accepts quiet hours only as HH:MM times of the day', async () => {
    const withQuiet = (start: string) => ({ ...noQuiet, quietHours: { enabled: true, start, end: '09:00' } });
    for (const ok of ['00:00', '09:30', '23:59'])
      await expect(saveReminderSettings(withQuiet(ok))).resolves.toBeTruthy();
    for (const bad of ['24:00', '9:00', '12:60', '22:00x', '']) {
      await expect(saveReminderSettings(withQuiet(bad))).rejects.toThrow();
    }
    await browser.storage.local.set({ reminderSettings: withQuiet('25:00') });
    expect(await loadReminderSettings()).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});

describe('runReminders', () => {
  it('shows a notification once, keeps the state in storage, and a click opens the group', async () => {
    await saveReminderSettings(noQuiet);
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: null }, true);
    const now = new Date('2026-11-20T07:00:00Z'); // 20 November 10:00 Moscow
    const r1 = await runReminders({ now, force: true, observations: [observation(1)], read: null, locale: 'ru' });
    expect(r1.notifications).toHaveLength(1);
    const shown = await browser.notifications.getAll();
    const [id] = Object.keys(shown);
    expect(shown[id ?? '']).toMatchObject({
      title: 'Школа № 1',
      message: 'Неделя 15–21 ноября закрывается завтра в 23:59: в группе «Школа № 1» 1 пост из 3',
    });
    // A "restarted" worker: the same event again does not fire twice.
    const r2 = await runReminders({
      now: new Date('2026-11-20T14:00:00Z'),
      force: true,
      observations: [observation(1)],
      read: null,
    });
    expect(r2.notifications).toEqual([]);
    expect((await loadReminderState()).lastRunAt).toBe('2026-11-20T14:00:00.000Z');

    const tabs = vi.spyOn(browser.tabs, 'create');
    expect(await openReminderTarget(id ?? '')).toBe(true);
    expect(tabs).toHaveBeenCalledWith({ url: 'https://vk.com/club1' });
    expect(await openReminderTarget('something-else')).toBe(false);
  });

  it('counts tracked groups at risk for the badge', async () => {
    await saveReminderSettings(noQuiet);
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: null }, true);
    const now = new Date('2026-11-20T07:00:00Z');
    await runReminders({ now, force: true, observations: [observation(1)], read: null });
    expect(await remindersBadge(now)).toBe('1');
    await runReminders({ now, force: true, observations: [observation(3)], read: null });
    expect(await remindersBadge(now)).toBe('');
  });

  it('sets the default badge (all tabs) to the at-risk count; community tabs override it per tab', async () => {
    await saveReminderSettings(noQuiet);
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: null }, true);
    const now = new Date('2026-11-20T07:00:00Z');
    await runReminders({ now, force: true, observations: [observation(1)], read: null });
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined);
    const setColor = vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    expect(await refreshRemindersBadge(now)).toBe('1');
    expect(setText).toHaveBeenCalledWith({ text: '1' });
    expect(setColor).toHaveBeenCalledWith({ color: '#d93025' });
  });

  it('re-reads tracked groups through the reader when a slot is due', async () => {
    await saveReminderSettings(noQuiet);
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: null }, true);
    const read = vi.fn(async () => observation(0));
    const r = await runReminders({ now: new Date('2026-11-21T07:00:00Z'), read });
    expect(r.due).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    expect(r.notifications[0]?.message).toContain('закрывается сегодня в 23:59');
    // Not due again before the next slot (17:00 on the 21st).
    const again = await runReminders({ now: new Date('2026-11-21T08:00:00Z'), read });
    expect(again.due).toBe(false);
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe("stored audits as observations (no DOMParser in Chrome's service worker)", () => {
  const record = (at: string, posts: number, status: AuditRecord['status'] = 'complete') =>
    ({
      groupKey: 'vk:1',
      at,
      source: 'popup',
      rulesVersion: 1,
      status,
      error: null,
      page: { site: 'vk', url: 'https://vk.com/club1', name: 'Школа № 1', govMark: 'present', members: 500 },
      postCount: posts,
      audit: { ...observation(posts).audit, checks: [{ id: 'rkn-registration', status: 'not-applicable' }] },
      previous: null,
      metrics: null,
      settings: null,
    }) as AuditRecord;

  it('turns the latest stored audits into observations with their read time, skipping failed reads', async () => {
    const latest = async () =>
      new Map([
        ['vk:1', record('2026-11-19T12:00:00.000Z', 1)],
        ['vk:2', record('2026-11-19T12:00:00.000Z', 1, 'failed')],
      ]);
    const obs = await historyObservations(['vk:1', 'vk:2'], latest);
    expect(obs).toEqual([
      expect.objectContaining({ key: 'vk:1', readAt: '2026-11-19T12:00:00.000Z', govMark: 'present' }),
    ]);
    expect(obs[0]?.audit?.month.weeks[2]?.posts).toBe(1);
  });

  it('never warns of a closing week from counts read before the week began, nor twice from the same read', () => {
    const tracked = { groups: [{ key: 'vk:1', url: 'https://vk.com/club1', name: null }], lists: [] };
    const base = { tracked, settings: noQuiet, timeZone: 'Europe/Moscow', locale: 'ru' as const };
    // Read on 14 November (week 2), now 20 November (week 3 closes tomorrow): no warning from stale counts.
    const stale = decideNotifications({
      ...base,
      state: emptyReminderState(),
      observations: [{ ...observation(0), readAt: '2026-11-14T10:00:00.000Z' }],
      now: new Date('2026-11-20T07:00:00Z'),
    });
    expect(stale.notifications).toEqual([]);
    // Read on 19 November (inside week 3): the warning comes; the same read again adds nothing.
    const fresh = decideNotifications({
      ...base,
      state: stale.state,
      observations: [{ ...observation(1), readAt: '2026-11-19T10:00:00.000Z' }],
      now: new Date('2026-11-20T07:00:00Z'),
    });
    expect(fresh.notifications).toHaveLength(1);
    const same = decideNotifications({
      ...base,
      state: fresh.state,
      observations: [{ ...observation(1), readAt: '2026-11-19T10:00:00.000Z' }],
      now: new Date('2026-11-21T07:00:00Z'),
    });
    expect(same.notifications).toEqual([]);
  });
});

describe('the RKN reminder takes its threshold from the rule set', () => {
  const tracked = { groups: [{ key: 'vk:1', url: 'https://vk.com/club1', name: null }], lists: [] };
  const base = { tracked, settings: noQuiet, timeZone: 'Europe/Moscow', locale: 'ru' as const };
  const day = (d: number) => new Date(`2026-11-${String(d).padStart(2, '0')}T09:00:00Z`);
  /** Members read on 10 November, then on 11 November: the notifications of the second read. */
  function passing(before: number, after: number, rknThreshold?: number) {
    const first = decideNotifications({
      ...base,
      rknThreshold,
      state: emptyReminderState(),
      observations: [observation(3, { members: before, readAt: day(10).toISOString() })],
      now: day(10),
    });
    return decideNotifications({
      ...base,
      rknThreshold,
      state: first.state,
      observations: [observation(3, { members: after, rknStatus: 'unknown', readAt: day(11).toISOString() })],
      now: day(11),
    }).notifications;
  }

  it('the default rule set: more than 10 000', () => {
    const shown = passing(9_990, 10_040);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.message).toMatch(/больше 10\s000 подписчиков \(10\s040\)/);
    expect(shown[0]?.message).toContain('через сервис площадки');
  });

  it('a rule set with 20 000: no reminder at 10 040, one above 20 000 naming 20 000', () => {
    expect(passing(9_990, 10_040, 20_000)).toEqual([]);
    const shown = passing(19_990, 20_100, 20_000);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.message).toMatch(/больше 20\s000 подписчиков \(20\s100\)/);
  });

  it("runReminders passes the stored rule set's threshold", async () => {
    await saveReminderSettings(noQuiet);
    await updateSettings((cur) => ({ ...cur, rules: { ...cur.rules, rknMembersThreshold: 20_000 } }));
    await setGroupTracked({ key: 'vk:1', url: 'https://vk.com/club1', name: null }, true);
    const obs = (members: number, d: number) =>
      observation(3, { members, rknStatus: 'unknown', readAt: day(d).toISOString() });
    await runReminders({ now: day(10), force: true, observations: [obs(9_990, 10)], read: null, locale: 'ru' });
    const low = await runReminders({ now: day(11), force: true, observations: [obs(10_040, 11)], read: null });
    expect(low.notifications).toEqual([]);
    const high = await runReminders({
      now: day(12),
      force: true,
      observations: [obs(20_100, 12)],
      read: null,
      locale: 'ru',
    });
    expect(high.notifications).toHaveLength(1);
    expect(high.notifications[0]?.message).toMatch(/больше 20\s000 подписчиков/);
  });

  it('no reminder when the page already shows its registration (a link or «А+»)', () => {
    const first = decideNotifications({
      ...base,
      state: emptyReminderState(),
      observations: [observation(3, { members: 9_990, readAt: day(10).toISOString() })],
      now: day(10),
    });
    const second = decideNotifications({
      ...base,
      state: first.state,
      observations: [observation(3, { members: 10_040, rknStatus: 'pass', readAt: day(11).toISOString() })],
      now: day(11),
    });
    expect(second.notifications).toEqual([]);
  });
});
