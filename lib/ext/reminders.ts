/**
 * Reminders in the background: tracked groups and lists (stored in `local:tracked`), the reminder settings
 * (`local:reminderSettings`) and state (`local:reminderState`), the alarms, the re-read of tracked groups with the
 * batch audit's runner, and the browser notifications. The decisions are pure (lib/planning/notify.ts); this file is
 * the I/O around them. Only while the browser runs; no server anywhere.
 *
 * Alarms (re-registered idempotently on every service-worker start, on install and on browser start):
 *   reminders:tick      every 30 min — catches up a missed slot (browser closed) and delivers deferred reminders;
 *   reminders:next      at the next re-read slot (10:00 daily, 17:00 on the last two days of a week, rule zone);
 *   reminders:deferred  at the end of the quiet hours when reminders wait.
 */

import { browser } from 'wxt/browser';
import { auditCommunity } from '../audit/audit';
import { storedPresence } from '../batch/record';
import { type BatchDeps, runBatch } from '../batch/runner';
import { newRun } from '../batch/state';
import { historyLookups } from '../batch/store';
import { type Locale, pickLocale } from '../i18n';
import {
  decideNotifications,
  emptyReminderState,
  type GroupObservation,
  parseNotificationId,
  parseReminderState,
  type ReminderNotification,
  type ReminderSettings,
  type ReminderState,
  remindersBadgeText,
  type TrackedGroup,
  type TrackedList,
} from '../planning/notify';
import {
  type GroupLock,
  memoryLock,
  type RereadOutcome,
  type RereadTarget,
  rereadGroups,
  webLock,
} from '../planning/reread';
import { isRunDue, nextSlotAfter } from '../planning/schedule';
import { defaultSleep, type FetchLike } from '../sites/paginate';
import { type AuditRecord, getGroups, getList, latestAudits, saveAudit } from './history';
import { canReadPages, closeOffscreenDocument, hasDomParser, offscreenReading } from './offscreen';
import { loadPageReader, PAGE_READER_PATH } from './page-reader';
import { loadReminderSettings, saveReminderSettings } from './reminder-settings';
import { loadSettings } from './settings';
import { getTracked, localItem, setGroupTracked, type Tracked } from './tracked';

export const REMINDER_ALARMS = {
  tick: 'reminders:tick',
  next: 'reminders:next',
  deferred: 'reminders:deferred',
} as const;
export const TICK_MINUTES = 30;
/** Requests a day the background may spend on re-reads (shared counter with the batch audit). */
export const REMINDER_DAILY_CAP = 2000;

// ---------------------------------------------------------------- tracked groups and lists

export { loadReminderSettings, reminderSettingsItem, saveReminderSettings } from './reminder-settings';
// The stored choices live in small modules the popup and the settings page load on their own.
export {
  getTracked,
  isGroupTracked,
  isListTracked,
  type LocalItem,
  localItem,
  setGroupTracked,
  setListTracked,
  type Tracked,
  TrackedSchema,
  trackedItem,
} from './tracked';

export const reminderStateItem = localItem('reminderState', emptyReminderState);

export interface TrackedLookups {
  getList: (id: string) => Promise<{ id: string; name: string; groupKeys: string[] } | null>;
  getGroups: (keys: readonly string[]) => Promise<{ key: string; url: string; name: string | null }[]>;
}

/** Tracked groups and the groups of tracked lists (from the history database), each once. */
export async function resolveTracked(
  tracked: Tracked,
  lookups: TrackedLookups = { getList, getGroups },
): Promise<{ groups: TrackedGroup[]; lists: TrackedList[] }> {
  const groups = new Map<string, TrackedGroup>();
  for (const g of tracked.groups) groups.set(g.key, { key: g.key, url: g.url, name: g.name });
  const lists: TrackedList[] = [];
  for (const l of tracked.lists) {
    let record: Awaited<ReturnType<TrackedLookups['getList']>> = null;
    try {
      record = await lookups.getList(l.id);
    } catch {
      record = null;
    }
    if (!record) continue;
    lists.push({ id: l.id, name: record.name || l.name, keys: record.groupKeys });
    const rows = await lookups.getGroups(record.groupKeys).catch(() => []);
    for (const r of rows) if (!groups.has(r.key)) groups.set(r.key, { key: r.key, url: r.url, name: r.name });
  }
  return { groups: [...groups.values()], lists };
}

