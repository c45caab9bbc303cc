/**
 * The «Списки групп» page: lists, adding groups, the batch run, the month switch, the set's indicators and the
 * results table, and a group's detail in a side panel. Laid out for a 1 366 × 768 laptop (docs/lists.md).
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AddGroups, type ImportReport } from '../../components/batch/AddGroups';
import { ApiModeNote } from '../../components/batch/ApiModeNote';
import { GroupDetail } from '../../components/batch/GroupDetail';
import { InstitutionPanel } from '../../components/batch/InstitutionPanel';
import { BatchI18nContext, makeBatchI18n } from '../../components/batch/i18n';
import { ListsPanel } from '../../components/batch/ListsPanel';
import { MonthSwitch } from '../../components/batch/MonthSwitch';
import { ResultsTable } from '../../components/batch/ResultsTable';
import { RunPanel } from '../../components/batch/RunPanel';
import { SetIndicatorsView } from '../../components/batch/SetIndicatorsView';
import { lazy } from '../../components/lazy';
import { TrackToggle } from '../../components/planning/TrackToggle';
import { type RuleSet, requiredPostsPerWeek } from '../../lib/audit/rules';
import { audienceSizeFor } from '../../lib/batch/audience';
import { BatchController } from '../../lib/batch/controller';
import { setIndicators } from '../../lib/batch/indicators';
import { institutionRowsOf, type MonthRef, type RunningWeek, rowOf } from '../../lib/batch/rows';
import type { BatchDeps } from '../../lib/batch/runner';
import { newRun, type Run, runProgress } from '../../lib/batch/state';
import {
  DEFAULT_ENDED_MONTH_DAYS,
  evaluationWeekOf,
  type MonthView,
  monthOf,
  monthShownFirst,
} from '../../lib/calendar';
import { rowFromRecords } from '../../lib/export/from-history';
import {
  type AuditRecord,
  activeRunOf,
  createList,
  DEFAULT_BATCH_OPTIONS,
  deleteList,
  type GroupRecord,
  getAudit,
  getBatchOptions,
  getGroups,
  getLists,
  type HistoryError,
  type ListRecord,
  latestAudits,
  listAudits,
  removeGroupFromList,
  renameList,
  retryRunItems,
  saveBatchOptions,
  saveRun,
  updateGroup,
} from '../../lib/ext/history';
import {
  getInstitutions,
  getManualMonths,
  importIntoList,
  saveManualMonth,
  setInstitution,
} from '../../lib/ext/institutions';
import type { ApiModeState } from '../../lib/ext/vk-api-mode';
import { createT, type Locale } from '../../lib/i18n/index';
import { institutionDicts } from '../../lib/i18n/institutions';
import type { ImportResult } from '../../lib/import/records';
import { parsePastedLinks } from '../../lib/import/records';
import { institutionOptions } from '../../lib/institutions/audit';
import { manualRecordOf } from '../../lib/institutions/manual';
import type { InstitutionRecord, ManualMonth } from '../../lib/institutions/types';
import { isReadablePlatform } from '../../lib/types';

/** The institutions view is a chunk of its own, loaded when a list with institutions is shown. */
const InstitutionsView = lazy(() => import('../../components/batch/InstitutionsView').then((m) => m.InstitutionsView));

export interface PageSettings {
  rules: RuleSet;
  pacingDelayMs: number;
  audienceSizes: Record<string, number>;
}

export interface BatchPageDeps {
  locale: Locale;
  browserTimeZone: string;
  now: () => Date;
  initialListId: string | null;
  loadSettings: () => Promise<PageSettings>;
  savePacing: (ms: number) => Promise<void>;
  /** Mirrors a group's audience size into the settings (the popup reads it there). */
  saveAudienceSize: (key: string, size: number | null) => Promise<void>;
  /** Everything the runner needs but the store-independent callbacks; may load the readers first (the batch page
   * loads them when a run starts). */
  runnerDeps: (
    settings: PageSettings,
    dailyCap: number,
  ) => Omit<BatchDeps, 'onUpdate'> | Promise<Omit<BatchDeps, 'onUpdate'>>;
  parseFile: (name: string, bytes: Uint8Array) => Promise<ImportResult>;
  newRunId: () => string;
  onListChange?: (listId: string | null) => void;
  /**
   * The reports' export buttons for a list (XLSX, CSV, print, messages, backup), when wired; they export the month
   * the page's month switch shows.
   */
  exportsFor?: (listId: string, month: MonthView) => ComponentChildren;
  /** The VK API mode (a saved key and the browser's permission), asked afresh for every run. */
  apiMode?: (settings: PageSettings) => Promise<ApiModeState>;
  /** Writes text to the clipboard (a group's message to its admin). */
  copyText?: (text: string) => Promise<void>;
  /** «Следить за списком»: the stored choice (lib/ext/tracked.ts), when wired. */
  tracking?: {
    isListTracked: (id: string) => Promise<boolean>;
    setListTracked: (list: { id: string; name: string }, on: boolean) => Promise<unknown>;
  };
}

