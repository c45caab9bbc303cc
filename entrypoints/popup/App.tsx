/**
 * The popup: asks the content script of the tab for its page, audits this month and last month with the stored
 * rule set and the group's audience size, starts collecting older posts when the page does not reach back far
 * enough, and shows the audit of the month in view — the one `monthShownFirst` picks (the ended month in the first
 * days of a month, docs/month-in-view.md) until the user switches. Every outside effect comes in through `deps`, so
 * tests render it on jsdom.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AuditView } from '../../components/AuditView';
import type { GroupListsDeps } from '../../components/GroupLists';
import { type I18n, I18nContext } from '../../components/i18n';
import { lazy } from '../../components/lazy';
import { auditCommunity } from '../../lib/audit/audit';
import type { Audit } from '../../lib/audit/types';
import {
  DEFAULT_ENDED_MONTH_DAYS,
  type MonthView,
  monthShownFirst,
  previousMonthEnd,
  previousMonthStart,
} from '../../lib/calendar';
import { SITE_HOSTS } from '../../lib/ext/hosts';
import type { CollectRequest, CollectState, PageAnswer, ReadRequest, Snapshot } from '../../lib/ext/messaging';
import { groupKey, type Settings } from '../../lib/ext/settings';
import type { CommunityPage } from '../../lib/types';
import type { ApiFill } from './api-fill';
import type { HistoryInput, HistoryOutcome } from './history';

/** Asked once, on the first run: a separate chunk. */
const NotCommunity = lazy(() => import('../../components/NotCommunity').then((m) => m.NotCommunity));
const ErrorView = lazy(() => import('../../components/NotCommunity').then((m) => m.ErrorView));
const HistoryNotice = lazy(() => import('../../components/HistoryNotice').then((m) => m.HistoryNotice));
const TimeZoneQuestion = lazy(() => import('../../components/TimeZoneQuestion').then((m) => m.TimeZoneQuestion));
/** «Следить за группой», «Добавить в список»: a separate chunk, after the audit is on screen. */
const GroupLists = lazy(() => import('../../components/GroupLists').then((m) => m.GroupLists));

export interface PopupDeps {
  i18n: I18n;
  browserTimeZone: string;
  /** The instant the audit is made at (a fixed `now` only in the e2e build). */
  now: () => Date;
  /** `now` to pass to the reader (e2e only), else undefined. */
  readNow?: string;
  tabId: () => Promise<number | null>;
  /**
   * The tab's address, or null when the extension may not see it (any site but VK and OK): then the popup says to
   * open a VK or OK group page instead of asking a content script that is not there.
   */
  tabUrl?: (tabId: number) => Promise<string | null>;
  readPage: (tabId: number, req: ReadRequest) => Promise<PageAnswer>;
  collect: (tabId: number, req: CollectRequest) => Promise<CollectState>;
  snapshot: (tabId: number) => Promise<Snapshot>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (s: Settings) => Promise<Settings>;
  setAudienceSize: (key: string, size: number | null) => Promise<Settings>;
  download: (filename: string, text: string) => void | Promise<void>;
  batchUrl: string;
  optionsUrl?: string;
  /** «Следить за группой», «Добавить в список» with a choice of list (components/GroupLists.tsx). */
  groupLists?: GroupListsDeps;
  /** Extra panels shown under the audit (planning calendar, exports). */
  extras?: (props: {
    page: CommunityPage;
    audit: Audit;
    previous: Audit | null;
    /** The audit of the month in view (`audit` or `previous`): what the exports export. */
    shown: Audit;
    settings: Settings;
  }) => ComponentChildren;
  /** Start collecting older posts by itself when the page does not reach back far enough (default true). */
  autoCollect?: boolean;
  /**
   * Stores the audit of a read in the history (entrypoints/popup/history.ts loads the database lazily). Called once
   * per read — again only after a refresh or when a collection of older posts ends — never on a re-render.
   */
  saveHistory?: (input: HistoryInput) => Promise<HistoryOutcome>;
  /** Receives every audit shown (the demo saves it as JSON). */
  onAudit?: (result: { page: CommunityPage; current: Audit; previous: Audit; view: MonthView }) => void;
  /** How often to ask for progress while collecting, ms. */
  pollMs?: number;
  /** Called once with the time of the first complete render (ms since the popup opened). */
  onRendered?: (ms: number) => void;
  /**
   * The VK API's header fields for the open community, when the user saved a key (entrypoints/popup/api-fill.ts,
   * loaded after the first render): null without a key, and then nothing is sent.
   */
  apiFill?: (page: CommunityPage) => Promise<ApiFill | null>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'none'; reason: 'profile' | 'other' | 'off-site' }
  | { kind: 'ready'; page: CommunityPage; collect: CollectState; readMs: number; readAt: string };

