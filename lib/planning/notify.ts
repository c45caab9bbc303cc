/**
 * The reminders' decision logic. Pure: given the previous stored state, the fresh reads of tracked groups, the
 * settings and `now`, it returns the notifications to show and the new state. lib/ext/reminders.ts does the I/O.
 *
 * Rules:
 * - events: a week closing short (on its last two days), the «Госорганизация» mark lost, the rule set's RKN threshold
 *   passed (`rknMembersThreshold`, 10 000 by default: registration needed), the name changed during an evaluation week (compared with the stored name);
 * - one notification per event (an event key is never shown twice), grouped per tracked list;
 * - never more than one notification per group per day (more events of a group are merged into one);
 * - none during quiet hours: events wait in `pending` and go out after them (`wakeAt` says when).
 */
import * as z from 'zod/mini';
import { DEFAULT_RULES } from '../audit/rules';
import { evaluationWeekOf, weekRange, zonedParts, zonedTimeToInstant } from '../calendar';
import { weekDays } from '../export/deadline';
import { createT, formatNumber, type Locale } from '../i18n';
import { notifyDicts } from '../i18n/reminders';
import type { CheckStatus, Presence, WeekNumber, WeekStatus } from '../types';
import { addDays, isoDay } from './holidays';
import type { AuditLike } from './plan';
import { REMINDER_KINDS, type ReminderKind, type ReminderSettings } from './reminder-settings';

// The user's reminder options (which events, quiet hours) live in their own small module (the settings page loads it).
export {
  DEFAULT_REMINDER_SETTINGS,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderSettings,
  ReminderSettingsSchema,
} from './reminder-settings';

const WeekMemorySchema = z.object({
  year: z.number(),
  month: z.number(),
  week: z.number(),
  posts: z.number(),
  required: z.number(),
  scheduled: z.nullable(z.number()),
  status: z.string(),
});

const GroupMemorySchema = z.object({
  name: z.nullable(z.string()),
  /** Last known mark (unknown reads do not overwrite it). */
  govMark: z.nullable(z.enum(['present', 'missing'])),
  members: z.nullable(z.number()),
  /** The evaluation week running at the last read, with its counts then. */
  week: z.nullable(WeekMemorySchema),
  readAt: z.string(),
});
export type GroupMemory = z.infer<typeof GroupMemorySchema>;

