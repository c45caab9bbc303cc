/** The «Списки групп» page: lists, adding groups, the batch run, the set's indicators and the results table. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AddGroups, type ImportReport } from '../../components/batch/AddGroups';
import { GroupDetail } from '../../components/batch/GroupDetail';
import { InstitutionPanel } from '../../components/batch/InstitutionPanel';
import { BatchI18nContext, makeBatchI18n } from '../../components/batch/i18n';
import { ListsPanel } from '../../components/batch/ListsPanel';
import { ResultsTable } from '../../components/batch/ResultsTable';
import { RunPanel } from '../../components/batch/RunPanel';
import { SetIndicatorsView } from '../../components/batch/SetIndicatorsView';
import { lazy } from '../../components/lazy';
import { type RuleSet, requiredPostsPerWeek } from '../../lib/audit/rules';
import { audienceSizeFor } from '../../lib/batch/audience';
import { BatchController } from '../../lib/batch/controller';
import { type SetMonth, setIndicators } from '../../lib/batch/indicators';
import { institutionRowsOf, rowOf } from '../../lib/batch/rows';
import type { BatchDeps } from '../../lib/batch/runner';
import { newRun, type Run, runProgress } from '../../lib/batch/state';
import { monthOf } from '../../lib/calendar';
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
  /** Everything the runner needs but the store-independent callbacks. */
  runnerDeps: (settings: PageSettings, dailyCap: number) => Omit<BatchDeps, 'onUpdate'>;
  parseFile: (name: string, bytes: Uint8Array) => Promise<ImportResult>;
  newRunId: () => string;
  onListChange?: (listId: string | null) => void;
  /** The reports' export buttons for a list (XLSX, CSV, print, messages, backup), when wired. */
  exportsFor?: (listId: string) => ComponentChildren;
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
  const [view, setView] = useState<'institutions' | 'pages'>('institutions');
  const [run, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const [month, setMonth] = useState<SetMonth>('current');
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [openAudits, setOpenAudits] = useState<AuditRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
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
    for (const item of next.items) {
      if (item.auditId === null || seenAudits.current.has(item.auditId)) continue;
      seenAudits.current.add(item.auditId);
      const id = item.auditId;
      void getAudit(id).then((record) => {
        if (record === null) return;
        setLatest((prev) => new Map(prev).set(item.key, record));
      });
    }
  }, []);

  const startController = useCallback(
    async (target: Run, current: PageSettings, cap: number) => {
      if (controller.current?.busy) return;
      for (const item of target.items) if (item.auditId !== null) seenAudits.current.add(item.auditId);
      const c = new BatchController(target, { ...deps.runnerDeps(current, cap), onUpdate: onRunUpdate });
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
  }, [deps, selectedId]);

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
        { month, rules: settings?.rules },
      ),
    [readable, latest, month, settings],
  );

  const rows = useMemo(
    () =>
      groups.map((g) => {
        // MAX/Telegram: the record computed from the figures entered (recomputed, so a week that ended shows so)
        const record =
          isReadablePlatform(g.site) || settings === null
            ? (latest.get(g.key) ?? null)
            : manualRecordOf(g, manualMonths, { now: deps.now(), rules: settings.rules });
        return rowOf(g, record, settings?.audienceSizes);
      }),
    [groups, latest, settings, manualMonths, deps],
  );
  const grouped = useMemo(
    () => institutionRowsOf(rows, institutions, settings === null ? {} : institutionOptions(settings.rules)),
    [rows, institutions, settings],
  );
  const progress = run === null ? null : runProgress(run);
  const openRow = rows.find((r) => r.key === openKey) ?? null;

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
            onPaste={(text) => importInto(parsePastedLinks(text))}
            onFile={async (name, bytes) => importInto(await deps.parseFile(name, bytes))}
          />
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
          {selectedId !== null && groups.length > 0 && deps.exportsFor !== undefined && (
            <section class="exports">{deps.exportsFor(selectedId)}</section>
          )}
          {groups.length > 0 && (
            <SetIndicatorsView indicators={indicators} month={month} onMonth={setMonth} rules={settings?.rules} />
          )}
          {selectedId !== null && grouped.length > 0 && (
            <div class="row view-switch">
              {(['institutions', 'pages'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={view === v}
                  data-testid={`view-${v}`}
                  onClick={() => setView(v)}
                >
                  {ti(v === 'institutions' ? 'viewInstitutions' : 'viewPages')}
                </button>
              ))}
            </div>
          )}
          {selectedId !== null && grouped.length > 0 && view === 'institutions' && (
            <InstitutionsView
              institutions={grouped}
              outside={rows.filter((r) => r.institutionId === null).length}
              onOpen={(key) => void open(key)}
            />
          )}
          {selectedId !== null && (grouped.length === 0 || view === 'pages') && (
            <ResultsTable
              rows={rows}
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
        {openRow !== null && settings !== null && selectedId !== null && (
          <GroupDetail
            row={openRow}
            audits={openAudits}
            browserTimeZone={deps.browserTimeZone}
            timeZone={settings.rules.timeZone}
            required={requiredPostsPerWeek(settings.rules)}
            onClose={() => setOpenKey(null)}
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
      </div>
    </BatchI18nContext.Provider>
  );
}