/** The 1st of the month before `now`'s month, 00:00 in `timeZone`: the audit needs posts back to here. */
export const cutoffFor: (now: Date, timeZone: string) => Date = previousMonthStart;

/** The tab shows a VK or OK page (true when its address cannot be asked: the content script will tell). */
async function onSite(deps: PopupDeps, tabId: number): Promise<boolean> {
  if (!deps.tabUrl) return true;
  const url = await deps.tabUrl(tabId).catch(() => undefined);
  if (url === undefined) return true;
  if (url === null) return false;
  try {
    return SITE_HOSTS.includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

function needsOlderPosts(page: CommunityPage, cutoff: Date): boolean {
  return page.postsSince === null || Date.parse(page.postsSince) > cutoff.getTime();
}

export function App({ deps }: { deps: PopupDeps }) {
  const i18n = deps.i18n;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [snapshotError, setSnapshotError] = useState(false);
  const rendered = useRef(false);
  const autoCollected = useRef(false);
  /** Counts the reads started by `load` (a refresh is a new read). */
  const loads = useRef(0);
  /** A collect request is on its way: the read about to be extended is not stored yet. */
  const collectPending = useRef(false);
  const savedRead = useRef<string | null>(null);
  const [historyNotice, setHistoryNotice] = useState<'quota' | 'failed' | null>(null);
  /** The month the user switched to; null: the one `monthShownFirst` picks. */
  const [chosenView, setChosenView] = useState<MonthView | null>(null);
  const now = useMemo(() => deps.now(), [deps]);
  const [apiFill, setApiFill] = useState<ApiFill | null>(null);
  const apiAsked = useRef(0);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    loads.current += 1;
    try {
      // The tab is asked for its page while the settings load.
      const reading = deps.tabId().then(async (id) => {
        if (id === null || !(await onSite(deps, id))) return { id, answer: null };
        return { id, answer: await deps.readPage(id, deps.readNow ? { now: deps.readNow } : {}) };
      });
      const [s, { id, answer }] = await Promise.all([deps.loadSettings(), reading]);
      performance.mark('gp-popup-answer');
      setSettings(s);
      setTabId(id);
      if (id === null || answer === null) return setState({ kind: 'none', reason: 'off-site' });
      if (answer.kind === 'error') return setState({ kind: 'error', message: answer.message });
      if (answer.kind === 'not-community') return setState({ kind: 'none', reason: answer.reason });
      setState({
        kind: 'ready',
        page: answer.page,
        collect: answer.collect,
        readMs: answer.readMs,
        readAt: answer.page.readAt ?? now.toISOString(),
      });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [deps, now]);

  useEffect(() => {
    load();
  }, [load]);

  // Once per read, after it is shown: the API's header fields (only with a saved key).
  useEffect(() => {
    if (state.kind !== 'ready' || !deps.apiFill || apiAsked.current === loads.current) return;
    apiAsked.current = loads.current;
    setApiFill(null);
    void deps
      .apiFill(state.page)
      .then(setApiFill)
      .catch(() => setApiFill(null));
  }, [state, deps]);
  const merged = useMemo(
    () => (state.kind === 'ready' && apiFill ? apiFill.merge(state.page) : null),
    [state, apiFill],
  );
  const shownPage = state.kind === 'ready' ? (merged?.page ?? state.page) : null;

  const timeZone = settings?.rules.timeZone ?? 'Europe/Moscow';
  const cutoff = useMemo(() => cutoffFor(now, timeZone), [now, timeZone]);

  const startCollect = useCallback(async () => {
    if (tabId === null || !settings) return;
    collectPending.current = true;
    try {
      const collect = await deps.collect(tabId, { cutoff: cutoff.toISOString(), delayMs: settings.pacingDelayMs });
      collectPending.current = false;
      setState((s) => (s.kind === 'ready' ? { ...s, collect } : s));
    } catch {
      // The content script went away (page reloaded): the header keeps offering the button; the read as it is
      // gets stored (a new state object runs the history effect again).
      collectPending.current = false;
      setState((s) => (s.kind === 'ready' ? { ...s } : s));
    }
  }, [deps, tabId, settings, cutoff]);

  // Start collecting older posts once, when the page does not reach back to the cut-off.
  useEffect(() => {
    if (state.kind !== 'ready' || autoCollected.current) return;
    autoCollected.current = true;
    if (deps.autoCollect === false) return;
    if (state.collect.status === 'idle' && needsOlderPosts(state.page, cutoff)) startCollect();
  }, [state, cutoff, startCollect, deps.autoCollect]);

  // While collecting, re-read the page (which merges the collected posts) until the collection ends.
  const collecting = state.kind === 'ready' && state.collect.status === 'collecting';
  useEffect(() => {
    if (!collecting || tabId === null) return;
    const timer = setInterval(async () => {
      try {
        const answer = await deps.readPage(tabId, deps.readNow ? { now: deps.readNow } : {});
        if (answer.kind === 'community') {
          setState((s) => (s.kind === 'ready' ? { ...s, page: answer.page, collect: answer.collect } : s));
        }
      } catch {
        // keep the last state
      }
    }, deps.pollMs ?? 700);
    return () => clearInterval(timer);
  }, [collecting, tabId, deps]);

  const audits = useMemo(() => {
    if (shownPage === null || !settings) return null;
    const key = groupKey(shownPage);
    const audienceSize = key ? settings.audienceSizes[key] : undefined;
    const options = { rules: settings.rules, timeZone, audienceSize };
    const current = auditCommunity(shownPage, { ...options, now });
    const previous = auditCommunity(shownPage, { ...options, now: previousMonthEnd(now, timeZone) });
    return { current, previous, audienceSize: audienceSize ?? null, key };
  }, [shownPage, settings, now, timeZone]);

  // The ended month first on the rule set's first N days of a month (docs/month-in-view.md).
  const endedMonthDays = settings?.rules.endedMonthFirstDays ?? DEFAULT_ENDED_MONTH_DAYS;
  const view: MonthView = chosenView ?? monthShownFirst(now, timeZone, endedMonthDays).view;

  useEffect(() => {
    if (audits && shownPage)
      deps.onAudit?.({ page: shownPage, current: audits.current, previous: audits.previous, view });
  }, [audits, shownPage, deps, view]);

  // Store the audit once per read, when no collection of older posts is running or about to start.
  useEffect(() => {
    if (!audits || !settings || state.kind !== 'ready' || !deps.saveHistory) return;
    if (state.collect.status === 'collecting' || collectPending.current) return;
    const read = `${loads.current}:${state.collect.status}:${state.collect.pages}:${state.collect.posts}`;
    if (savedRead.current === read) return;
    savedRead.current = read;
    const input: HistoryInput = {
      page: shownPage ?? state.page,
      audit: audits.current,
      previous: audits.previous,
      at: new Date(state.readAt),
      settings: { timeZone, audienceSize: audits.audienceSize, rules: settings.rules },
    };
    deps
      .saveHistory(input)
      .catch((): HistoryOutcome => 'failed')
      .then((outcome) => setHistoryNotice(outcome === 'saved' ? null : outcome));
  }, [audits, settings, state, shownPage, deps, timeZone]);

  useEffect(() => {
    if (rendered.current || state.kind === 'loading') return;
    rendered.current = true;
    deps.onRendered?.(performance.now());
  }, [state, deps]);

  const onAudienceSize = useCallback(
    async (size: number | null) => {
      if (!audits?.key) return;
      setSettings(await deps.setAudienceSize(audits.key, size));
    },
    [audits?.key, deps],
  );

  const onSnapshot = useCallback(async () => {
    if (tabId === null) return;
    try {
      const snap = await deps.snapshot(tabId);
      const id = snap.page ? `${snap.page.site}-${snap.page.id ?? 'page'}` : 'page';
      // the reader's and the API's answers side by side, when the API was asked (docs/vk-api.md)
      const out = merged ? { ...snap, apiComparison: merged.comparison } : snap;
      await deps.download(`gospabliki-snapshot-${id}-${snap.takenAt.slice(0, 10)}.json`, JSON.stringify(out, null, 2));
      setSnapshotError(false);
    } catch {
      setSnapshotError(true);
    }
  }, [tabId, deps, merged]);

  const saveZone = useCallback(
    async (zone: string) => {
      if (!settings) return;
      // The zone is the region's, not part of a preset (as in the settings form): the preset keeps its name.
      setSettings(
        await deps.saveSettings({
          ...settings,
          timeZoneConfirmed: true,
          rules: { ...settings.rules, timeZone: zone },
        }),
      );
    },
    [settings, deps],
  );

  const t = i18n.t;
  return (
    <I18nContext.Provider value={i18n}>
      <div class="popup" data-testid="popup" data-state={state.kind}>
        {settings && !settings.timeZoneConfirmed && (
          <TimeZoneQuestion initial={deps.browserTimeZone} onSave={saveZone} />
        )}
        {state.kind === 'loading' && <p class="loading">{t('app.loading')}</p>}
        {state.kind === 'error' && <ErrorView message={state.message} onRetry={load} />}
        {state.kind === 'none' && <NotCommunity reason={state.reason} batchUrl={deps.batchUrl} />}
        {state.kind === 'ready' && shownPage && audits && settings && (
          <AuditView
            page={shownPage}
            current={audits.current}
            previous={audits.previous}
            view={view}
            onView={setChosenView}
            collect={state.collect}
            readMs={state.readMs}
            readAt={state.readAt}
            now={now}
            cutoff={cutoff.toISOString()}
            browserTimeZone={deps.browserTimeZone}
            erTarget={settings.rules.erTarget}
            adsExcluded={!settings.rules.countAdPosts}
            rules={settings.rules}
            audienceSize={audits.audienceSize}
            onAudienceSize={audits.key ? onAudienceSize : undefined}
            onCollect={startCollect}
            onSnapshot={onSnapshot}
            snapshotError={snapshotError}
          >
            {deps.extras?.({
              page: shownPage,
              audit: audits.current,
              previous: audits.previous,
              shown: view === 'current' ? audits.current : audits.previous,
              settings,
            })}
            {deps.groupLists && <GroupLists page={state.page} deps={deps.groupLists} />}
          </AuditView>
        )}
        {historyNotice && <HistoryNotice reason={historyNotice} />}
        <footer class="footer">
          {state.kind !== 'loading' && (
            <button type="button" class="link" onClick={load}>
              {t('app.refresh')}
            </button>
          )}
          <a href={deps.batchUrl} target="_blank" rel="noopener" data-testid="lists-link">
            {t('app.lists')}
          </a>
          {deps.optionsUrl && (
            <a href={deps.optionsUrl} target="_blank" rel="noopener">
              {t('app.settings')}
            </a>
          )}
        </footer>
      </div>
    </I18nContext.Provider>
  );
}
