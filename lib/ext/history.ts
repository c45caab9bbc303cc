/**
 * The extension's one IndexedDB database (via idb): group lists, groups, every audit (single or batch) with its time,
 * rule-set version and settings snapshot, the batch queue and small counters.
 *
 * Schema versions (each step in `UPGRADES`; other features add stores by appending a step here):
 *   v1  lists (id), groups (key), audits (auto id, index byGroup)
 *   v2  queue (batch runs, id), meta (counters, key), audits index byGroupAt [groupKey, at];
 *       audits of v1 get `source: 'popup'` and `settings: null`.
 *   v3  institutions (id), manual (figures entered by hand, [groupKey, year, month]); groups may carry an
 *       `institutionId` (optional: v2 records stay valid, nothing is rewritten). Read and written by
 *       lib/ext/institutions.ts.
 *
 * Every record is validated with zod on the way in and out. Writes return a typed result: a full disk
 * (QuotaExceededError) is `{ ok: false, error: { kind: 'quota' } }` and the transaction is rolled back, so nothing
 * stored before is lost.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import * as z from 'zod/mini';
import { auditRecordOf, type RecordInput } from '../batch/record';
import { type Run, RunSchema, retryItems } from '../batch/state';
import { groupKeyOf, parseGroupLink, parsePlatformLink } from '../import/links';
import type { ImportedGroup } from '../import/records';
import type { InstitutionRecord, ManualMonth } from '../institutions/types';
import { type CommunityPage, PlatformSchema } from '../types';

export const DB_NAME = 'gospabliki-audit';
export const DB_VERSION = 3;

// ---------------------------------------------------------------- records

export const ListRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Group keys in the list's order. */
  groupKeys: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ListRecord = z.infer<typeof ListRecordSchema>;

export const GroupRecordSchema = z.object({
  key: z.string(),
  /** VK and OK pages are read; MAX and Telegram entries are figures entered by hand (docs/institutions.md). */
  site: PlatformSchema,
  url: z.string(),
  name: z.nullable(z.string()),
  /** Numeric id once known (from the link or the first read). */
  id: z.nullable(z.string()),
  screenName: z.nullable(z.string()),
  /** The audience size the user entered for the reach indicator. */
  audienceSize: z.nullable(z.number()),
  category: z.nullable(z.string()),
  /** A «визитка» page: left out of the frequency by rule sets that say so (docs/rule-sets.md). Absent = no. */
  businessCard: z.optional(z.boolean()),
  addedAt: z.string(),
  /** The institution (one school's VK, OK, MAX… pages) the page belongs to; absent in records before v3. */
  institutionId: z.optional(z.nullable(z.string())),
});
export type GroupRecord = z.infer<typeof GroupRecordSchema>;

/** Numbers the trend chart, the set indicators and the reports need without re-running the engine. */
export const AuditMetricsSchema = z.object({
  year: z.number(),
  month: z.number(),
  /** Posts per evaluation week 1–4; null = #Н/Д (failed for a missing mark or not readable). */
  weeks: z.array(z.nullable(z.number())),
  weekStatuses: z.array(z.string()),
  /** Frequency check of the month: pass / fail / unknown. */
  frequency: z.string(),
  prevYear: z.nullable(z.number()),
  prevMonth: z.nullable(z.number()),
  prevWeeks: z.nullable(z.array(z.nullable(z.number()))),
  prevFrequency: z.nullable(z.string()),
  /** Reaction and view sums of the previous month's counted posts. */
  prevEngagement: z.nullable(
    z.object({ likes: z.number(), comments: z.number(), reposts: z.number(), views: z.number() }),
  ),
  /** Presence of the minimum-requirement items (lib/audit/items.ts); audits before rule set v2 lack gov-mark, design. */
  items: z.record(z.string(), z.enum(['present', 'missing', 'unknown'])),
  er: z.nullable(z.number()),
  achievement: z.nullable(z.number()),
  likes: z.number(),
  comments: z.number(),
  reposts: z.number(),
  views: z.number(),
  members: z.nullable(z.number()),
  reach: z.nullable(z.number()),
  predictedScore: z.nullable(z.number()),
});
export type AuditMetrics = z.infer<typeof AuditMetricsSchema>;

