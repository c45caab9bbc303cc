/**
 * JSON backup of group lists, groups, audits and settings: a documented, versioned, zod-validated format to move
 * the extension's data to another computer. Pure: reading and writing storage is in `backup-store.ts`.
 *
 * Format (formatVersion 1):
 * {
 *   "format": "gospabliki-audit-backup",
 *   "formatVersion": 1,
 *   "exportedAt": "2026-11-26T08:00:00.000Z",        // ISO instant
 *   "lists":  [{ id, name, groupKeys[], createdAt, updatedAt }],
 *   "groups": [{ key, site, url, name, id, screenName, audienceSize, category, businessCard?, addedAt }],
 *   "audits": [{ groupKey, at, source, rulesVersion, status, error, page, postCount, audit, previous, metrics, settings }],
 *   "settings": { rules, timeZoneConfirmed, pacingDelayMs, audienceSizes } | null,
 *   "institutions": [{ id, name, category, createdAt, updatedAt }],            // optional (since issue 19)
 *   "manual": [{ groupKey, year, month, subscribers, weeks[4], aPlus, posts[], enteredAt }]   // optional
 * }
 * Groups may carry `institutionId`. A file without the two optional arrays (an older backup) imports as before.
 * Import merges, and never overwrites newer data silently:
 * - a list is added when new, replaced only when the file's `updatedAt` is later, else kept (a conflict is
 *   reported when the file's copy is older and differs);
 * - a group is added when new; a known group only gets the fields it lacks (null → value); different values are
 *   kept and reported;
 * - audits are immutable: added unless the same (groupKey, at, source) is already stored;
 * - institutions are added when new (by id); a month of hand-entered figures is added when new and replaced only
 *   when the file's `enteredAt` is later;
 * - settings: audience sizes the device lacks are added; a different rule set or other setting is reported and
 *   replaced only when the caller asks (`replaceSettings`).
 */
import * as z from 'zod/mini';
import { AuditSourceSchema, AuditStatusSchema, GroupRecordSchema } from '../history/records';
import {
  type InstitutionRecord,
  InstitutionRecordSchema,
  type ManualMonth,
  ManualMonthSchema,
} from '../institutions/types';
import { PlatformSchema } from '../types';

export const BACKUP_FORMAT = 'gospabliki-audit-backup';
export const BACKUP_FORMAT_VERSION = 1;

const iso = () => z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not an ISO date' }));

export const BackupListSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  groupKeys: z.array(z.string()),
  createdAt: iso(),
  updatedAt: iso(),
});
export type BackupList = z.infer<typeof BackupListSchema>;

/**
 * A stored group (lib/history/records.ts) as a backup holds it: loose (unknown keys are kept), `addedAt` checked as a
 * date, and `institutionId` left untyped as in files before issue 19 (the import reads it only when a string).
 */
const { institutionId: _untyped, ...groupFields } = GroupRecordSchema.shape;
export const BackupGroupSchema = z.looseObject({ ...groupFields, addedAt: iso() });
export type BackupGroup = z.infer<typeof BackupGroupSchema>;

export const BackupAuditSchema = z.looseObject({
  groupKey: z.string(),
  at: iso(),
  source: AuditSourceSchema,
  rulesVersion: z.number(),
  status: AuditStatusSchema,
  error: z.nullable(z.string()),
  page: z.nullable(z.looseObject({ site: PlatformSchema, url: z.string() })),
  postCount: z.number(),
  audit: z.nullable(z.looseObject({})),
  previous: z.nullable(z.looseObject({})),
  metrics: z.nullable(z.looseObject({})),
  settings: z.nullable(z.looseObject({})),
});
export type BackupAudit = z.infer<typeof BackupAuditSchema>;

export const BackupSettingsSchema = z.looseObject({
  rules: z.unknown(),
  timeZoneConfirmed: z.optional(z.boolean()),
  pacingDelayMs: z.optional(z.number()),
  audienceSizes: z.optional(z.record(z.string(), z.number())),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: iso(),
  lists: z.array(BackupListSchema),
  groups: z.array(BackupGroupSchema),
  audits: z.array(BackupAuditSchema),
  settings: z.nullable(BackupSettingsSchema),
  institutions: z.optional(z.array(InstitutionRecordSchema)),
  manual: z.optional(z.array(ManualMonthSchema)),
});
export type Backup = z.infer<typeof BackupSchema>;

export interface BackupData {
  lists: readonly BackupList[];
  groups: readonly BackupGroup[];
  audits: readonly BackupAudit[];
  settings: BackupSettings | null;
  institutions?: readonly InstitutionRecord[];
  manual?: readonly ManualMonth[];
}

/** Builds the backup object; audits lose their local numeric ids (ids are per device). */
export function createBackup(data: BackupData, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    lists: [...data.lists],
    groups: [...data.groups],
    audits: data.audits.map((a) => {
      const { id: _id, ...rest } = a as BackupAudit & { id?: unknown };
      return rest as BackupAudit;
    }),
    settings: data.settings,
    institutions: [...(data.institutions ?? [])],
    manual: [...(data.manual ?? [])],
  };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  | { ok: false; error: 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid'; details: string[] };

/** Validates a backup file's text. A file of a newer format version is refused, not guessed at. */
export function parseBackup(text: string): ParseBackupResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: 'not-json', details: [String(e)] };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'not-a-backup', details: [] };
  }
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: 'newer-version', details: [`formatVersion ${version} > ${BACKUP_FORMAT_VERSION}`] };
  }
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      error: 'invalid',
      details: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  return { ok: true, backup: parsed.data };
}