const PendingEventSchema = z.object({
  key: z.string(),
  kind: z.enum(REMINDER_KINDS),
  group: z.string(),
  createdAt: z.string(),
  expiresAt: z.nullable(z.string()),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PendingEvent = z.infer<typeof PendingEventSchema>;

export const ReminderStateSchema = z.object({
  version: z.literal(1),
  groups: z.record(z.string(), GroupMemorySchema),
  /** Event key → ISO instant it was shown (kept ~60 days). */
  fired: z.record(z.string(), z.string()),
  pending: z.array(PendingEventSchema),
  /** Group key → the user-zone day ('YYYY-MM-DD') of its last notification. */
  lastNotifiedDay: z.record(z.string(), z.string()),
  /** The last background re-read (ISO), for catching up after the browser was closed. */
  lastRunAt: z.nullable(z.string()),
});
export type ReminderState = z.infer<typeof ReminderStateSchema>;

export function emptyReminderState(): ReminderState {
  return { version: 1, groups: {}, fired: {}, pending: [], lastNotifiedDay: {}, lastRunAt: null };
}

/** A fresh read of one tracked group. */
export interface GroupObservation {
  /** The tracked group's key (its canonical URL). */
  key: string;
  name: string | null;
  govMark: Presence;
  members: number | null;
  /** The audit's 'rkn-registration' status, when known: no RKN reminder when it passes. */
  rknStatus?: CheckStatus | null;
  audit: AuditLike | null;
  /** ISO instant of the read (default: `now`). An older read than the stored one is ignored. */
  readAt?: string;
}

export interface TrackedGroup {
  key: string;
  url: string;
  name: string | null;
}
export interface TrackedList {
  id: string;
  name: string;
  keys: readonly string[];
}

export type NotificationTarget = { kind: 'group'; url: string } | { kind: 'list'; listId: string };

export interface ReminderNotification {
  /** Notification id: stable and unique per delivery ('rem:<target>:<day>'). */
  id: string;
  title: string;
  message: string;
  target: NotificationTarget;
  groups: string[];
  events: string[];
  /** The most severe kind inside (the order of REMINDER_KINDS by severity). */
  kind: ReminderKind;
}

export interface DecideInput {
  state: ReminderState;
  observations: readonly GroupObservation[];
  tracked: { groups: readonly TrackedGroup[]; lists: readonly TrackedList[] };
  settings: ReminderSettings;
  now: Date;
  /** The evaluation zone (rule set). */
  timeZone: string;
  /** The user's zone for quiet hours and "one a day" (default: the evaluation zone). */
  userTimeZone?: string;
  locale: Locale;
  /** The rule set's `rknMembersThreshold` (default: the default rule set's). */
  rknThreshold?: number;
}

export interface DecideResult {
  notifications: ReminderNotification[];
  state: ReminderState;
  /** When pending events could next be delivered (end of quiet hours, or tomorrow), else null. */
  wakeAt: string | null;
}

const SEVERITY: readonly ReminderKind[] = ['gov-mark-lost', 'week-closing', 'rkn-threshold', 'name-changed'];
const FIRED_KEEP_MS = 62 * 86_400_000;
/** Days that are the last two of an evaluation week. */
export const CLOSING_DAYS: readonly number[] = [6, 7, 13, 14, 20, 21, 27, 28];

const dayKey = (d: Date, tz: string) => isoDay(zonedParts(d, tz));
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `now` falls in the quiet hours (in `timeZone`); the range may span midnight. */
export function inQuietHours(settings: ReminderSettings, now: Date, timeZone: string): boolean {
  const q = settings.quietHours;
  if (!q.enabled) return false;
  const p = zonedParts(now, timeZone);
  const m = p.hour * 60 + p.minute;
  const start = minutesOf(q.start);
  const end = minutesOf(q.end);
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The next instant (after `now`) the wall clock in `timeZone` shows `hhmm`. */
export function nextWallTime(now: Date, hhmm: string, timeZone: string): Date {
  const p = zonedParts(now, timeZone);
  const hour = Number(hhmm.slice(0, 2));
  const minute = Number(hhmm.slice(3, 5));
  for (let add = 0; add < 3; add++) {
    const t = zonedTimeToInstant({ ...addDays(p, add), hour, minute }, timeZone);
    if (t.getTime() > now.getTime()) return t;
  }
  return new Date(now.getTime() + 86_400_000);
}

/** Events of one group from its previous memory and the fresh read. */
function detect(
  prev: GroupMemory | undefined,
  obs: GroupObservation,
  now: Date,
  timeZone: string,
  settings: ReminderSettings,
  rknThreshold: number,
): PendingEvent[] {
  const events: PendingEvent[] = [];
  const createdAt = now.toISOString();
  const today = dayKey(now, timeZone);
  const name = obs.name ?? prev?.name ?? obs.key;
  const on = (k: ReminderKind) => settings.enabled && settings.kinds[k];

  if (on('gov-mark-lost') && prev?.govMark === 'present' && obs.govMark === 'missing') {
    events.push({
      key: `gov-mark-lost:${obs.key}:${today}`,
      kind: 'gov-mark-lost',
      group: obs.key,
      createdAt,
      expiresAt: null,
      params: { name },
    });
  }

  if (
    on('rkn-threshold') &&
    prev?.members != null &&
    prev.members <= rknThreshold &&
    obs.members != null &&
    obs.members > rknThreshold &&
    obs.rknStatus !== 'pass'
  ) {
    events.push({
      key: `rkn-threshold:${obs.key}:${today}`,
      kind: 'rkn-threshold',
      group: obs.key,
      createdAt,
      expiresAt: null,
      params: { name, members: obs.members, threshold: rknThreshold },
    });
  }

  const ew = evaluationWeekOf(now, timeZone);
  if (on('name-changed') && ew && prev?.name && obs.name && prev.name !== obs.name) {
    events.push({
      key: `name-changed:${obs.key}:${obs.name}:${ew.year}-${ew.month}-w${ew.week}`,
      kind: 'name-changed',
      group: obs.key,
      createdAt,
      expiresAt: null,
      params: { from: prev.name, to: obs.name },
    });
  }

  const day = zonedParts(now, timeZone).day;
  // Counts read before the running week began say nothing about it.
  const readAt = obs.readAt ? Date.parse(obs.readAt) : now.getTime();
  const fresh = ew !== null && readAt >= weekRange(ew.year, ew.month, ew.week, timeZone).start.getTime();
  if (on('week-closing') && ew && fresh && CLOSING_DAYS.includes(day) && obs.audit) {
    const a = obs.audit;
    const w =
      a.month.year === ew.year && a.month.month === ew.month ? a.month.weeks.find((x) => x.week === ew.week) : null;
    if (w && w.status !== 'pass' && w.posts + (w.scheduled ?? 0) < w.required) {
      const stage = day % 7 === 0 ? 'today' : 'tomorrow';
      events.push({
        key: `week-closing:${obs.key}:${ew.year}-${ew.month}-w${ew.week}:${stage}`,
        kind: 'week-closing',
        group: obs.key,
        createdAt,
        expiresAt: weekRange(ew.year, ew.month, ew.week, timeZone).end.toISOString(),
        params: { name, posts: w.posts, required: w.required, year: ew.year, month: ew.month, week: ew.week, stage },
      });
    }
  }
  return events;
}

function remember(prev: GroupMemory | undefined, obs: GroupObservation, now: Date, timeZone: string): GroupMemory {
  const readAt = obs.readAt ? new Date(obs.readAt) : now;
  const ew = evaluationWeekOf(readAt, timeZone);
  const a = obs.audit;
  const w =
    ew && a && a.month.year === ew.year && a.month.month === ew.month
      ? a.month.weeks.find((x) => x.week === ew.week)
      : undefined;
  return {
    name: obs.name ?? prev?.name ?? null,
    govMark: obs.govMark === 'unknown' ? (prev?.govMark ?? null) : obs.govMark,
    members: obs.members ?? prev?.members ?? null,
    week:
      ew && w
        ? {
            year: ew.year,
            month: ew.month,
            week: ew.week,
            posts: w.posts,
            required: w.required,
            scheduled: w.scheduled ?? null,
            status: w.status,
          }
        : null,
    readAt: readAt.toISOString(),
  };
}

function eventLine(e: PendingEvent, locale: Locale): string {
  const t = createT(notifyDicts, locale);
  switch (e.kind) {
    case 'gov-mark-lost':
      return t('notify.govMarkLost', e.params);
    case 'rkn-threshold':
      return t('notify.rkn', {
        ...e.params,
        members: formatNumber(Number(e.params.members), locale),
        // events queued by older builds carry no threshold: the text then names none
        threshold: e.params.threshold === undefined ? '' : formatNumber(Number(e.params.threshold), locale),
      });
    case 'name-changed':
      return t('notify.nameChanged', e.params);
    case 'week-closing':
      return t('notify.weekClosing.group', e.params);
  }
}

function render(
  events: PendingEvent[],
  target: NotificationTarget,
  title: string,
  locale: Locale,
  groupNames: Map<string, string>,
): { title: string; message: string } {
  const t = createT(notifyDicts, locale);
  const lines: string[] = [];
  // Week-closing events of one week become one sentence: «Неделя 15–21 ноября закрывается завтра в 23:59: в группе …».
  const closing = events.filter((e) => e.kind === 'week-closing');
  const byWeek = new Map<string, PendingEvent[]>();
  for (const e of closing) {
    const k = `${e.params.year}-${e.params.month}-${e.params.week}-${e.params.stage}`;
    byWeek.set(k, [...(byWeek.get(k) ?? []), e]);
  }
  const others = events.filter((e) => e.kind !== 'week-closing');
  for (const e of others.filter((x) => x.kind === 'gov-mark-lost')) lines.push(eventLine(e, locale));
  for (const group of byWeek.values()) {
    const first = group[0];
    if (!first) continue;
    const range = weekDays(Number(first.params.month), Number(first.params.week) as WeekNumber, locale);
    const head = t(first.params.stage === 'today' ? 'notify.weekClosing.today' : 'notify.weekClosing.tomorrow', {
      range,
    });
    const shown = group.slice(0, 4).map((e) => eventLine(e, locale));
    if (group.length > 4) shown.push(t('notify.more', { count: group.length - 4 }));
    lines.push(`${head}: ${shown.join(', ')}`);
  }
  for (const e of others.filter((x) => x.kind !== 'gov-mark-lost')) {
    const line = eventLine(e, locale);
    // A list notification names the group of a rename.
    lines.push(
      target.kind === 'list' && e.kind === 'name-changed' ? `${groupNames.get(e.group) ?? e.group}: ${line}` : line,
    );
  }
  return { title, message: lines.join('\n') };
}

/** Decide which notifications to show now, and the new state. */
export function decideNotifications(input: DecideInput): DecideResult {
  const { now, timeZone, settings, locale } = input;
  const rknThreshold = input.rknThreshold ?? DEFAULT_RULES.rknMembersThreshold;
  const userTz = input.userTimeZone ?? timeZone;
  const nowIso = now.toISOString();
  const trackedKeys = new Set(input.tracked.groups.map((g) => g.key));
  const state: ReminderState = {
    version: 1,
    groups: { ...input.state.groups },
    fired: {},
    pending: [],
    lastNotifiedDay: { ...input.state.lastNotifiedDay },
    lastRunAt: input.state.lastRunAt,
  };
  // Forget old fired keys; keep the rest.
  for (const [k, at] of Object.entries(input.state.fired)) {
    if (now.getTime() - Date.parse(at) < FIRED_KEEP_MS) state.fired[k] = at;
  }

  const fresh: PendingEvent[] = [];
  for (const obs of input.observations) {
    if (!trackedKeys.has(obs.key)) continue;
    const prev = input.state.groups[obs.key];
    if (prev && obs.readAt && Date.parse(obs.readAt) <= Date.parse(prev.readAt)) continue;
    fresh.push(...detect(prev, obs, now, timeZone, settings, rknThreshold));
    state.groups[obs.key] = remember(prev, obs, now, timeZone);
  }
  for (const key of Object.keys(state.groups)) if (!trackedKeys.has(key)) delete state.groups[key];

  const seen = new Set<string>();
  for (const e of [...input.state.pending, ...fresh]) {
    if (seen.has(e.key) || e.key in state.fired) continue;
    if (!trackedKeys.has(e.group)) continue;
    if (e.expiresAt && Date.parse(e.expiresAt) <= now.getTime()) continue;
    if (!settings.enabled || !settings.kinds[e.kind]) continue;
    seen.add(e.key);
    state.pending.push(e);
  }

  if (state.pending.length === 0) return { notifications: [], state, wakeAt: null };
  if (inQuietHours(settings, now, userTz)) {
    return { notifications: [], state, wakeAt: nextWallTime(now, settings.quietHours.end, userTz).toISOString() };
  }

  const today = dayKey(now, userTz);
  const deliverable = state.pending.filter((e) => state.lastNotifiedDay[e.group] !== today);
  const waiting = state.pending.filter((e) => state.lastNotifiedDay[e.group] === today);

  // Group: a group in a tracked list goes into that list's notification, others alone.
  const groupNames = new Map(input.tracked.groups.map((g) => [g.key, g.name ?? g.key]));
  for (const [key, mem] of Object.entries(state.groups)) if (mem.name) groupNames.set(key, mem.name);
  const listOf = (group: string) => input.tracked.lists.find((l) => l.keys.includes(group)) ?? null;
  const buckets = new Map<string, { target: NotificationTarget; title: string; events: PendingEvent[] }>();
  const t = createT(notifyDicts, locale);
  for (const e of deliverable) {
    const list = listOf(e.group);
    const g = input.tracked.groups.find((x) => x.key === e.group);
    const id = list ? `list:${list.id}` : `group:${e.group}`;
    const target: NotificationTarget = list
      ? { kind: 'list', listId: list.id }
      : { kind: 'group', url: g?.url ?? e.group };
    const bucket = buckets.get(id) ?? {
      target,
      title: list ? t('notify.listTitle', { name: list.name }) : (groupNames.get(e.group) ?? t('notify.appTitle')),
      events: [],
    };
    bucket.events.push(e);
    buckets.set(id, bucket);
  }

  const notifications: ReminderNotification[] = [];
  for (const b of buckets.values()) {
    b.events.sort((x, y) => SEVERITY.indexOf(x.kind) - SEVERITY.indexOf(y.kind));
    const { title, message } = render(b.events, b.target, b.title, locale, groupNames);
    const kind = b.events[0]?.kind ?? 'week-closing';
    const groups = [...new Set(b.events.map((e) => e.group))];
    notifications.push({
      id: notificationId(b.target, today),
      title,
      message,
      target: b.target,
      groups,
      events: b.events.map((e) => e.key),
      kind,
    });
    for (const e of b.events) state.fired[e.key] = nowIso;
    for (const g of groups) state.lastNotifiedDay[g] = today;
  }
  state.pending = waiting;
  const wakeAt = waiting.length
    ? nextWallTime(now, settings.quietHours.enabled ? settings.quietHours.end : '09:00', userTz)
    : null;
  return { notifications, state, wakeAt: wakeAt ? wakeAt.toISOString() : null };
}

/** A notification id that carries its click target: 'rem:group:<url>:<day>' / 'rem:list:<id>:<day>'. */
export function notificationId(target: NotificationTarget, day: string): string {
  const value = target.kind === 'group' ? target.url : target.listId;
  return `rem:${target.kind}:${encodeURIComponent(value)}:${day}`;
}

/** The click target of a reminder notification id, null for other ids. */
export function parseNotificationId(id: string): NotificationTarget | null {
  const m = /^rem:(group|list):([^:]+):\d{4}-\d{2}-\d{2}$/.exec(id);
  if (!m?.[2]) return null;
  let value: string;
  try {
    value = decodeURIComponent(m[2]);
  } catch {
    return null;
  }
  return m[1] === 'group' ? { kind: 'group', url: value } : { kind: 'list', listId: value };
}

/** Parses a stored state; anything unreadable starts afresh (reminders are advisory, never block the user). */
export function parseReminderState(value: unknown): ReminderState {
  const r = ReminderStateSchema.safeParse(value);
  return r.success ? r.data : emptyReminderState();
}

/**
 * Tracked groups at risk this week, for the badge on non-community tabs: the «Госорганизация» mark missing, or the
 * running week still short with at most two days left or more posts needed than days left (one post a day).
 */
export function trackedAtRisk(
  state: ReminderState,
  trackedKeys: readonly string[],
  now: Date,
  timeZone: string,
): string[] {
  const ew = evaluationWeekOf(now, timeZone);
  const day = zonedParts(now, timeZone).day;
  const out: string[] = [];
  for (const key of trackedKeys) {
    const m = state.groups[key];
    if (!m) continue;
    if (m.govMark === 'missing') {
      out.push(key);
      continue;
    }
    if (!ew || !m.week) continue;
    if (m.week.year !== ew.year || m.week.month !== ew.month || m.week.week !== ew.week) continue;
    if ((m.week.status as WeekStatus) === 'pass') continue;
    const needed = m.week.required - m.week.posts - (m.week.scheduled ?? 0);
    const daysLeft = ew.week * 7 - day + 1;
    if (needed > 0 && (daysLeft <= 2 || needed > daysLeft)) out.push(key);
  }
  return out;
}

/** The badge text for non-community tabs: the count of tracked groups at risk, '' when none. */
export function remindersBadgeText(
  state: ReminderState,
  trackedKeys: readonly string[],
  now: Date,
  timeZone: string,
): string {
  const n = trackedAtRisk(state, trackedKeys, now, timeZone).length;
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}