export const SettingsSnapshotSchema = z.object({
  timeZone: z.string(),
  audienceSize: z.nullable(z.number()),
  /** The rule set used (as stored by the settings). */
  rules: z.unknown(),
});
export type SettingsSnapshot = z.infer<typeof SettingsSnapshotSchema>;

/** Where an audit record came from. */
export const AuditSourceSchema = z.enum(['popup', 'batch', 'reminder', 'import', 'manual']);
/** How far the read behind an audit record got. */
export const AuditStatusSchema = z.enum(['complete', 'partial', 'failed']);

export const AuditRecordSchema = z.object({
  id: z.optional(z.number()),
  groupKey: z.string(),
  /** ISO instant of the read. */
  at: z.string(),
  source: AuditSourceSchema,
  rulesVersion: z.number(),
  status: AuditStatusSchema,
  /** Failure reason or the reader's `partial` reason. */
  error: z.nullable(z.string()),
  /** The read page without its posts (no page HTML is ever stored). */
  page: z.nullable(z.looseObject({ site: PlatformSchema, url: z.string() })),
  postCount: z.number(),
  /** The engine's Audit of the month containing the read time, and of the previous month. */
  audit: z.nullable(z.looseObject({})),
  previous: z.nullable(z.looseObject({})),
  metrics: z.nullable(AuditMetricsSchema),
  settings: z.nullable(SettingsSnapshotSchema),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

const MetaRecordSchema = z.object({ key: z.string(), value: z.unknown() });

interface HistoryDB extends DBSchema {
  lists: { key: string; value: ListRecord };
  groups: { key: string; value: GroupRecord };
  audits: { key: number; value: AuditRecord; indexes: { byGroup: string; byGroupAt: [string, string] } };
  queue: { key: string; value: Run };
  meta: { key: string; value: { key: string; value: unknown } };
  institutions: { key: string; value: InstitutionRecord };
  manual: { key: [string, number, number]; value: ManualMonth };
}

type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

/** Upgrade steps: `UPGRADES[v - 1]` brings a database from version v − 1 to v. */
const UPGRADES: ((db: IDBPDatabase<HistoryDB>, tx: UpgradeTx) => void)[] = [
  // v1
  (db) => {
    db.createObjectStore('lists', { keyPath: 'id' });
    db.createObjectStore('groups', { keyPath: 'key' });
    const audits = db.createObjectStore('audits', { keyPath: 'id', autoIncrement: true });
    audits.createIndex('byGroup', 'groupKey');
  },
  // v2
  (db, tx) => {
    db.createObjectStore('queue', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
    const audits = tx.objectStore('audits');
    audits.createIndex('byGroupAt', ['groupKey', 'at']);
    // v1 audits had no source and no settings snapshot.
    void audits.openCursor().then(async function step(cursor): Promise<void> {
      if (cursor === null) return;
      const value = cursor.value as Partial<AuditRecord>;
      await cursor.update({
        ...value,
        source: value.source ?? 'popup',
        settings: value.settings ?? null,
      } as AuditRecord);
      return step(await cursor.continue());
    });
  },
  // v3
  (db) => {
    db.createObjectStore('institutions', { keyPath: 'id' });
    db.createObjectStore('manual', { keyPath: ['groupKey', 'year', 'month'] });
  },
];

/** Runs the upgrade steps from `oldVersion` to `newVersion`. Exported for the migration test. */
export function upgradeHistory(db: IDBPDatabase<HistoryDB>, oldVersion: number, newVersion: number, tx: UpgradeTx) {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = UPGRADES[v - 1];
    if (step === undefined) throw new Error(`no upgrade to history version ${v}`);
    step(db, tx);
  }
}

// ---------------------------------------------------------------- results and errors

export type HistoryErrorKind = 'quota' | 'invalid' | 'not-found' | 'unavailable' | 'unknown';
export interface HistoryError {
  kind: HistoryErrorKind;
  message: string;
}
export type HistoryResult<T> = { ok: true; value: T } | { ok: false; error: HistoryError };

function errorName(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

export function toHistoryError(error: unknown): HistoryError {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { kind: 'quota', message };
  if (name === 'ZodError' || name === '$ZodError') return { kind: 'invalid', message };
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'VersionError') {
    return { kind: 'unavailable', message };
  }
  return { kind: 'unknown', message };
}

async function attempt<T>(fn: () => Promise<T>): Promise<HistoryResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error: toHistoryError(error) };
  }
}