export interface Conflict {
  kind: 'list' | 'group' | 'settings';
  /** List id, group key, or the settings field. */
  id: string;
  /** Human-readable detail (developer language; the UI shows a count and the names). */
  detail: string;
}

export interface ImportPlan {
  lists: { add: BackupList[]; replace: BackupList[] };
  groups: { add: BackupGroup[]; fill: BackupGroup[] };
  audits: { add: BackupAudit[]; duplicates: number };
  settings: { audienceSizesToAdd: Record<string, number>; replacement: BackupSettings | null };
  institutions: { add: InstitutionRecord[] };
  manual: { put: ManualMonth[] };
  conflicts: Conflict[];
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

const GROUP_FIELDS = ['name', 'id', 'screenName', 'audienceSize', 'category', 'businessCard'] as const;

/** What importing `incoming` into `current` would change, and what it would not overwrite. */
export function planImport(
  current: BackupData,
  incoming: Backup,
  options: { replaceSettings?: boolean } = {},
): ImportPlan {
  const plan: ImportPlan = {
    lists: { add: [], replace: [] },
    groups: { add: [], fill: [] },
    audits: { add: [], duplicates: 0 },
    settings: { audienceSizesToAdd: {}, replacement: null },
    institutions: { add: [] },
    manual: { put: [] },
    conflicts: [],
  };
  const lists = new Map(current.lists.map((l) => [l.id, l]));
  for (const l of incoming.lists) {
    const have = lists.get(l.id);
    if (!have) plan.lists.add.push(l);
    else if (Date.parse(l.updatedAt) > Date.parse(have.updatedAt)) plan.lists.replace.push(l);
    else if (stable(l) !== stable(have)) {
      plan.conflicts.push({ kind: 'list', id: l.id, detail: `«${l.name}»: the stored list is newer or the same age` });
    }
  }
  const groups = new Map(current.groups.map((g) => [g.key, g]));
  for (const g of incoming.groups) {
    const have = groups.get(g.key);
    if (!have) {
      plan.groups.add.push(g);
      continue;
    }
    let filled: BackupGroup | null = null;
    const differs: string[] = [];
    for (const f of GROUP_FIELDS) {
      const mine = have[f];
      const theirs = g[f];
      if (theirs === null || theirs === undefined || theirs === mine) continue;
      if (mine === null || mine === undefined) filled = { ...(filled ?? have), [f]: theirs };
      else differs.push(f);
    }
    const inst = (g as { institutionId?: unknown }).institutionId;
    if (typeof inst === 'string' && (have as { institutionId?: unknown }).institutionId == null) {
      filled = { ...(filled ?? have), institutionId: inst };
    }
    if (filled) plan.groups.fill.push(filled);
    if (differs.length > 0)
      plan.conflicts.push({ kind: 'group', id: g.key, detail: `kept the stored ${differs.join(', ')}` });
  }
  const auditKey = (a: BackupAudit) => `${a.groupKey}\u0000${a.at}\u0000${a.source}`;
  const audits = new Set(current.audits.map(auditKey));
  for (const a of incoming.audits) {
    const k = auditKey(a);
    if (audits.has(k)) plan.audits.duplicates += 1;
    else {
      audits.add(k);
      plan.audits.add.push(a);
    }
  }
  const institutions = new Set((current.institutions ?? []).map((i) => i.id));
  plan.institutions.add = (incoming.institutions ?? []).filter((i) => !institutions.has(i.id));
  const monthKey = (m: ManualMonth) => `${m.groupKey}\u0000${m.year}\u0000${m.month}`;
  const months = new Map((current.manual ?? []).map((m) => [monthKey(m), m]));
  plan.manual.put = (incoming.manual ?? []).filter((m) => {
    const have = months.get(monthKey(m));
    return have === undefined || Date.parse(m.enteredAt) > Date.parse(have.enteredAt);
  });
  const theirs = incoming.settings;
  if (theirs) {
    const mine = current.settings;
    const sizes = mine?.audienceSizes ?? {};
    for (const [key, size] of Object.entries(theirs.audienceSizes ?? {})) {
      if (!(key in sizes)) plan.settings.audienceSizesToAdd[key] = size;
      else if (sizes[key] !== size)
        plan.conflicts.push({ kind: 'settings', id: `audienceSizes.${key}`, detail: 'kept the stored audience size' });
    }
    const rest = (s: BackupSettings | null) => (s ? stable({ ...s, audienceSizes: undefined }) : '');
    if (mine === null || rest(mine) !== rest(theirs)) {
      if (options.replaceSettings || mine === null) plan.settings.replacement = theirs;
      else
        plan.conflicts.push({
          kind: 'settings',
          id: 'rules',
          detail: 'the file has other settings; kept the stored ones',
        });
    }
  }
  return plan;
}
