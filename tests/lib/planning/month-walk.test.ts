/**
 * A fake clock walks through November 2026 (and the New Year holidays) in 30-minute alarm ticks. Fixture pages of four tracked groups change over
 * the month (posts, a lost «Госорганизация» mark, 10 000 subscribers passed, renames); every due tick the real engine
 * audits them and the pure notifier decides. Between ticks the state goes through JSON and back, as if the service
 * worker were killed after every alarm: nothing but storage carries the schedule.
 */
import { describe, expect, it } from 'vitest';
import { auditCommunity } from '../../../lib/audit/audit';
import { zonedTimeToInstant } from '../../../lib/calendar';
import {
  DEFAULT_REMINDER_SETTINGS,
  decideNotifications,
  emptyReminderState,
  type GroupObservation,
  inQuietHours,
  parseNotificationId,
  parseReminderState,
  type ReminderNotification,
  type ReminderSettings,
  type ReminderState,
  type TrackedGroup,
  type TrackedList,
} from '../../../lib/planning/notify';
import { isRunDue } from '../../../lib/planning/schedule';
import type { CommunityPage, Post } from '../../../lib/types';

const MSK = 'Europe/Moscow';
const at = (day: number, hour = 12, minute = 0, month = 11) =>
  zonedTimeToInstant({ year: 2026, month, day, hour, minute }, MSK);

interface Fixture {
  key: string;
  url: string;
  /** [day of November, posts published at 12:00 that day] */
  posts: [number, number][];
  /** Posts at any instant (for walks outside November). */
  postsAt?: [Date, number][];
  /** [from instant, value] changes. */
  names: [Date, string][];
  govMark: [Date, 'present' | 'missing'][];
  members: [Date, number][];
}

const valueAt = <T>(changes: [Date, T][], now: Date): T => {
  let v = changes[0]?.[1];
  for (const [from, value] of changes) if (from.getTime() <= now.getTime()) v = value;
  if (v === undefined) throw new Error('fixture without a value');
  return v;
};

const everyWeek = (n: number, except: Record<number, number> = {}): [number, number][] =>
  [2, 9, 16, 23].map((day, i) => [day, except[i + 1] ?? n]);

const fixtures: Fixture[] = [
  {
    // A: posts fine; loses its mark on 16 November 15:00.
    key: 'vk:1',
    url: 'https://vk.com/club1',
    posts: everyWeek(3),
    names: [[at(1, 0), 'Школа № 1']],
    govMark: [
      [at(1, 0), 'present'],
      [at(16, 15), 'missing'],
    ],
    members: [[at(1, 0), 500]],
  },
  {
    // B (list): week 3 short (1 post); renamed on 29 November, outside evaluation.
    key: 'vk:2',
    url: 'https://vk.com/club2',
    posts: everyWeek(3, { 3: 1 }),
    names: [
      [at(1, 0), 'Школа № 2'],
      [at(29, 15), 'МБОУ Школа № 2'],
    ],
    govMark: [[at(1, 0), 'present']],
    members: [[at(1, 0), 800]],
  },
  {
    // C (list): week 1 short until two posts on 7 November 12:00; renamed on 11 November (inside week 2).
    key: 'vk:3',
    url: 'https://vk.com/club3',
    posts: [...everyWeek(3, { 1: 1 }), [7, 2]],
    names: [
      [at(1, 0), 'Детский сад № 3'],
      [at(11, 15), 'Детсад «Солнышко»'],
    ],
    govMark: [[at(1, 0), 'present']],
    members: [[at(1, 0), 300]],
  },
  {
    // D: passes 10 000 subscribers on 19 November; week 3 short (2 posts).
    key: 'ok:4',
    url: 'https://ok.ru/group/4',
    posts: everyWeek(3, { 3: 2 }),
    names: [[at(1, 0), 'Администрация района']],
    govMark: [[at(1, 0), 'present']],
    members: [
      [at(1, 0), 9_950],
      [at(19, 20), 10_040],
    ],
  },
];