// ---------------------------------------------------------------- connection

const connections = new Map<string, Promise<IDBPDatabase<HistoryDB>>>();

/** Opens (and upgrades) the database; one connection per name is kept. Tests pass their own name. */
export function openHistory(name: string = DB_NAME): Promise<IDBPDatabase<HistoryDB>> {
  let connection = connections.get(name);
  if (connection === undefined) {
    connection = openDB<HistoryDB>(name, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        upgradeHistory(db, oldVersion, newVersion ?? DB_VERSION, tx);
      },
      blocking() {
        // A newer version wants to open (another tab after an update): let it.
        void connection?.then((db) => db.close());
        connections.delete(name);
      },
    });
    connections.set(name, connection);
    connection.catch(() => connections.delete(name));
  }
  return connection;
}

/** Closes the connection (tests; page unload). */
export async function closeHistory(name: string = DB_NAME): Promise<void> {
  const connection = connections.get(name);
  connections.delete(name);
  if (connection !== undefined) (await connection).close();
}

/** The database name used by the helpers below; tests switch it. */
let currentName = DB_NAME;
export function useHistoryDatabase(name: string): void {
  currentName = name;
}
const db = () => openHistory(currentName);
/** The database the helpers use (for the stores other modules own: lib/ext/institutions.ts). */
export const historyDb = db;

// ---------------------------------------------------------------- groups and keys

export { groupKeyOf };

function safeParse<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : null;
}

/**
 * The stored key of a page just read: its group record if one matches by numeric id or by screen name, else
 * `groupKeyOf(page)`. Keeps a list entry added as vk.com/name and the popup's read of vk.com/club123 together.
 */
export async function resolveGroupKey(page: Pick<CommunityPage, 'site' | 'id' | 'url'>): Promise<string> {
  const direct = groupKeyOf(page);
  const d = await db();
  if ((await d.get('groups', direct)) !== undefined) return direct;
  const parsed = parseGroupLink(page.url);
  if (parsed.ok && (await d.get('groups', parsed.link.key)) !== undefined) return parsed.link.key;
  if (page.id !== null) {
    const all = await d.getAll('groups');
    const match = all.find((g) => g.site === page.site && g.id === page.id);
    if (match !== undefined) return match.key;
  }
  return direct;
}

export async function getGroups(keys?: readonly string[]): Promise<GroupRecord[]> {
  const d = await db();
  // One read transaction for all keys (a transaction per key costs a round trip each on a 1000-group list).
  const store = d.transaction('groups').store;
  const rows = keys === undefined ? await store.getAll() : await Promise.all(keys.map((k) => store.get(k)));
  return rows.map((r) => safeParse(GroupRecordSchema, r)).filter((r): r is GroupRecord => r !== null);
}

export async function getGroup(key: string): Promise<GroupRecord | null> {
  return safeParse(GroupRecordSchema, await (await db()).get('groups', key));
}

/** Updates a group's editable fields (audience size, category, «визитка», name, numeric id). */
export function updateGroup(
  key: string,
  patch: Partial<Pick<GroupRecord, 'audienceSize' | 'category' | 'businessCard' | 'name' | 'id'>>,
): Promise<HistoryResult<GroupRecord>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction('groups', 'readwrite');
    const existing = safeParse(GroupRecordSchema, await tx.store.get(key));
    if (existing === null) throw Object.assign(new Error(`no group ${key}`), { name: 'NotFound' });
    const next = GroupRecordSchema.parse({ ...existing, ...patch });
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

// ---------------------------------------------------------------- lists

