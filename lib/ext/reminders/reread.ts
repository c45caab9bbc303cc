/**
 * The background re-read of one tracked group: the batch audit's runner on a one-group run, with the readers where
 * the background can parse pages (Firefox's background page, Chrome's offscreen document).
 */
import { browser } from 'wxt/browser';
import { auditCommunity } from '../../audit/audit';
import { type BatchDeps, runBatch } from '../../batch/runner';
import { newRun } from '../../batch/state';
import type { GroupObservation } from '../../planning/notify';
import type { RereadTarget } from '../../planning/reread';
import { defaultSleep, type FetchLike } from '../../sites/core/collect';
import { historyLookups } from '../batch-store';
import { saveAudit } from '../history';
import { canReadPages, hasDomParser, offscreenReading } from '../offscreen';
import { loadPageReader, PAGE_READER_PATH } from '../page-reader';
import { loadSettings } from '../settings';
import { observationOf } from './observations';

/** Requests a day the background may spend on re-reads (shared counter with the batch audit). */
export const REMINDER_DAILY_CAP = 2000;

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
    // The history store (lib/ext/batch-store.ts) without the run queue: a one-group run is not stored, only its audit.
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
