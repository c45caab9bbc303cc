/**
 * Storage glue of the exports (extension pages only): loads report rows from the history database and the
 * settings, and exports/imports the JSON backup. Reads and writes only through lib/ext/history.ts and
 * lib/ext/settings.ts.
 */
import type { RuleSet } from '../audit/rules';
import { type MonthView, monthShownFirst } from '../calendar';
import {
  type AuditRecord,
  addGroupsToList,
  getGroup,
  getGroups,
  getList,
  getLists,
  latestAudits,
  listAudits,
  saveAudit,
  saveList,
  updateGroup,
} from '../ext/history';
import {
  getInstitutions,
  getManualMonths,
  saveInstitution,
  saveManualMonth,
  setInstitution,
  withManualRecords,
} from '../ext/institutions';
import { loadSettings } from '../ext/settings';
import { saveSettings } from '../ext/settings-write';
import {
  type Backup,
  type BackupData,
  createBackup,
  type ImportPlan,
  parseBackup,
  planImport,
  serializeBackup,
} from './backup';
import { rowFromRecords } from './from-history';
import type { ReportMeta, ReportRow } from './types';

export interface ReportData {
  rows: ReportRow[];
  meta: ReportMeta;
  rules: RuleSet;
  /** Which of the two months the rows are of. */
  month: MonthView;
}

/**
 * Rows of a list (in its order) or of one group, with the latest audit of each, for `month` — by default the month
 * the screens show first at `now` (`monthShownFirst`: the ended month in the first days of a month). null when not
 * found.
 */
export async function loadReportData(
  target: { listId: string } | { groupKey: string },
  now: Date = new Date(),
  month?: MonthView,
): Promise<ReportData | null> {
  const settings = await loadSettings();
  let listName: string;
  let keys: string[];
  if ('listId' in target) {
    const list = await getList(target.listId);
    if (!list) return null;
    listName = list.name;
    keys = list.groupKeys;
  } else {
    const group = await getGroup(target.groupKey);
    if (!group) return null;
    listName = group.name ?? group.url;
    keys = [group.key];
  }
  const timeZone = settings.rules.timeZone;
  const first = monthShownFirst(now, timeZone, settings.rules.endedMonthFirstDays);
  const view = month ?? first.view;
  const groups = await getGroups(keys);
  const latest = await withManualRecords(groups, await latestAudits(keys), { now, rules: settings.rules });
  const institutions = new Map((await getInstitutions()).map((i) => [i.id, i]));
  const rows = groups.map((g) => {
    const inst = g.institutionId == null ? undefined : institutions.get(g.institutionId);
    const ref = inst === undefined ? null : { id: inst.id, name: inst.name || g.name || g.url };
    return rowFromRecords(g, latest.get(g.key), settings.audienceSizes, ref, first[view]);
  });
  const audited = rows.find((r) => r.audit)?.audit?.month;
  return {
    rows,
    rules: settings.rules,
    month: view,
    meta: {
      listName,
      period: audited ? { year: audited.year, month: audited.month } : first[view],
      generatedAt: now.toISOString(),
      timeZone,
    },
  };
}

async function currentData(): Promise<BackupData> {
  const lists = await getLists();
  const groups = await getGroups();
  const audits: AuditRecord[] = [];
  for (const g of groups) audits.push(...(await listAudits(g.key, 100_000)));
  const settings = await loadSettings();
  const institutions = await getInstitutions();
  const manual = await getManualMonths(groups.map((g) => g.key));
  return { lists, groups, audits, settings: { ...settings }, institutions, manual };
}

/** The whole backup as JSON text. */
export async function exportBackupText(now: Date = new Date()): Promise<string> {
  return serializeBackup(createBackup(await currentData(), now));
}

export type ImportOutcome =
  | { ok: true; plan: ImportPlan; failures: string[] }
  | { ok: false; error: 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid'; details: string[] };

/** Imports a backup text: merges by the plan (see backup.ts), reports conflicts and failed writes. */
export async function importBackupText(
  text: string,
  options: { replaceSettings?: boolean; now?: Date } = {},
): Promise<ImportOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const backup: Backup = parsed.backup;
  const current = await currentData();
  const plan = planImport(current, backup, options);
  const failures: string[] = [];
  const note = (what: string, r: { ok: boolean; error?: { message?: string } }) => {
    if (!r.ok) failures.push(`${what}: ${r.error?.message ?? 'failed'}`);
  };
  // New groups enter through their lists (the history API creates groups when adding them to a list).
  const newGroups = new Map(plan.groups.add.map((g) => [g.key, g]));
  for (const list of [...plan.lists.add, ...plan.lists.replace]) {
    const exists = current.lists.some((l) => l.id === list.id);
    if (!exists) note(`list ${list.id}`, await saveList({ ...list, groupKeys: [] }));
    const add = list.groupKeys
      .map((k) => newGroups.get(k))
      .filter((g) => g !== undefined)
      .map((g, i) => ({
        site: g.site,
        key: g.key,
        url: g.url,
        name: g.name,
        audienceSize: g.audienceSize,
        category: g.category,
        businessCard: g.businessCard ?? null,
        line: i + 1,
      }));
    const inInstitutions = list.groupKeys.map((k) => newGroups.get(k)).filter((g) => g !== undefined);
    if (add.length > 0) note(`groups of ${list.id}`, await addGroupsToList(list.id, add, options.now));
    for (const g of inInstitutions) {
      const id = (g as { institutionId?: unknown }).institutionId;
      if (typeof id === 'string') note(`group ${g.key}`, await setInstitution([g.key], id));
    }
    for (const g of add) newGroups.delete(g.key);
    // Restore the list exactly as in the file (order, dates).
    note(
      `list ${list.id}`,
      await saveList({
        id: list.id,
        name: list.name,
        groupKeys: list.groupKeys,
        createdAt: list.createdAt,
        updatedAt: list.updatedAt,
      }),
    );
  }
  for (const g of newGroups.values()) failures.push(`group ${g.key}: in no list of the file; skipped`);
  for (const g of plan.groups.fill) {
    note(
      `group ${g.key}`,
      await updateGroup(g.key, {
        name: g.name,
        id: g.id,
        audienceSize: g.audienceSize,
        category: g.category,
        businessCard: g.businessCard,
      }),
    );
    const id = (g as { institutionId?: unknown }).institutionId;
    if (typeof id === 'string') note(`group ${g.key}`, await setInstitution([g.key], id));
  }
  for (const i of plan.institutions.add) note(`institution ${i.id}`, await saveInstitution(i));
  for (const m of plan.manual.put) note(`figures ${m.groupKey} ${m.year}-${m.month}`, await saveManualMonth(m));
  for (const a of plan.audits.add) {
    const { groupKey, ...rest } = a;
    note(`audit ${groupKey} ${a.at}`, await saveAudit(groupKey, rest as Omit<AuditRecord, 'groupKey' | 'id'>));
  }
  const s = plan.settings;
  if (s.replacement || Object.keys(s.audienceSizesToAdd).length > 0) {
    const mine = await loadSettings();
    const base = s.replacement ? { ...mine, ...s.replacement } : mine;
    await saveSettings({ ...base, audienceSizes: { ...s.audienceSizesToAdd, ...mine.audienceSizes } } as typeof mine);
  }
  return { ok: true, plan, failures };
}