export async function getLists(): Promise<ListRecord[]> {
  const rows = await (await db()).getAll('lists');
  return rows
    .map((r) => safeParse(ListRecordSchema, r))
    .filter((r): r is ListRecord => r !== null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getList(id: string): Promise<ListRecord | null> {
  return safeParse(ListRecordSchema, await (await db()).get('lists', id));
}

export function saveList(list: ListRecord): Promise<HistoryResult<ListRecord>> {
  return attempt(async () => {
    const record = ListRecordSchema.parse(list);
    await (await db()).put('lists', record);
    return record;
  });
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `l${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

export function createList(name: string, now: Date = new Date()): Promise<HistoryResult<ListRecord>> {
  const at = now.toISOString();
  return saveList({ id: newId(), name: name.trim() || '—', groupKeys: [], createdAt: at, updatedAt: at });
}

export function renameList(id: string, name: string, now: Date = new Date()): Promise<HistoryResult<ListRecord>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction('lists', 'readwrite');
    const list = safeParse(ListRecordSchema, await tx.store.get(id));
    if (list === null) throw Object.assign(new Error(`no list ${id}`), { name: 'NotFound' });
    const next = { ...list, name: name.trim() || list.name, updatedAt: now.toISOString() };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** Deletes a list (its groups and their history stay: they may be in other lists or audited from the popup). */
export function deleteList(id: string): Promise<HistoryResult<void>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction(['lists', 'queue'], 'readwrite');
    await tx.objectStore('lists').delete(id);
    for (const run of await tx.objectStore('queue').getAll()) {
      if (run.listId === id) await tx.objectStore('queue').delete(run.id);
    }
    await tx.done;
  });
}

/** The stored group for an imported one: a known group keeps its data unless the import fills a gap. */
export function mergeGroupRecord(existing: GroupRecord | null, g: ImportedGroup, now: Date): GroupRecord {
  const parsed = parsePlatformLink(g.url);
  return GroupRecordSchema.parse({
    ...existing,
    key: g.key,
    site: g.site,
    url: existing?.url ?? g.url,
    name: existing?.name ?? g.name,
    id: existing?.id ?? (parsed.ok ? parsed.link.id : null),
    screenName: existing?.screenName ?? (parsed.ok ? parsed.link.screenName : null),
    audienceSize: g.audienceSize ?? existing?.audienceSize ?? null,
    category: g.category ?? existing?.category ?? null,
    businessCard: g.businessCard ?? existing?.businessCard ?? false,
    addedAt: existing?.addedAt ?? now.toISOString(),
  });
}

/** Adds imported groups to a list: new groups are created, known ones keep their data unless the import fills a gap. */
export function addGroupsToList(
  listId: string,
  groups: readonly ImportedGroup[],
  now: Date = new Date(),
): Promise<HistoryResult<{ added: number; already: number }>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction(['lists', 'groups'], 'readwrite');
    const list = safeParse(ListRecordSchema, await tx.objectStore('lists').get(listId));
    if (list === null) throw Object.assign(new Error(`no list ${listId}`), { name: 'NotFound' });
    const keys = new Set(list.groupKeys);
    let added = 0;
    let already = 0;
    for (const g of groups) {
      const store = tx.objectStore('groups');
      const existing = safeParse(GroupRecordSchema, await store.get(g.key));
      await store.put(mergeGroupRecord(existing, g, now));
      if (keys.has(g.key)) already++;
      else {
        keys.add(g.key);
        added++;
      }
    }
    await tx.objectStore('lists').put({ ...list, groupKeys: [...keys], updatedAt: now.toISOString() });
    await tx.done;
    return { added, already };
  });
}

export function removeGroupFromList(listId: string, key: string, now: Date = new Date()): Promise<HistoryResult<void>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction('lists', 'readwrite');
    const list = safeParse(ListRecordSchema, await tx.store.get(listId));
    if (list === null) throw Object.assign(new Error(`no list ${listId}`), { name: 'NotFound' });
    await tx.store.put({ ...list, groupKeys: list.groupKeys.filter((k) => k !== key), updatedAt: now.toISOString() });
    await tx.done;
  });
}

/** The list used when the popup adds a group without choosing one. */
export const DEFAULT_LIST_NAME = 'Мои группы';

/**
 * «Добавить в список» from the popup: adds the group at `url` to the list (or to the first list, creating
 * «Мои группы» when there is none). `businessCard`: the «визитка» mark chosen there (null keeps a known group's).
 */
export async function addGroupToList(
  listId: string | null,
  url: string,
  name?: string | null,
  now: Date = new Date(),
  businessCard: boolean | null = null,
): Promise<HistoryResult<{ listId: string; key: string; added: boolean }>> {
  const parsed = parseGroupLink(url);
  if (!parsed.ok) return { ok: false, error: { kind: 'invalid', message: parsed.reason } };
  let target = listId;
  if (target === null) {
    const lists = await attempt(getLists);
    if (!lists.ok) return lists;
    const first = lists.value[0];
    if (first !== undefined) target = first.id;
    else {
      const created = await createList(DEFAULT_LIST_NAME, now);
      if (!created.ok) return created;
      target = created.value.id;
    }
  }
  const listKey = target;
  const { link } = parsed;
  const result = await addGroupsToList(
    listKey,
    [{ ...link, name: name ?? null, audienceSize: null, category: null, businessCard, line: 1 }],
    now,
  );
  if (!result.ok) return result;
  return { ok: true, value: { listId: listKey, key: link.key, added: result.value.added === 1 } };
}

// ---------------------------------------------------------------- audits

/** Stores one audit (single or batch) of a group. Returns its id. */
export function saveAudit(
  groupKey: string,
  record: Omit<AuditRecord, 'groupKey' | 'id'>,
): Promise<HistoryResult<number>> {
  return attempt(async () => {
    const value = AuditRecordSchema.parse({ ...record, groupKey });
    return (await db()).add('audits', value);
  });
}

/** A group's audits, newest first. */
export async function listAudits(groupKey: string, limit = 500): Promise<AuditRecord[]> {
  const d = await db();
  const range = IDBKeyRange.bound([groupKey, ''], [groupKey, '\uffff']);
  const out: AuditRecord[] = [];
  let cursor = await d.transaction('audits').store.index('byGroupAt').openCursor(range, 'prev');
  while (cursor !== null && out.length < limit) {
    const record = safeParse(AuditRecordSchema, cursor.value);
    if (record !== null) out.push(record);
    cursor = await cursor.continue();
  }
  return out;
}

/** The newest audit of each group (failed reads included). */
export async function latestAudits(groupKeys: readonly string[]): Promise<Map<string, AuditRecord>> {
  const map = new Map<string, AuditRecord>();
  if (groupKeys.length === 0) return map;
  // One read transaction, one cursor per group opened at once (not a transaction and a round trip per group).
  const index = (await db()).transaction('audits').store.index('byGroupAt');
  const found = await Promise.all(
    groupKeys.map(async (key) => {
      let cursor = await index.openCursor(IDBKeyRange.bound([key, ''], [key, '\uffff']), 'prev');
      while (cursor !== null) {
        const record = safeParse(AuditRecordSchema, cursor.value);
        if (record !== null) return [key, record] as const;
        cursor = await cursor.continue();
      }
      return [key, null] as const;
    }),
  );
  for (const [key, record] of found) if (record !== null) map.set(key, record);
  return map;
}

export async function getAudit(id: number): Promise<AuditRecord | null> {
  return safeParse(AuditRecordSchema, await (await db()).get('audits', id));
}

// ---------------------------------------------------------------- batch queue

export async function getRun(id: string): Promise<Run | null> {
  return safeParse(RunSchema, await (await db()).get('queue', id));
}

/** The newest unfinished run of a list (running, paused or waiting for the user). */
export async function activeRunOf(listId: string): Promise<Run | null> {
  const runs = (await (await db()).getAll('queue'))
    .map((r) => safeParse(RunSchema, r))
    .filter((r): r is Run => r !== null && r.listId === listId);
  runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return runs.find((r) => r.state !== 'done' && r.state !== 'cancelled') ?? runs[0] ?? null;
}

export function saveRun(run: Run): Promise<HistoryResult<Run>> {
  return attempt(async () => {
    const record = RunSchema.parse(run);
    await (await db()).put('queue', record);
    return record;
  });
}

/**
  group?: Partial<Pick<GroupRecord, 'name' | 'id'>>,
 * so after a crash a group is either done with its audit stored, or still pending — never audited twice.
 */
export function completeRunItem(
  run: Run,
  key: string,
  audit: Omit<AuditRecord, 'id' | 'groupKey'> | null,
  group?: Partial<Pick<GroupRecord, 'name' | 'id'>> & { key: string },
): Promise<HistoryResult<{ run: Run; auditId: number | null }>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction(['queue', 'audits', 'groups'], 'readwrite');
    let auditId: number | null = null;
    if (audit !== null) {
      auditId = await tx.objectStore('audits').add(AuditRecordSchema.parse({ ...audit, groupKey: key }));
    }
    if (group !== undefined) {
      const existing = safeParse(GroupRecordSchema, await tx.objectStore('groups').get(key));
      if (existing !== null) {
        await tx.objectStore('groups').put({
          ...existing,
          name: existing.name ?? group.name ?? null,
          id: existing.id ?? group.id ?? null,
        });
      }
    }
    const next: Run = RunSchema.parse({
      ...run,
      items: run.items.map((i) => (i.key === key && auditId !== null ? { ...i, auditId } : i)),
    });
    await tx.objectStore('queue').put(next);
    await tx.done;
    return { run: next, auditId };
  });
}

// ---------------------------------------------------------------- counters

/** Requests made on a day (the daily cap). `day` is a calendar day string, e.g. '2026-11-26'. */
export async function getRequestCount(day: string): Promise<number> {
  const row = safeParse(MetaRecordSchema, await (await db()).get('meta', `requests:${day}`));
  return typeof row?.value === 'number' ? row.value : 0;
}

export function addRequests(day: string, n: number): Promise<HistoryResult<number>> {
  return attempt(async () => {
    const d = await db();
    const tx = d.transaction('meta', 'readwrite');
    const row = safeParse(MetaRecordSchema, await tx.store.get(`requests:${day}`));
    const value = (typeof row?.value === 'number' ? row.value : 0) + n;
    await tx.store.put({ key: `requests:${day}`, value });
    await tx.done;
    return value;
  });
}

/**
 * Stores the audit of a page just read (the popup, reminders): the group key is resolved against the stored groups
 * (so a list entry added by screen name gets the history), the page is stored without its posts.
 */
export async function saveReadAudit(input: RecordInput): Promise<HistoryResult<{ key: string; id: number }>> {
  const key = await resolveGroupKey(input.page);
  const saved = await saveAudit(key, auditRecordOf(input));
  return saved.ok ? { ok: true, value: { key, id: saved.value } } : saved;
}

/** Batch page options kept with the data (the pacing delay itself lives in the settings). */
export const BatchOptionsSchema = z.object({ dailyCap: z.number().check(z.int(), z.gte(10), z.lte(100_000)) });
export type BatchOptions = z.infer<typeof BatchOptionsSchema>;
export const DEFAULT_BATCH_OPTIONS: BatchOptions = { dailyCap: 1500 };

export async function getBatchOptions(): Promise<BatchOptions> {
  const row = safeParse(MetaRecordSchema, await (await db()).get('meta', 'batch-options'));
  return safeParse(BatchOptionsSchema, row?.value) ?? DEFAULT_BATCH_OPTIONS;
}

export function saveBatchOptions(options: BatchOptions): Promise<HistoryResult<BatchOptions>> {
  return attempt(async () => {
    const value = BatchOptionsSchema.parse(options);
    await (await db()).put('meta', { key: 'batch-options', value });
    return value;
  });
}

/** Puts a run's failed groups (or the given ones) back in its queue and stores it. */
export async function retryRunItems(run: Run, keys?: readonly string[]): Promise<HistoryResult<Run>> {
  return saveRun(retryItems(run, keys));
}