const tracked: { groups: TrackedGroup[]; lists: TrackedList[] } = {
  groups: fixtures.map((f) => ({ key: f.key, url: f.url, name: null })),
  lists: [{ id: 'list-1', name: 'Школы района', keys: ['vk:2', 'vk:3'] }],
};

function pageAt(f: Fixture, now: Date): CommunityPage {
  const posts: Post[] = [];
  const dated: [Date, number][] = [
    ...f.posts.map(([day, count]): [Date, number] => [at(day, 12), count]),
    ...(f.postsAt ?? []),
  ];
  for (const [time, count] of dated) {
    if (time.getTime() > now.getTime()) continue;
    for (let i = 0; i < count; i++) {
      posts.push({
        id: `${f.key}_${time.getTime()}_${i}`,
        publishedAt: new Date(time.getTime() + i * 60_000).toISOString(),
        likes: 1,
        comments: 0,
        reposts: 0,
        views: 50,
        pinned: false,
        ad: false,
        repost: false,
      });
    }
  }
  return {
    site: f.key.startsWith('ok') ? 'ok' : 'vk',
    url: f.url,
    id: f.key.split(':')[1] ?? null,
    name: valueAt(f.names, now),
    members: valueAt(f.members, now),
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText: 'Официальная страница',
    posWidget: 'present',
    govMark: valueAt(f.govMark, now),
    registryLink: null,
    posts,
    layout: 'fixture',
    postsSince: '2026-10-01T00:00:00.000Z',
  };
}

interface FixtureSet {
  fixtures: Fixture[];
  tracked: { groups: TrackedGroup[]; lists: TrackedList[] };
}
const november: FixtureSet = { fixtures, tracked };

function observe(now: Date, set: FixtureSet = november): GroupObservation[] {
  return set.fixtures.map((f) => {
    const page = pageAt(f, now);
    const audit = auditCommunity(page, { now, timeZone: MSK });
    return {
      key: f.key,
      name: page.name,
      govMark: page.govMark,
      members: page.members,
      rknStatus: audit.checks.find((c) => c.id === 'rkn-registration')?.status ?? null,
      audit,
    };
  });
}

interface Shown extends ReminderNotification {
  shownAt: Date;
}

/** Walks [from, to) in 30-minute ticks; `closed` ranges are when the browser is not running. */
function walk(
  settings: ReminderSettings,
  from: Date,
  to: Date,
  closed: [Date, Date][] = [],
  set: FixtureSet = november,
) {
  let stored: string = JSON.stringify(emptyReminderState());
  const shown: Shown[] = [];
  const runs: Date[] = [];
  for (let t = from.getTime(); t < to.getTime(); t += 30 * 60_000) {
    const now = new Date(t);
    if (closed.some(([a, b]) => t >= a.getTime() && t < b.getTime())) continue;
    // The service worker starts from storage only.
    const state: ReminderState = parseReminderState(JSON.parse(stored));
    const due = isRunDue(state.lastRunAt, now, MSK);
    if (!due && state.pending.length === 0) continue;
    const observations = due ? observe(now, set) : [];
    if (due) runs.push(now);
    const result = decideNotifications({
      state,
      observations,
      tracked: set.tracked,
      settings,
      now,
      timeZone: MSK,
      locale: 'ru',
    });
    const next = { ...result.state, lastRunAt: due ? now.toISOString() : result.state.lastRunAt };
    for (const n of result.notifications) shown.push({ ...n, shownAt: now });
    stored = JSON.stringify(next);
  }
  return { shown, runs, state: parseReminderState(JSON.parse(stored)) };
}

