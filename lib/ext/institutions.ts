/**
 * Institutions and hand-entered figures in the history database (stores `institutions` and `manual`, version 3 of
 * lib/ext/history.ts): importing a list of institutions in one transaction, grouping pages, the MAX/Telegram figures
 * of a month, and the computed records the lists and the reports show for MAX/Telegram pages. docs/institutions.md.
 */
import * as z from 'zod/mini';
import type { RuleSet } from '../audit/rules';
import type { ImportedFigures, ImportResult } from '../import/records';
import { manualRecordOf } from '../institutions/manual';
import {
  type InstitutionRecord,
  InstitutionRecordSchema,
  type ManualMonth,
  ManualMonthSchema,
} from '../institutions/types';
import { isReadablePlatform } from '../types';
import {
  type AuditRecord,
  type GroupRecord,
  GroupRecordSchema,
  type HistoryResult,
  historyDb,
  ListRecordSchema,
  mergeGroupRecord,
  toHistoryError,
} from './history';

async function attempt<T>(fn: () => Promise<T>): Promise<HistoryResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error: toHistoryError(error) };
  }
}

function parsed<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : null;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `i${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

export async function getInstitutions(): Promise<InstitutionRecord[]> {
  const rows = await (await historyDb()).getAll('institutions');
  return rows.map((r) => parsed(InstitutionRecordSchema, r)).filter((r): r is InstitutionRecord => r !== null);
}

export function saveInstitution(record: InstitutionRecord): Promise<HistoryResult<InstitutionRecord>> {
  return attempt(async () => {
    const value = InstitutionRecordSchema.parse(record);
    await (await historyDb()).put('institutions', value);
    return value;
  });
}

/** Puts pages into an institution (null: takes them out of theirs). */
export function setInstitution(keys: readonly string[], institutionId: string | null): Promise<HistoryResult<void>> {
  return attempt(async () => {
    const tx = (await historyDb()).transaction('groups', 'readwrite');
    for (const key of keys) {
      const group = parsed(GroupRecordSchema, await tx.store.get(key));
      if (group !== null) await tx.store.put({ ...group, institutionId });
    }
    await tx.done;
  });
}

export interface ListImportOutcome {
  added: number;
  already: number;
  /** Institutions created or joined by this import. */
  institutions: number;
  /** Months of figures written. */
  figures: number;
}

/**
 * Adds an import to a list in one transaction: pages (as `addGroupsToList`), their institutions (an institution is
 * reused when one of its pages already belongs to one, so importing the same file twice changes nothing) and the
 * MAX/Telegram figures (`defaultMonth` when the file names no month; a figure left empty keeps the stored one).
 */
export function importIntoList(
  listId: string,
  result: Pick<ImportResult, 'groups' | 'institutions' | 'figures'>,
  now: Date,
  defaultMonth: { year: number; month: number },
): Promise<HistoryResult<ListImportOutcome>> {
  return attempt(async () => {
    const d = await historyDb();
    const tx = d.transaction(['lists', 'groups', 'institutions', 'manual'], 'readwrite');
    const list = parsed(ListRecordSchema, await tx.objectStore('lists').get(listId));
    if (list === null) throw Object.assign(new Error(`no list ${listId}`), { name: 'NotFound' });
    const at = now.toISOString();
    const groups = new Map<string, GroupRecord>();
    for (const g of result.groups) {
      const existing = parsed(GroupRecordSchema, await tx.objectStore('groups').get(g.key));
      groups.set(g.key, mergeGroupRecord(existing, g, now));
    }
    let institutions = 0;
    for (const inst of result.institutions) {
      const known = inst.keys.map((k) => groups.get(k)?.institutionId).find((id) => id != null) ?? null;
      const stored =
        known === null ? null : parsed(InstitutionRecordSchema, await tx.objectStore('institutions').get(known));
      const record = InstitutionRecordSchema.parse({
        id: stored?.id ?? newId(),
        name: inst.name ?? stored?.name ?? '',
        category: inst.category ?? stored?.category ?? null,
        createdAt: stored?.createdAt ?? at,
        updatedAt: at,
      });
      await tx.objectStore('institutions').put(record);
      institutions++;
      for (const key of inst.keys) {
        const group = groups.get(key);
        // a page already in another institution stays there (moved only by the user, never by an import)
        if (group !== undefined && (group.institutionId ?? null) === null) {
          groups.set(key, { ...group, institutionId: record.id });
        }
      }
    }
    for (const group of groups.values()) await tx.objectStore('groups').put(group);
    let figures = 0;
    for (const f of result.figures) {
      await tx.objectStore('manual').put(mergeFigures(await readManual(tx, f, defaultMonth), f, defaultMonth, at));
      figures++;
    }
    const keys = [...list.groupKeys];
    let added = 0;
    let already = 0;
    for (const g of result.groups) {
      if (keys.includes(g.key)) already++;
      else {
        keys.push(g.key);
        added++;
      }
    }
    await tx.objectStore('lists').put({ ...list, groupKeys: keys, updatedAt: at });
    await tx.done;
    return { added, already, institutions, figures };
  });
}

type ManualTx = { objectStore(name: 'manual'): { get(key: [string, number, number]): Promise<unknown> } };

async function readManual(tx: ManualTx, f: ImportedFigures, fallback: { year: number; month: number }) {
  const m = f.month ?? fallback;
  return parsed(ManualMonthSchema, await tx.objectStore('manual').get([f.key, m.year, m.month]));
}

/** The stored month with the imported figures over it (an empty figure keeps the stored value). */
export function mergeFigures(
  existing: ManualMonth | null,
  f: ImportedFigures,
  fallback: { year: number; month: number },
  enteredAt: string,
): ManualMonth {
  const m = f.month ?? fallback;
  const weeks = [0, 1, 2, 3].map((i) => f.weeks[i] ?? existing?.weeks[i] ?? null);
  return ManualMonthSchema.parse({
    groupKey: f.key,
    year: m.year,
    month: m.month,
    subscribers: f.subscribers ?? existing?.subscribers ?? null,
    weeks,
    aPlus: existing?.aPlus ?? 'unknown',
    posts: existing?.posts ?? [],
    enteredAt,
  });
}

/** Every month entered for the pages (any order). */
export async function getManualMonths(keys: readonly string[]): Promise<ManualMonth[]> {
  if (keys.length === 0) return [];
  const store = (await historyDb()).transaction('manual').store;
  const found = await Promise.all(
    keys.map((key) => store.getAll(IDBKeyRange.bound([key, 0, 0], [key, Number.MAX_SAFE_INTEGER, 99]))),
  );
  return found
    .flat()
    .map((r) => parsed(ManualMonthSchema, r))
    .filter((r): r is ManualMonth => r !== null);
}

/** Saves what the user entered for one page and month (validated; a bad value is refused, nothing else changes). */
export function saveManualMonth(month: ManualMonth): Promise<HistoryResult<ManualMonth>> {
  return attempt(async () => {
    const value = ManualMonthSchema.parse(month);
    await (await historyDb()).put('manual', value);
    return value;
  });
}

/**
 * The latest record of every page as the lists and reports show it: the stored audits of VK/OK pages, and for MAX
 * and Telegram pages the record computed from their figures (lib/institutions/manual.ts) at `now`.
 */
export async function withManualRecords(
  groups: readonly GroupRecord[],
  latest: ReadonlyMap<string, AuditRecord>,
  options: { now: Date; rules: RuleSet },
): Promise<Map<string, AuditRecord>> {
  const out = new Map(latest);
  const manualGroups = groups.filter((g) => !isReadablePlatform(g.site));
  if (manualGroups.length === 0) return out;
  const months = await getManualMonths(manualGroups.map((g) => g.key));
  for (const g of manualGroups) {
    const record = manualRecordOf(g, months, options);
    if (record === null) out.delete(g.key);
    else out.set(g.key, record);
  }
  return out;
}
