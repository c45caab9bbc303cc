/**
 * The popup: asks the content script of the tab for its page, audits this month and last month with the stored
 * rule set and the group's audience size, starts collecting older posts when the page does not reach back far
 * enough, and shows the audit. Every outside effect comes in through `deps`, so tests render it on jsdom.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AuditView } from '../../components/AuditView';
import { type I18n, I18nContext } from '../../components/i18n';
import { lazy } from '../../components/lazy';
import { auditCommunity } from '../../lib/audit/audit';
import type { Audit } from '../../lib/audit/types';
import { previousMonthEnd, previousMonthStart } from '../../lib/calendar';
import type { CollectRequest, CollectState, PageAnswer, ReadRequest, Snapshot } from '../../lib/ext/messaging';
import { groupKey, type Settings } from '../../lib/ext/settings';
import type { CommunityPage } from '../../lib/types';
import type { HistoryInput, HistoryOutcome } from './history';

/** Asked once, on the first run: a separate chunk. */
const NotCommunity = lazy(() => import('../../components/NotCommunity').then((m) => m.NotCommunity));
const ErrorView = lazy(() => import('../../components/NotCommunity').then((m) => m.ErrorView));
const HistoryNotice = lazy(() => import('../../components/HistoryNotice').then((m) => m.HistoryNotice));
const TimeZoneQuestion = lazy(() => import('../../components/TimeZoneQuestion').then((m) => m.TimeZoneQuestion));