// ---------------------------------------------------------------- state

export async function loadReminderState(): Promise<ReminderState> {
  return parseReminderState(await reminderStateItem.getValue());
}

// ---------------------------------------------------------------- alarms

/** Creates the reminder alarms that are missing or out of date; safe to call any number of times. */
export async function ensureReminderAlarms(now: Date = new Date(), timeZone?: string): Promise<void> {
  const zone = timeZone ?? (await loadSettings()).rules.timeZone;
  const tick = await browser.alarms.get(REMINDER_ALARMS.tick);
  if (!tick || tick.periodInMinutes !== TICK_MINUTES) {
    await browser.alarms.create(REMINDER_ALARMS.tick, { periodInMinutes: TICK_MINUTES, delayInMinutes: 1 });
  }
  const when = nextSlotAfter(now, zone).getTime();
  const next = await browser.alarms.get(REMINDER_ALARMS.next);
  if (!next || next.scheduledTime !== when) await browser.alarms.create(REMINDER_ALARMS.next, { when });
}

// ---------------------------------------------------------------- re-read

/** Reads one tracked group and turns it into an observation; null when it could not be read. */
export type ReminderReader = (target: RereadTarget, signal: AbortSignal) => Promise<GroupObservation | null>;

/**
 * The default reader: the batch audit's runner (same fetch with the user's session, pacing, daily cap, readers,
 * engine) on a one-group run; the audit goes to the history as source 'reminder'. Pages are parsed with DOMParser
 * in Firefox's background page (the readers loaded on first use, lib/ext/page-reader.ts) and in an offscreen
 * document for Chrome's service worker (lib/ext/offscreen.ts); null where neither exists.
 */
export async function batchReader(target: RereadTarget, signal: AbortSignal): Promise<GroupObservation | null> {
  if (!canReadPages()) return null;
  const settings = await loadSettings();
  const sessionFetch: FetchLike = (url, init) => fetch(url, { credentials: 'include', ...init });
  const viewerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Decided at build time: only the Firefox build (MV2 background page, DOMParser) reads in place, with the readers
  // loaded from the package on first use (lib/ext/page-reader.ts). In Chrome's build the branch is dead code: the
  // service worker reads in the offscreen document, which has the readers.
  const reading =
    import.meta.env.FIREFOX && hasDomParser()
      ? {
          fetch: sessionFetch,
          parse: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
          readPage: await loadPageReader(() => import(/* @vite-ignore */ pageReaderUrl())),
        }
      : offscreenReading({ fetch: sessionFetch, now: () => new Date(), viewerTimeZone });
  const at = new Date();
  let captured: { page: Record<string, unknown> | null; audit: Record<string, unknown> | null } | null = null;
  const deps: BatchDeps = {
    ...reading,
    sleep: defaultSleep,
    clock: () => Date.now(),
    now: () => new Date(),
    audit: auditCommunity,
    // The history store (lib/batch/store.ts) without the run queue: a one-group run is not stored, only its audit.
    store: {
      ...historyLookups(),
      saveRun: async (run) => ({ ok: true, value: run }),
      completeRunItem: async (run, key, audit) => {
        if (audit === null) return { ok: true, value: { run, auditId: null } };
        captured = { page: audit.page, audit: audit.audit };
        const saved = await saveAudit(key, { ...audit, source: 'reminder' });
        return { ok: true, value: { run, auditId: saved.ok ? saved.value : null } };
      },
    },
    rules: settings.rules,
    rulesVersion: settings.rules.version,
    timeZone: settings.rules.timeZone,
    viewerTimeZone,
    pacingMs: settings.pacingDelayMs,
    dailyCap: REMINDER_DAILY_CAP,
  };
  const run = newRun(
    `reminder:${target.key}:${at.toISOString()}`,
    'reminders',
    [{ key: target.key, url: target.url, name: null }],
    at,
  );
  await runBatch(run, deps, signal);
  const got = captured as { page: Record<string, unknown> | null; audit: Record<string, unknown> | null } | null;
  return got ? observationOf(target.key, got.page, got.audit, null) : null;
}

/** The reader file's URL in this package (not one of WXT's typed public paths: it exists in Firefox builds only). */
function pageReaderUrl(): string {
  return (browser.runtime.getURL as (path: string) => string)(PAGE_READER_PATH);
}