/**
 * The two months the page can show at `now` (in the rule zone), the one shown first (the ended month on days 1..N,
 * docs/month-in-view.md) and the evaluation week running.
 */
export function pageMonths(now: Date, timeZone: string, endedMonthDays = DEFAULT_ENDED_MONTH_DAYS) {
  const week = evaluationWeekOf(now, timeZone);
  const running: RunningWeek | null = week === null ? null : { year: week.year, month: week.month, week: week.week };
  const shown = monthShownFirst(now, timeZone, endedMonthDays);
  return { current: shown.current, previous: shown.previous, first: shown[shown.view], running };
}

export function App({ deps }: { deps: BatchPageDeps }) {
  const i18n = useMemo(() => makeBatchI18n(deps.locale), [deps.locale]);
  const { t } = i18n;
  const ti = useMemo(() => createT(institutionDicts, deps.locale), [deps.locale]);
  const [settings, setSettings] = useState<PageSettings | null>(null);
  const [dailyCap, setDailyCap] = useState(DEFAULT_BATCH_OPTIONS.dailyCap);
  const [lists, setLists] = useState<ListRecord[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [groups, setGroups] = useState<GroupRecord[]>([]);
  const [latest, setLatest] = useState<Map<string, AuditRecord>>(new Map());
  const [institutions, setInstitutions] = useState<InstitutionRecord[]>([]);
  const [manualMonths, setManualMonths] = useState<ManualMonth[]>([]);
  const [shape, setShape] = useState<'institutions' | 'pages'>('institutions');
  const [run, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  /** The month the user switched to; null: the month shown first. */
  const [chosenMonth, setChosenMonth] = useState<MonthRef | null>(null);
  const [listTracked, setListTracked] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [openAudits, setOpenAudits] = useState<AuditRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [apiState, setApiState] = useState<ApiModeState['state']>('off');
  const controller = useRef<BatchController | null>(null);
  const seenAudits = useRef(new Set<number>());

  const report = useCallback(
    (e: HistoryError) => setError(e.kind === 'quota' ? t('storageError') : `${t('genericError')} (${e.message})`),
    [t],
  );

  const loadList = useCallback(async (id: string | null, all?: ListRecord[]) => {
    const known = all ?? (await getLists());
    const list = known.find((l) => l.id === id) ?? null;
    if (list === null) {
      setSelectedId(null);
      setGroups([]);
      setLatest(new Map());
      setRun(null);
      return null;
    }
    const found = await getGroups(list.groupKeys);
    const audits = await latestAudits(found.map((g) => g.key));
    const active = await activeRunOf(list.id);
    const manual = await getManualMonths(found.filter((g) => !isReadablePlatform(g.site)).map((g) => g.key));
    setInstitutions(await getInstitutions());
    setManualMonths(manual);
    setGroups(found);
    setLatest(audits);
    setRun(active);
    setSelectedId(list.id);
    return active;
  }, []);

  const refreshLists = useCallback(async () => {
    const all = await getLists();
    setLists(all);
    return all;
  }, []);

  const onRunUpdate = useCallback((next: Run) => {
    setRun(next);
    // the audits finished since the last update, fetched and shown together (the API mode finishes many at once)
    const fresh: { key: string; id: number }[] = [];
    for (const item of next.items) {
      if (item.auditId === null || seenAudits.current.has(item.auditId)) continue;
      seenAudits.current.add(item.auditId);
      fresh.push({ key: item.key, id: item.auditId });
    }
    if (fresh.length === 0) return;
    void Promise.all(fresh.map(async (f) => ({ key: f.key, record: await getAudit(f.id) }))).then((found) => {
      setLatest((prev) => {
        const map = new Map(prev);
        for (const { key, record } of found) if (record !== null) map.set(key, record);
        return map;
      });
    });
  }, []);

  const startController = useCallback(
    async (target: Run, current: PageSettings, cap: number) => {
      if (controller.current?.busy) return;
      for (const item of target.items) if (item.auditId !== null) seenAudits.current.add(item.auditId);
      const api: ApiModeState = (await deps.apiMode?.(current)) ?? { state: 'off' };
      setApiState(api.state);
      const runner = { ...(await deps.runnerDeps(current, cap)), onUpdate: onRunUpdate };
      const c = new BatchController(target, api.state === 'on' ? { ...runner, apiMode: api.apiMode } : runner);
      controller.current = c;
      setBusy(true);
      setRun({ ...target, state: 'running', pauseReason: null, blockedUrl: null });
      try {
        const finished = await c.start();
        setRun(finished);
      } finally {
        setBusy(controller.current?.busy ?? false);
      }
    },
    [deps, onRunUpdate],
  );

  useEffect(() => {
    void (async () => {
      const [s, options, all] = await Promise.all([deps.loadSettings(), getBatchOptions(), refreshLists()]);
      setSettings(s);
      setDailyCap(options.dailyCap);
      const first = all.find((l) => l.id === deps.initialListId) ?? all[0] ?? null;
      const active = await loadList(first?.id ?? null, all);
      // A run the page was closed in the middle of resumes by itself.
      if (active !== null && active.state === 'running') void startController(active, s, options.dailyCap);
    })();
  }, [deps, loadList, refreshLists, startController]);

  useEffect(() => {
    deps.onListChange?.(selectedId);
    if (selectedId === null || deps.tracking === undefined) return setListTracked(false);
    let alive = true;
    void deps.tracking
      .isListTracked(selectedId)
      .catch(() => false)
      .then((on) => alive && setListTracked(on));
    return () => {
      alive = false;
    };
  }, [deps, selectedId]);

  useEffect(() => {
    if (settings !== null) void deps.apiMode?.(settings).then((api) => setApiState(api.state));
  }, [deps, settings]);

  // Leaving the page (or unmounting it) stops the runner; the queue in IndexedDB keeps where it stopped.
  useEffect(
    () => () => {
      void controller.current?.pause();
    },
    [],
  );

  const selectList = async (id: string) => {
    if (controller.current?.busy) await controller.current.pause();
    controller.current = null;
    setOpenKey(null);
    await loadList(id);
  };

  const importInto = async (result: ImportResult): Promise<ImportReport | null> => {
    setError(null);
    let listId = selectedId;
    if (listId === null) {
      const created = await createList(t('defaultListName'), deps.now());
      if (!created.ok) {
        report(created.error);
        return null;
      }
      listId = created.value.id;
    }
    const now = deps.now();
    const added = await importIntoList(listId, result, now, monthOf(now, settings?.rules.timeZone ?? 'Europe/Moscow'));
    if (!added.ok) {
      report(added.error);
      return null;
    }
    const all = await refreshLists();
    await loadList(listId, all);
    const { institutions: made, figures } = added.value;
    return {
      ...added.value,
      duplicates: result.duplicates.length,
      issues: result.issues,
      ...(made > 0 || figures > 0 ? { institutionsLine: ti('importInstitutions', { n: made, figures }) } : {}),
    };
  };

  const now = useMemo(() => deps.now(), [deps]);
  const timeZone = settings?.rules.timeZone ?? 'Europe/Moscow';
  const endedMonthDays = settings?.rules.endedMonthFirstDays ?? DEFAULT_ENDED_MONTH_DAYS;
  const months = useMemo(() => pageMonths(now, timeZone, endedMonthDays), [now, timeZone, endedMonthDays]);
  const view = chosenMonth ?? months.first;
  const viewIs: MonthView =
    view.year === months.previous.year && view.month === months.previous.month ? 'previous' : 'current';

  // The methodology's F/E/R/M rate VK and OK pages only: MAX/Telegram entries change none of them.
  const readable = useMemo(() => groups.filter((g) => isReadablePlatform(g.site)), [groups]);
  const indicators = useMemo(
    () =>
      setIndicators(
        readable.map((g) => {
          const record = latest.get(g.key);
          return {
            metrics: record !== undefined && record.status !== 'failed' ? record.metrics : null,
            audienceSize: audienceSizeFor(g, record, settings?.audienceSizes),
            businessCard: g.businessCard === true,
          };
        }),
        { period: view, rules: settings?.rules },
      ),
    [readable, latest, view, settings],
  );

  const rows = useMemo(
    () =>
      groups.map((g) => {
        // MAX/Telegram: the record computed from the figures entered (recomputed, so a week that ended shows so)
        const record =
          isReadablePlatform(g.site) || settings === null
            ? (latest.get(g.key) ?? null)
            : manualRecordOf(g, manualMonths, { now: deps.now(), rules: settings.rules });
        return rowOf(g, record, settings?.audienceSizes, months.running);
      }),
    [groups, latest, settings, manualMonths, deps, months],
  );
  const grouped = useMemo(
    () =>
      institutionRowsOf(
        rows,
        institutions,
        settings === null ? {} : institutionOptions(settings.rules, { year: view.year, month: view.month, now }),
      ),
    [rows, institutions, settings, view, now],
  );
  const progress = run === null ? null : runProgress(run);
  const openRow = rows.find((r) => r.key === openKey) ?? null;
  // The open group's message to its admin (null: nothing to fix; undefined: not known yet). The message writer and
  // the report texts load with the first group opened (the exports share that chunk).
  const [openMessage, setOpenMessage] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    setOpenMessage(undefined);
    const group = groups.find((g) => g.key === openKey);
    if (group === undefined || settings === null || deps.copyText === undefined) return;
    let alive = true;
    void import('../../lib/export/message').then(({ adminMessage }) => {
      if (!alive) return;
      const row = rowFromRecords(group, latest.get(group.key), settings.audienceSizes, null, view);
      setOpenMessage(adminMessage(row, { locale: deps.locale, now, timeZone: settings.rules.timeZone })?.text ?? null);
    });
    return () => {
      alive = false;
    };
  }, [groups, latest, openKey, settings, view, deps, now]);

  const open = async (key: string) => {
    setOpenKey(key);
    setOpenAudits(await listAudits(key));
  };

  const setAudience = async (key: string, size: number | null) => {
    const saved = await updateGroup(key, { audienceSize: size });
    if (!saved.ok) {
      report(saved.error);
      return;
    }
    setGroups((prev) => prev.map((g) => (g.key === key ? saved.value : g)));
    await deps.saveAudienceSize(key, size);
  };

  return (
    <BatchI18nContext.Provider value={i18n}>
      <header class="page-header">
        <h1>{t('title')}</h1>
        <p class="muted">{t('subtitle')}</p>
      </header>
      {error !== null && (
        <p class="error" role="alert" data-testid="error">
          {error}
        </p>
      )}
      <div class="layout">
        <ListsPanel
          lists={lists}
          selectedId={selectedId}
          onSelect={(id) => void selectList(id)}
          onCreate={async (name) => {
            const created = await createList(name, deps.now());
            if (!created.ok) return report(created.error);
            const all = await refreshLists();
            await loadList(created.value.id, all);
          }}
          onRename={async (id, name) => {
            const renamed = await renameList(id, name, deps.now());
            if (!renamed.ok) return report(renamed.error);
            await refreshLists();
          }}
          onDelete={async (id) => {
            if (id === selectedId && controller.current?.busy) await controller.current.cancel();
            const deleted = await deleteList(id);
            if (!deleted.ok) return report(deleted.error);
            const all = await refreshLists();
            await loadList(id === selectedId ? (all[0]?.id ?? null) : selectedId, all);
          }}
        />
        <main>
          <AddGroups
            collapsed={groups.length > 0}
            onPaste={(text) => importInto(parsePastedLinks(text))}
            onFile={async (name, bytes) => importInto(await deps.parseFile(name, bytes))}
          />
          {selectedId !== null && <ApiModeNote state={apiState} />}
          {selectedId !== null && settings !== null && (
            <RunPanel
              run={run}
              progress={progress}
              busy={busy}
              groups={readable.length}
              pacingMs={settings.pacingDelayMs}
              dailyCap={dailyCap}
              onRun={async () => {
                setError(null);
                const listId = selectedId;
                if (groups.length === 0) return;
                // MAX and Telegram pages are never fetched: their figures are entered by hand
                if (readable.length === 0) return setError(ti('nothingToRun'));
                const fresh = newRun(deps.newRunId(), listId, readable, deps.now());
                const saved = await saveRun(fresh);
                if (!saved.ok) return report(saved.error);
                seenAudits.current.clear();
                await startController(fresh, settings, dailyCap);
              }}
              onPause={() => void controller.current?.pause()}
              onResume={async () => {
                if (run === null) return;
                await startController(run, settings, dailyCap);
              }}
              onCancel={async () => {
                if (controller.current !== null) setRun(await controller.current.cancel());
                else if (run !== null) {
                  const cancelled: Run = { ...run, state: 'cancelled', pauseReason: null };
                  await saveRun(cancelled);
                  setRun(cancelled);
                }
              }}
              onRetryFailed={async () => {
                if (run === null) return;
                const retried = await retryRunItems(run);
                if (!retried.ok) return report(retried.error);
                await startController(retried.value, settings, dailyCap);
              }}
              onPacing={async (ms) => {
                await deps.savePacing(ms);
                setSettings({ ...settings, pacingDelayMs: ms });
              }}
              onDailyCap={async (cap) => {
                const saved = await saveBatchOptions({ dailyCap: cap });
                if (saved.ok) setDailyCap(cap);
              }}
            />
          )}
          {selectedId !== null && groups.length > 0 && (
            <section class="toolbar" data-testid="list-toolbar">
              {deps.tracking !== undefined && (
                <TrackToggle
                  kind="list"
                  tracked={listTracked}
                  locale={deps.locale}
                  onToggle={async (on) => {
                    const list = lists.find((l) => l.id === selectedId);
                    if (list === undefined || deps.tracking === undefined) return;
                    await deps.tracking.setListTracked({ id: list.id, name: list.name }, on);
                    setListTracked(on);
                  }}
                />
              )}
              {deps.exportsFor?.(selectedId, viewIs)}
            </section>
          )}
          {groups.length > 0 && (
            <SetIndicatorsView indicators={indicators} rules={settings?.rules}>
              <MonthSwitch previous={months.previous} current={months.current} value={view} onChange={setChosenMonth} />
            </SetIndicatorsView>
          )}
          {selectedId !== null && grouped.length > 0 && (
            <div class="row view-switch">
              {(['institutions', 'pages'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={shape === v}
                  data-testid={`view-${v}`}
                  onClick={() => setShape(v)}
                >
                  {ti(v === 'institutions' ? 'viewInstitutions' : 'viewPages')}
                </button>
              ))}
            </div>
          )}
          {selectedId !== null && grouped.length > 0 && shape === 'institutions' && (
            <InstitutionsView
              institutions={grouped}
              outside={rows.filter((r) => r.institutionId === null).length}
              onOpen={(key) => void open(key)}
              timeZone={timeZone}
            />
          )}
          {selectedId !== null && (grouped.length === 0 || shape === 'pages') && (
            <ResultsTable
              rows={rows}
              view={view}
              running={months.running}
              timeZone={timeZone}
              openKey={openKey}
              onOpen={(key) => void open(key)}
              onAudience={(key, size) => void setAudience(key, size)}
              onRetry={
                busy || run === null
                  ? undefined
                  : async (key) => {
                      const retried = await retryRunItems(run, [key]);
                      if (!retried.ok) return report(retried.error);
                      await startController(retried.value, settings ?? (await deps.loadSettings()), dailyCap);
                    }
              }
            />
          )}
        </main>
      </div>
      {openRow !== null && settings !== null && selectedId !== null && (
        <GroupDetail
          row={openRow}
          audits={openAudits}
          browserTimeZone={deps.browserTimeZone}
          timeZone={settings.rules.timeZone}
          required={requiredPostsPerWeek(settings.rules)}
          onClose={() => setOpenKey(null)}
          message={openMessage}
          onCopyMessage={async () => deps.copyText?.(openMessage ?? '')}
          onAudience={(size) => void setAudience(openRow.key, size)}
          rules={settings.rules}
          onCategory={async (category) => {
            const saved = await updateGroup(openRow.key, { category });
            if (!saved.ok) return report(saved.error);
            setGroups((prev) => prev.map((g) => (g.key === openRow.key ? saved.value : g)));
          }}
          extra={
            <InstitutionPanel
              row={openRow}
              institution={institutions.find((i) => i.id === openRow.institutionId) ?? null}
              months={manualMonths}
              initial={monthOf(deps.now(), settings.rules.timeZone)}
              timeZone={settings.rules.timeZone}
              now={deps.now}
              onSave={async (m) => {
                const saved = await saveManualMonth(m);
                if (!saved.ok) return false;
                setManualMonths((prev) => [
                  ...prev.filter((x) => !(x.groupKey === m.groupKey && x.year === m.year && x.month === m.month)),
                  saved.value,
                ]);
                return true;
              }}
              onUngroup={async () => {
                const done = await setInstitution([openRow.key], null);
                if (!done.ok) return report(done.error);
                setGroups((prev) => prev.map((g) => (g.key === openRow.key ? { ...g, institutionId: null } : g)));
              }}
            />
          }
          onBusinessCard={async (businessCard) => {
            const saved = await updateGroup(openRow.key, { businessCard });
            if (!saved.ok) return report(saved.error);
            setGroups((prev) => prev.map((g) => (g.key === openRow.key ? saved.value : g)));
          }}
          onRemove={async () => {
            const removed = await removeGroupFromList(selectedId, openRow.key, deps.now());
            if (!removed.ok) return report(removed.error);
            setOpenKey(null);
            await loadList(selectedId, await refreshLists());
          }}
        />
      )}
    </BatchI18nContext.Provider>
  );
}