const summary = (shown: Shown[]) =>
  shown.map((n) => {
    const p = new Intl.DateTimeFormat('en-GB', {
      timeZone: MSK,
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(n.shownAt);
    const target = n.target.kind === 'list' ? `list:${n.target.listId}` : n.target.url;
    return `${p} ${target} ${n.events.map((e) => e.split(':').slice(0, 1).join('')).join('+')} [${n.groups.join(',')}]`;
  });

describe('a month of reminders (November 2026, Moscow)', () => {
  const settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS;

  it('fires on the right days for the right groups, exactly once', () => {
    const { shown, runs } = walk(settings, at(1, 0), at(30, 23, 30));
    expect(summary(shown)).toEqual([
      '06, 10:00 list:list-1 week-closing [vk:3]',
      '07, 10:00 list:list-1 week-closing [vk:3]',
      '12, 10:00 list:list-1 name-changed [vk:3]',
      '17, 10:00 https://vk.com/club1 gov-mark-lost [vk:1]',
      '20, 10:00 list:list-1 week-closing [vk:2]',
      '20, 10:00 https://ok.ru/group/4 week-closing+rkn-threshold [ok:4]',
      '21, 10:00 list:list-1 week-closing [vk:2]',
      '21, 10:00 https://ok.ru/group/4 week-closing [ok:4]',
    ]);
    // Every event exactly once.
    const events = shown.flatMap((n) => n.events);
    expect(new Set(events).size).toBe(events.length);
    // At most one notification per group per day.
    const perDay = shown.flatMap((n) => n.groups.map((g) => `${g}@${n.id.slice(-10)}`));
    expect(new Set(perDay).size).toBe(perDay.length);
    // Re-reads: at once on the first start (nothing stored), then daily at 10:00 (30) and at 17:00 on the last
    // two days of each week (8 days).
    expect(runs[0]?.toISOString()).toBe(at(1, 0).toISOString());
    expect(runs).toHaveLength(1 + 30 + 8);
    expect(runs.filter((r) => r.getUTCHours() === 14).map((r) => r.toISOString().slice(8, 10))).toEqual([
      '06',
      '07',
      '13',
      '14',
      '20',
      '21',
      '27',
      '28',
    ]);
  });

  it('writes the notifications in Russian as the issue words them', () => {
    const { shown } = walk(settings, at(19, 0), at(21, 0));
    const list = shown.find((n) => n.target.kind === 'list');
    expect(list?.title).toBe('Список «Школы района»');
    expect(list?.message).toBe('Неделя 15–21 ноября закрывается завтра в 23:59: в группе «Школа № 2» 1 пост из 3');
    const d = shown.find((n) => n.groups.includes('ok:4'));
    expect(d?.title).toBe('Администрация района');
    expect(d?.message.split('\n')).toEqual([
      'Неделя 15–21 ноября закрывается завтра в 23:59: в группе «Администрация района» 2 поста из 3',
      expect.stringMatching(
        /^У группы «Администрация района» больше 10\s000 подписчиков \(10\s040\): нужна регистрация/,
      ),
    ]);
    // the current procedure (October 2025 on), then the 2024 one
    expect(d?.message).toContain('через сервис площадки');
    expect(d?.message).toContain('до 3 рабочих дней');
    expect(d?.message).toContain('отметка «А+»');
    expect(d?.message).toContain('Прежний порядок (2024 год)');
    expect(parseNotificationId(d?.id ?? '')).toEqual({ kind: 'group', url: 'https://ok.ru/group/4' });
    expect(parseNotificationId(list?.id ?? '')).toEqual({ kind: 'list', listId: 'list-1' });
  });

  it('holds notifications during quiet hours and delivers them after', () => {
    const quiet: ReminderSettings = { ...settings, quietHours: { enabled: true, start: '09:30', end: '12:00' } };
    const { shown } = walk(quiet, at(1, 0), at(30, 23, 30));
    for (const n of shown) expect(inQuietHours(quiet, n.shownAt, MSK)).toBe(false);
    expect(summary(shown).map((s) => s.slice(0, 9))).toEqual([
      '06, 12:00',
      '07, 12:00',
      '12, 12:00',
      '17, 12:00',
      '20, 12:00',
      '20, 12:00',
      '21, 12:00',
      '21, 12:00',
    ]);
  });

  it('respects the per-kind switches', () => {
    const off: ReminderSettings = { ...settings, kinds: { ...settings.kinds, 'week-closing': false } };
    const { shown } = walk(off, at(1, 0), at(30, 23, 30));
    expect(shown.flatMap((n) => n.events.map((e) => e.split(':')[0]))).toEqual([
      'name-changed',
      'gov-mark-lost',
      'rkn-threshold',
    ]);
    const none = walk({ ...settings, enabled: false }, at(1, 0), at(30, 23, 30));
    expect(none.shown).toEqual([]);
  });

  it('catches up once after the browser was closed over a re-read slot', () => {
    // Closed from 19 November 20:00 to 20 November 15:00: the 10:00 slot is missed and read at 15:00.
    const { shown, runs } = walk(settings, at(19, 0), at(22, 0), [[at(19, 20), at(20, 15)]]);
    expect(runs.map((r) => r.toISOString())).toContain(at(20, 15).toISOString());
    expect(runs.filter((r) => r.getTime() >= at(20, 15).getTime() && r.getTime() < at(20, 17).getTime())).toHaveLength(
      1,
    );
    expect(summary(shown).filter((s) => s.startsWith('20,'))).toEqual([
      '20, 15:00 list:list-1 week-closing [vk:2]',
      '20, 15:00 https://ok.ru/group/4 week-closing+rkn-threshold [ok:4]',
    ]);
  });

  it('forgets the state of groups no longer tracked and never notifies them', () => {
    const state = parseReminderState(JSON.parse(JSON.stringify(emptyReminderState())));
    const obs = observe(at(20, 10));
    const r = decideNotifications({
      state,
      observations: obs,
      tracked: { groups: tracked.groups.filter((g) => g.key === 'vk:1'), lists: [] },
      settings,
      now: at(20, 10),
      timeZone: MSK,
      locale: 'en',
    });
    expect(Object.keys(r.state.groups)).toEqual(['vk:1']);
    expect(r.notifications).toEqual([]);
  });
});

describe('over the New Year holidays (20 December 2026 – 16 January 2027)', () => {
  const atD = (y: number, m: number, d: number, h = 12) =>
    zonedTimeToInstant({ year: y, month: m, day: d, hour: h }, MSK);
  const holidays: FixtureSet = {
    fixtures: [
      {
        // Posts scheduled before the holidays cover week 1 of January; week 2 gets only one post.
        key: 'vk:10',
        url: 'https://vk.com/club10',
        posts: [],
        postsAt: [
          [atD(2026, 12, 15), 3],
          [atD(2026, 12, 22), 3],
          [atD(2027, 1, 2), 1],
          [atD(2027, 1, 4), 1],
          [atD(2027, 1, 5), 1],
          [atD(2027, 1, 12), 1],
        ],
        names: [[atD(2026, 12, 1), 'Управление культуры']],
        govMark: [[atD(2026, 12, 1), 'present']],
        members: [[atD(2026, 12, 1), 1200]],
      },
    ],
    tracked: { groups: [{ key: 'vk:10', url: 'https://vk.com/club10', name: null }], lists: [] },
  };

  it('holidays change nothing: week 2 of January is still due on the 14th, nothing fires on 29–31 December', () => {
    const { shown, runs } = walk(DEFAULT_REMINDER_SETTINGS, atD(2026, 12, 20, 0), atD(2027, 1, 16, 0), [], holidays);
    expect(summary(shown)).toEqual([
      '13, 10:00 https://vk.com/club10 week-closing [vk:10]',
      '14, 10:00 https://vk.com/club10 week-closing [vk:10]',
    ]);
    expect(shown[0]?.message).toBe(
      'Неделя 8–14 января закрывается завтра в 23:59: в группе «Управление культуры» 1 пост из 3',
    );
    // Re-reads go on through the holidays: at once on the first start, every day at 10:00 (27 days), and at 17:00
    // on the closing days (20–21 and 27–28 December, 6–7 and 13–14 January).
    expect(runs.length).toBe(1 + 27 + 8);
  });
});
