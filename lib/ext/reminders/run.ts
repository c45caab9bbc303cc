/**
 * One reminders run: re-read the tracked groups when a slot is due, add the latest stored audits of the others, let
 * the pure notifier decide (lib/planning/notify.ts), show its notifications and keep its state. Runs queue one after
 * another.
 */
import { browser } from 'wxt/browser';
import { type Locale, pickLocale } from '../../i18n';
import {
  decideNotifications,
  type GroupObservation,
  type ReminderNotification,
  type ReminderState,
} from '../../planning/notify';
import { type GroupLock, memoryLock, type RereadOutcome, rereadGroups, webLock } from '../../planning/reread';
import { isRunDue } from '../../planning/schedule';
import { defaultSleep } from '../../sites/core/collect';
import { closeOffscreenDocument } from '../offscreen';
import { loadSettings } from '../settings';
import { ensureReminderAlarms, REMINDER_ALARMS } from './alarms';
import { refreshRemindersBadge } from './badge';
import { historyObservations } from './observations';
import { batchReader, type ReminderReader } from './reread';
import { getTracked, loadReminderSettings, loadReminderState, reminderStateItem, resolveTracked } from './store';

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

/** Replaces the reader the runs use by default (null: no re-read, the stored audits only). */
export function setReminderReader(read: ReminderReader | null): void {
  configuredReader = read;
}

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
