import { describe, expect, it } from 'vitest';
import { type BackupData, createBackup, parseBackup, planImport, serializeBackup } from '../../../lib/export/backup';
import { DEFAULT_RULES } from '../../../lib/index';

const list = (id: string, updatedAt: string, groupKeys = ['vk:1']) => ({
  id,
  name: `Список ${id}`,
  groupKeys,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt,
});
const group = (
  key: string,
  patch: Partial<{ name: string | null; audienceSize: number | null; category: string | null }> = {},
) => ({
  key,
  site: 'vk' as const,
  url: `https://vk.com/club${key.slice(3)}`,
  name: 'Школа',
  id: key.slice(3),
  screenName: null,
  audienceSize: null,
  category: null,
  addedAt: '2026-01-01T00:00:00Z',
  ...patch,
});
const audit = (groupKey: string, at: string) => ({
  id: 7,
  groupKey,
  at,
  source: 'batch' as const,
  rulesVersion: 1,
  status: 'complete' as const,
  error: null,
  page: { site: 'vk' as const, url: 'https://vk.com/club1' },
  postCount: 12,
  audit: { predictedScore: 80 },
  previous: null,
  metrics: null,
  settings: null,
});
const settings = (sizes: Record<string, number> = {}, rules: unknown = DEFAULT_RULES) => ({
  rules,
  timeZoneConfirmed: true,
  pacingDelayMs: 1000,
  audienceSizes: sizes,
});

const data = (): BackupData => ({
  lists: [list('a', '2026-11-01T00:00:00Z'), list('b', '2026-11-20T00:00:00Z')],
  groups: [group('vk:1'), group('vk:2', { audienceSize: 500 })],
  audits: [audit('vk:1', '2026-11-10T10:00:00Z')],
  settings: settings({ 'vk:2': 500 }),
});

describe('JSON backup', () => {
  it('round-trips: serialise, parse, same data; audit ids are dropped', () => {
    const backup = createBackup(data(), new Date('2026-11-26T08:00:00Z'));
    const text = serializeBackup(backup);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.formatVersion).toBe(1);
    expect(parsed.backup.exportedAt).toBe('2026-11-26T08:00:00.000Z');
    expect(parsed.backup.lists).toEqual(data().lists);
    expect(parsed.backup.groups).toEqual(data().groups);
    expect(parsed.backup.audits[0]).not.toHaveProperty('id');
    expect(parsed.backup.audits[0]?.postCount).toBe(12);
    expect(parsed.backup.settings?.audienceSizes).toEqual({ 'vk:2': 500 });
  });

  it('refuses garbage, other files and newer formats with a reason', () => {
    expect(parseBackup('{')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parseBackup('{"a":1}')).toMatchObject({ ok: false, error: 'not-a-backup' });
    const backup = createBackup(data(), new Date('2026-11-26T08:00:00Z'));
    expect(parseBackup(JSON.stringify({ ...backup, formatVersion: 2 }))).toMatchObject({
      ok: false,
      error: 'newer-version',
    });
    const broken = { ...backup, lists: [{ id: 1 }] };
    const r = parseBackup(JSON.stringify(broken));
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    if (!r.ok) expect(r.details.join(' ')).toContain('lists.0');
    expect(parseBackup(`\uFEFF${serializeBackup(backup)}`).ok).toBe(true);
  });

  it('merges: newer lists replace, older ones are kept and reported, never silently overwritten', () => {
    const current = data();
    const incoming = createBackup(
      {
        lists: [
          list('a', '2026-11-25T00:00:00Z', ['vk:1', 'vk:3']), // newer → replace
          list('b', '2026-11-10T00:00:00Z', []), // older, differs → conflict
          list('c', '2026-11-10T00:00:00Z'), // new → add
        ],
        groups: [
          group('vk:1', { audienceSize: 900, category: 'школа' }), // fills gaps
          group('vk:2', { audienceSize: 700 }), // differs → conflict, keep 500
          group('vk:3'),
        ],
        audits: [audit('vk:1', '2026-11-10T10:00:00Z'), audit('vk:3', '2026-11-11T10:00:00Z')],
        settings: settings({ 'vk:2': 700, 'vk:3': 1200 }, { ...DEFAULT_RULES, minPostsPerWeek: 4 }),
      },
      new Date('2026-11-26T08:00:00Z'),
    );
    const plan = planImport(current, incoming);
    expect(plan.lists.add.map((l) => l.id)).toEqual(['c']);
    expect(plan.lists.replace.map((l) => l.id)).toEqual(['a']);
    expect(plan.groups.add.map((g) => g.key)).toEqual(['vk:3']);
    expect(plan.groups.fill).toEqual([group('vk:1', { audienceSize: 900, category: 'школа' })]);
    expect(plan.audits.add.map((a) => a.groupKey)).toEqual(['vk:3']);
    expect(plan.audits.duplicates).toBe(1);
    expect(plan.settings.audienceSizesToAdd).toEqual({ 'vk:3': 1200 });
    expect(plan.settings.replacement).toBeNull();
    expect(plan.conflicts.map((c) => `${c.kind}:${c.id}`).sort()).toEqual([
      'group:vk:2',
      'list:b',
      'settings:audienceSizes.vk:2',
      'settings:rules',
    ]);
    expect(planImport(current, incoming, { replaceSettings: true }).settings.replacement?.rules).toMatchObject({
      minPostsPerWeek: 4,
    });
  });

  it('importing the same backup twice changes nothing', () => {
    const current = data();
    const plan = planImport(current, createBackup(current, new Date('2026-11-26T08:00:00Z')));
    expect(plan.lists.add.length + plan.lists.replace.length + plan.groups.add.length + plan.groups.fill.length).toBe(
      0,
    );
    expect(plan.audits.add).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.settings).toEqual({ audienceSizesToAdd: {}, replacement: null });
  });
});