export interface PopupDeps {
  i18n: I18n;
  browserTimeZone: string;
  /** The instant the audit is made at (a fixed `now` only in the e2e build). */
  now: () => Date;
  /** `now` to pass to the reader (e2e only), else undefined. */
  readNow?: string;
  tabId: () => Promise<number | null>;
  readPage: (tabId: number, req: ReadRequest) => Promise<PageAnswer>;
  collect: (tabId: number, req: CollectRequest) => Promise<CollectState>;
  snapshot: (tabId: number) => Promise<Snapshot>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (s: Settings) => Promise<Settings>;
  setAudienceSize: (key: string, size: number | null) => Promise<Settings>;
  download: (filename: string, text: string) => void | Promise<void>;
  batchUrl: string;
  optionsUrl?: string;
  /** «Добавить в список» (the group-lists feature). */
  /** «Добавить в список»; `businessCard`: the user marked the page as a «визитка». */
  addToList?: (page: CommunityPage, options: { businessCard: boolean }) => Promise<boolean>;
  /** Extra panels shown under the audit (planning calendar, exports). */
  extras?: (props: {
    page: CommunityPage;
    audit: Audit;
    previous: Audit | null;
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
  onAudit?: (result: { page: CommunityPage; current: Audit; previous: Audit }) => void;
  /** How often to ask for progress while collecting, ms. */
  pollMs?: number;
  /** Called once with the time of the first complete render (ms since the popup opened). */
  onRendered?: (ms: number) => void;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'none'; reason: 'profile' | 'other' | 'off-site' }
  | { kind: 'ready'; page: CommunityPage; collect: CollectState; readMs: number; readAt: string };

/** The 1st of the month before `now`'s month, 00:00 in `timeZone`: the audit needs posts back to here. */
export const cutoffFor: (now: Date, timeZone: string) => Date = previousMonthStart;

function needsOlderPosts(page: CommunityPage, cutoff: Date): boolean {
  return page.postsSince === null || Date.parse(page.postsSince) > cutoff.getTime();
}

export function App({ deps }: { deps: PopupDeps }) {
  const i18n = deps.i18n;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [snapshotError, setSnapshotError] = useState(false);
  const [listState, setListState] = useState<'idle' | 'added' | 'failed'>('idle');
  const [businessCard, setBusinessCard] = useState(false);
  const rendered = useRef(false);
  const autoCollected = useRef(false);
  /** Counts the reads started by `load` (a refresh is a new read). */
  const loads = useRef(0);
  /** A collect request is on its way: the read about to be extended is not stored yet. */
  const collectPending = useRef(false);
  const savedRead = useRef<string | null>(null);
  const [historyNotice, setHistoryNotice] = useState<'quota' | 'failed' | null>(null);
  const now = useMemo(() => deps.now(), [deps]);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    loads.current += 1;
    try {
      // The tab is asked for its page while the settings load.
      const reading = deps.tabId().then(async (id) => ({
        id,
        answer: id === null ? null : await deps.readPage(id, deps.readNow ? { now: deps.readNow } : {}),
      }));
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
    if (state.kind !== 'ready' || !settings) return null;
    const key = groupKey(state.page);
    const audienceSize = key ? settings.audienceSizes[key] : undefined;
    const options = { rules: settings.rules, timeZone, audienceSize };
    const current = auditCommunity(state.page, { ...options, now });
    const previous = auditCommunity(state.page, { ...options, now: previousMonthEnd(now, timeZone) });
    return { current, previous, audienceSize: audienceSize ?? null, key };
  }, [state, settings, now, timeZone]);

  useEffect(() => {
    if (audits && state.kind === 'ready')
      deps.onAudit?.({ page: state.page, current: audits.current, previous: audits.previous });
  }, [audits, state, deps]);

  // Store the audit once per read, when no collection of older posts is running or about to start.
  useEffect(() => {
    if (!audits || !settings || state.kind !== 'ready' || !deps.saveHistory) return;
    if (state.collect.status === 'collecting' || collectPending.current) return;
    const read = `${loads.current}:${state.collect.status}:${state.collect.pages}:${state.collect.posts}`;
    if (savedRead.current === read) return;
    savedRead.current = read;
    const input: HistoryInput = {
      page: state.page,
      audit: audits.current,
      previous: audits.previous,
      at: new Date(state.readAt),
      settings: { timeZone, audienceSize: audits.audienceSize, rules: settings.rules },
    };
    deps
      .saveHistory(input)
      .catch((): HistoryOutcome => 'failed')
      .then((outcome) => setHistoryNotice(outcome === 'saved' ? null : outcome));
  }, [audits, settings, state, deps, timeZone]);

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
      await deps.download(`gospabliki-snapshot-${id}-${snap.takenAt.slice(0, 10)}.json`, JSON.stringify(snap, null, 2));
      setSnapshotError(false);
    } catch {
      setSnapshotError(true);
    }
  }, [tabId, deps]);

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
        {state.kind === 'ready' && audits && settings && (
          <AuditView
            page={state.page}
            current={audits.current}
            previous={audits.previous}
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
            {deps.extras?.({ page: state.page, audit: audits.current, previous: audits.previous, settings })}
            {deps.addToList && (
              <p class="actions">
                <button
                  type="button"
                  data-testid="add-to-list"
                  disabled={listState === 'added'}
                  onClick={async () => {
                    const ok = await deps.addToList?.(state.page, { businessCard }).catch(() => false);
                    setListState(ok ? 'added' : 'failed');
                  }}
                >
                  {t(listState === 'added' ? 'list.added' : 'list.add')}
                </button>
                <label class="muted">
                  {' '}
                  <input
                    type="checkbox"
                    data-testid="add-as-business-card"
                    checked={businessCard}
                    disabled={listState === 'added'}
                    onChange={(e) => setBusinessCard(e.currentTarget.checked)}
                  />{' '}
                  {t('list.businessCard')}
                </label>
                {listState === 'failed' && <span class="muted"> {t('list.failed')}</span>}
              </p>
            )}
          </AuditView>
        )}
        {historyNotice && <HistoryNotice reason={historyNotice} />}
        <footer class="footer">
          {state.kind !== 'loading' && (
            <button type="button" class="link" onClick={load}>
              {t('app.refresh')}
            </button>
          )}
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