/** An observation from a stored page summary and audit (a reminder, popup or batch read). */
export function observationOf(
  key: string,
  page: Record<string, unknown> | null,
  auditValue: Record<string, unknown> | null,
  readAt: string | null,
): GroupObservation | null {
  if (!page) return null;
  const audit = auditValue as unknown as GroupObservation['audit'] & { checks?: { id: string; status: string }[] };
  const rkn = audit?.checks?.find((c) => c.id === 'rkn-registration')?.status;
  const obs: GroupObservation = {
    key,
    name: typeof page.name === 'string' ? page.name : null,
    govMark: storedPresence(page.govMark),
    members: typeof page.members === 'number' ? page.members : null,
    rknStatus: rkn === 'pass' || rkn === 'fail' || rkn === 'unknown' || rkn === 'not-applicable' ? rkn : null,
    audit: audit?.month ? audit : null,
  };
  if (readAt) obs.readAt = readAt;
  return obs;
}

/**
 * The latest stored audits (popup visits, batch runs) of groups the background could not re-read itself — Chrome's
 * service worker has no DOMParser. Only reads newer than the notifier's memory count (the notifier checks).
 */
export async function historyObservations(
  keys: readonly string[],
  latest: (keys: readonly string[]) => Promise<Map<string, AuditRecord>> = latestAudits,
): Promise<GroupObservation[]> {
  if (keys.length === 0) return [];
  const records = await latest(keys).catch(() => new Map<string, AuditRecord>());
  const out: GroupObservation[] = [];
  for (const [key, r] of records) {
    if (r.status === 'failed') continue;
    const obs = observationOf(key, r.page, r.audit, r.at);
    if (obs) out.push(obs);
  }
  return out;
}

// ---------------------------------------------------------------- the run

export interface RunRemindersOptions {
  now?: Date;
  /** Re-read even when no slot is due (a test hook and the "check now" button). */
  force?: boolean;
  /** Observations from elsewhere (a fresh popup audit, tests) added to the re-read ones. */
  observations?: readonly GroupObservation[];
  read?: ReminderReader | null;
  /** Fall back to the latest stored audits for groups not re-read now (default true). */
  useHistory?: boolean;
  lock?: GroupLock;
  locale?: Locale;
}

export interface RunRemindersResult {
  due: boolean;
  notifications: ReminderNotification[];
  outcomes: RereadOutcome<GroupObservation | null>[];
}

const fallbackLock = memoryLock();
function defaultLock(): GroupLock {
  const locks = (globalThis as { navigator?: { locks?: Parameters<typeof webLock>[0] } }).navigator?.locks;
  return locks ? webLock(locks) : fallbackLock;
}

function uiLocale(): Locale {
  try {
    return pickLocale(browser.i18n.getUILanguage());
  } catch {
    return pickLocale(globalThis.navigator?.language);
  }
}

let queue: Promise<unknown> = Promise.resolve();
let configuredReader: ReminderReader | null = batchReader;

/**
 * Runs one after another: overlapping alarms (tick and next slot at once) never re-read in parallel; a queued run
 * finds the slot already done and only delivers what is pending.
 */
export function runReminders(options: RunRemindersOptions = {}): Promise<RunRemindersResult> {
  const run = queue.then(() => runOnce(options));
  queue = run.catch(() => undefined);
  return run;
}