describe('backup files written by earlier versions', () => {
  // A file as formatVersion 1 was first written (2026-11): groups without businessCard or institutionId, no
  // institutions or manual arrays; plus keys a later version may add, and an institutionId of another shape.
  const file = {
    format: 'gospabliki-audit-backup',
    formatVersion: 1,
    exportedAt: '2026-11-26T08:00:00.000Z',
    lists: [
      {
        id: 'l1',
        name: 'Школы',
        groupKeys: ['vk:1', 'ok:2'],
        createdAt: '2026-11-01T00:00:00Z',
        updatedAt: '2026-11-02T00:00:00Z',
      },
    ],
    groups: [
      {
        key: 'vk:1',
        site: 'vk',
        url: 'https://vk.com/club1',
        name: 'Школа №1',
        id: '1',
        screenName: null,
        audienceSize: 900,
        category: 'school',
        addedAt: '2026-11-01T00:00:00Z',
      },
      {
        key: 'ok:2',
        site: 'ok',
        url: 'https://ok.ru/group/2',
        name: null,
        id: '2',
        screenName: null,
        audienceSize: null,
        category: null,
        addedAt: '2026-11-01T00:00:00Z',
        note: 'a later key',
        institutionId: 7,
      },
    ],
    audits: [],
    settings: null,
  };

  it('still parses and imports its groups, keeping the keys it does not know', () => {
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.groups).toEqual(file.groups);
    const plan = planImport({ lists: [], groups: [], audits: [], settings: null }, parsed.backup);
    expect(plan.groups.add.map((g) => g.key)).toEqual(['vk:1', 'ok:2']);
  });

  it('refuses a group whose addedAt is not a date, as before', () => {
    const bad = { ...file, groups: [{ ...file.groups[0], addedAt: 'вчера' }] };
    expect(parseBackup(JSON.stringify(bad)).ok).toBe(false);
  });
});

describe('backup of institutions and hand-entered figures', () => {
  const institution = {
    id: 'i1',
    name: 'Школа №5',
    category: null,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
  };
  const month = (enteredAt: string, weeks: (number | null)[] = [3, 3, null, null]) => ({
    groupKey: 'max:@s5_gos',
    year: 2026,
    month: 12,
    subscribers: 1200,
    weeks,
    aPlus: 'unknown' as const,
    posts: [],
    enteredAt,
  });
  const withInstitution = (): BackupData => ({
    ...data(),
    groups: [
      { ...group('vk:1'), institutionId: 'i1' },
      {
        key: 'max:@s5_gos',
        site: 'max',
        url: 'https://max.ru/s5_gos',
        name: 'Школа №5',
        id: null,
        screenName: 's5_gos',
        audienceSize: null,
        category: null,
        addedAt: '2026-12-01T00:00:00Z',
        institutionId: 'i1',
      },
    ],
    institutions: [institution],
    manual: [month('2026-12-09T10:00:00Z')],
  });

  it('round-trips institutions, MAX pages and their months', () => {
    const parsed = parseBackup(serializeBackup(createBackup(withInstitution(), new Date('2026-12-10T00:00:00Z'))));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.institutions).toEqual([institution]);
    expect(parsed.backup.manual).toEqual([month('2026-12-09T10:00:00Z')]);
    expect(parsed.backup.groups.map((g) => [g.key, g.site, g.institutionId])).toEqual([
      ['vk:1', 'vk', 'i1'],
      ['max:@s5_gos', 'max', 'i1'],
    ]);
  });

  it('an older backup without them still imports; newer figures replace older ones, not the reverse', () => {
    const old = createBackup(data(), new Date('2026-11-26T08:00:00Z'));
    const { institutions: _i, manual: _m, ...withoutNew } = old;
    const parsed = parseBackup(JSON.stringify(withoutNew));
    expect(parsed.ok).toBe(true);

    const mine = withInstitution();
    const newer = createBackup({ ...mine, manual: [month('2026-12-10T10:00:00Z', [3, 3, 3, null])] }, new Date());
    expect(planImport(mine, newer).manual.put).toHaveLength(1);
    const older = createBackup({ ...mine, manual: [month('2026-12-01T10:00:00Z', [0, 0, 0, 0])] }, new Date());
    expect(planImport(mine, older).manual.put).toEqual([]);
    expect(planImport({ ...mine, institutions: [] }, newer).institutions.add).toEqual([institution]);
    expect(planImport(mine, newer).institutions.add).toEqual([]);
  });
});