async function runOnce(options: RunRemindersOptions): Promise<RunRemindersResult> {
  const now = options.now ?? new Date();
  const settings = await loadSettings();
  const timeZone = settings.rules.timeZone;
  const reminderSettings = await loadReminderSettings();
  const tracked = await resolveTracked(await getTracked());
  const state = await loadReminderState();
  const due = options.force === true || isRunDue(state.lastRunAt, now, timeZone);
  const read = options.read === undefined ? configuredReader : options.read;

  let outcomes: RereadOutcome<GroupObservation | null>[] = [];
  if (due && read && reminderSettings.enabled && tracked.groups.length > 0) {
    outcomes = await rereadGroups(tracked.groups, {
      read,
      sleep: defaultSleep,
      now: () => Date.now(),
      lock: options.lock ?? defaultLock(),
      delayMs: settings.pacingDelayMs,
    });
    await closeOffscreenDocument().catch(() => false);
  }
  const observations: GroupObservation[] = [...(options.observations ?? [])];
  for (const o of outcomes) if (o.status === 'done' && o.value) observations.push(o.value);
  if (due && options.useHistory !== false) {
    const seen = new Set(observations.map((o) => o.key));
    const missing = tracked.groups.map((g) => g.key).filter((k) => !seen.has(k));
    observations.push(...(await historyObservations(missing)));
  }

  const locale = options.locale ?? uiLocale();
  const result = decideNotifications({
    state,
    observations,
    tracked,
    settings: reminderSettings,
    now,
    timeZone,
    userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale,
    rknThreshold: settings.rules.rknMembersThreshold,
  });
  for (const n of result.notifications) {
    await browser.notifications.create(n.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: n.title,
      message: n.message,
      priority: n.kind === 'gov-mark-lost' ? 2 : 0,
    });
  }
  const next: ReminderState = { ...result.state, lastRunAt: due ? now.toISOString() : result.state.lastRunAt };
  await reminderStateItem.setValue(next);
  if (result.wakeAt) await browser.alarms.create(REMINDER_ALARMS.deferred, { when: Date.parse(result.wakeAt) });
  await ensureReminderAlarms(now, timeZone);
  // The at-risk count follows the real clock (a test run with a fixed clock does not touch the badge).
  if (options.now === undefined) await refreshRemindersBadge().catch(() => undefined);
  return { due, notifications: result.notifications, outcomes };
}

/** Opens what a reminder is about: the group's page, or the list on the batch page. */
export async function openReminderTarget(notificationId: string): Promise<boolean> {
  const target = parseNotificationId(notificationId);
  if (!target) return false;
  const url =
    target.kind === 'group'
      ? target.url
      : // The list page (entrypoints/batch); built from the root so it does not depend on the page existing yet.
        new URL(`batch.html#list=${encodeURIComponent(target.listId)}`, browser.runtime.getURL('/')).href;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
  return true;
}

/** Badge text for tabs that are not a community page: tracked groups at risk this week ('' when none). */
export async function remindersBadge(now: Date = new Date()): Promise<string> {
  const settings = await loadSettings();
  const tracked = await resolveTracked(await getTracked());
  const state = await loadReminderState();
  return remindersBadgeText(
    state,
    tracked.groups.map((g) => g.key),
    now,
    settings.rules.timeZone,
  );
}

/** Colour of the at-risk count (the same red as the popup's urgent badge). */
export const REMINDERS_BADGE_COLOR = '#d93025';

/**
 * Sets the badge's default text (all tabs) to the number of tracked groups at risk this week. Community tabs keep
 * their own per-tab badge (lib/ext/badge.ts sets it with a tabId, which overrides this default).
 */
export async function refreshRemindersBadge(now: Date = new Date()): Promise<string> {
  const text = await remindersBadge(now);
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return text;
  await action.setBadgeText({ text });
  if (text) await action.setBadgeBackgroundColor({ color: REMINDERS_BADGE_COLOR });
  return text;
}

/**
 * Wires the reminders into the background: one call from entrypoints/background.ts, synchronously at start-up
 * (MV3 listeners must be registered in the first turn). `read` replaces the default reader.
 */
export function registerReminders(options: { read?: ReminderReader | null } = {}): void {
  if (options.read !== undefined) configuredReader = options.read;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith('reminders:')) void runReminders().catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => void ensureReminderAlarms().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void ensureReminderAlarms().catch(() => undefined));
  browser.notifications.onClicked.addListener((id) => void openReminderTarget(id).catch(() => undefined));
  void ensureReminderAlarms().catch(() => undefined);
  void refreshRemindersBadge().catch(() => undefined);
  if (import.meta.env.MODE === 'e2e') {
    // Test-only hook (e2e build mode only): run the reminders with a fixed clock and fixture observations.
    (globalThis as Record<string, unknown>).__gospablikiReminders = {
      run: (iso: string, observations?: GroupObservation[]) =>
        runReminders({ now: new Date(iso), force: true, observations: observations ?? [], read: null }),
      ensure: (iso: string) => ensureReminderAlarms(new Date(iso)),
      track: (group: TrackedGroup) => setGroupTracked(group, true),
      saveSettings: (s: ReminderSettings) => saveReminderSettings(s),
      badge: (iso: string) => refreshRemindersBadge(new Date(iso)),
      // The default reader (fetch + parse, in Chrome through the offscreen document), history fallback off.
      reread: (iso: string) => runReminders({ now: new Date(iso), force: true, useHistory: false }),
    };
  }
}
