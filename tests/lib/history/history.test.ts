import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRun } from '../../../lib/batch/state';
import {
  type AuditRecord,
  addGroupsToList,
  addGroupToList,
  closeHistory,
  completeRunItem,
  createList,
  DB_VERSION,
  deleteList,
  getGroup,
  getList,
  getLists,
  getRun,
  listAudits,
  renameList,
  resolveGroupKey,
  saveAudit,
  saveRun,
  updateGroup,
  upgradeHistory,
  useHistoryDatabase,
} from '../../../lib/ext/history';
import { parsePastedLinks } from '../../../lib/import';

let dbName = '';
let counter = 0;
beforeEach(() => {
  counter++;
  dbName = `history-test-${counter}-${Math.random()}`;
  useHistoryDatabase(dbName);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeHistory(dbName);
});

const NOW = new Date('2026-11-26T09:00:00Z');

function auditRecord(at: string): Omit<AuditRecord, 'groupKey' | 'id'> {
  return {
    at,
    source: 'batch',
    rulesVersion: 1,
    status: 'complete',
    error: null,
    page: { site: 'vk', url: 'https://vk.com/club1', name: 'Школа', members: 100 },
    postCount: 12,
    audit: { month: { year: 2026, month: 11 } },
    previous: null,
    metrics: null,
    settings: { timeZone: 'Europe/Moscow', audienceSize: 200, rules: { version: 1 } },
  };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('lists and groups', () => {
  it('creates, renames, fills and deletes lists; groups keep their data across lists', async () => {
    const a = unwrap(await createList('Школы', NOW));
    const b = unwrap(await createList('Библиотеки', new Date(NOW.getTime() + 1000)));
    const imported = parsePastedLinks('vk.com/club1\nok.ru/group/2\nvk.com/club1');
    expect(unwrap(await addGroupsToList(a.id, imported.groups, NOW))).toEqual({ added: 2, already: 0 });
    expect(unwrap(await addGroupsToList(a.id, imported.groups, NOW))).toEqual({ added: 0, already: 2 });
    unwrap(await updateGroup('vk:1', { audienceSize: 1500, category: 'Образование' }));
    // The same group imported into another list without an audience size keeps the entered one.
    unwrap(await addGroupsToList(b.id, parsePastedLinks('https://m.vk.com/public1').groups, NOW));
    expect((await getGroup('vk:1'))?.audienceSize).toBe(1500);
    unwrap(await renameList(a.id, '  Школы района ', NOW));
    expect((await getLists()).map((l) => [l.name, l.groupKeys])).toEqual([
      ['Школы района', ['vk:1', 'ok:2']],
      ['Библиотеки', ['vk:1']],
    ]);
    unwrap(await deleteList(a.id));
    expect(await getList(a.id)).toBeNull();
    expect(await getGroup('ok:2')).not.toBeNull();
  });

  it('addGroupToList puts the group into «Мои группы» when no list exists, and rejects non-community links', async () => {
    const first = unwrap(await addGroupToList(null, 'https://vk.com/club77', 'Музей', NOW));
    expect(first.added).toBe(true);
    expect((await getLists()).map((l) => l.name)).toEqual(['Мои группы']);
    const again = unwrap(await addGroupToList(null, 'vk.com/public77', null, NOW));
    expect(again).toEqual({ listId: first.listId, key: 'vk:77', added: false });
    expect((await getGroup('vk:77'))?.name).toBe('Музей');
    const bad = await addGroupToList(null, 'https://vk.com/id1');
    expect(bad).toEqual({ ok: false, error: { kind: 'invalid', message: 'not-a-community' } });
  });

  it('keeps the «визитка» mark: set from «Добавить в список», kept when added again unmarked, changed by hand', async () => {
    unwrap(await addGroupToList(null, 'https://vk.com/club78', 'Музей-визитка', NOW, true));
    expect((await getGroup('vk:78'))?.businessCard).toBe(true);
    unwrap(await addGroupToList(null, 'https://vk.com/club78', null, NOW, null));
    expect((await getGroup('vk:78'))?.businessCard).toBe(true);
    unwrap(await updateGroup('vk:78', { businessCard: false }));
    expect((await getGroup('vk:78'))?.businessCard).toBe(false);
    unwrap(await addGroupToList(null, 'https://vk.com/club79', null, NOW));
    expect((await getGroup('vk:79'))?.businessCard).toBe(false);
  });

  it('resolves a read page to the list entry added by screen name', async () => {
    const list = unwrap(await createList('x', NOW));
    unwrap(await addGroupsToList(list.id, parsePastedLinks('vk.com/gov_school').groups, NOW));
    unwrap(await updateGroup('vk:@gov_school', { id: '555' }));
    expect(await resolveGroupKey({ site: 'vk', id: '555', url: 'https://vk.com/club555' })).toBe('vk:@gov_school');
    expect(await resolveGroupKey({ site: 'vk', id: '9', url: 'https://vk.com/gov_school' })).toBe('vk:@gov_school');
    expect(await resolveGroupKey({ site: 'ok', id: '9', url: 'https://ok.ru/group/9' })).toBe('ok:9');
  });
});

describe('audit history', () => {
  it('stores every audit per group and lists them newest first', async () => {
    unwrap(await saveAudit('vk:1', auditRecord('2026-10-01T10:00:00.000Z')));
    unwrap(await saveAudit('vk:1', auditRecord('2026-11-20T10:00:00.000Z')));
    unwrap(await saveAudit('vk:2', auditRecord('2026-11-21T10:00:00.000Z')));
    unwrap(await saveAudit('vk:1', auditRecord('2026-11-02T10:00:00.000Z')));
    const audits = await listAudits('vk:1');
    expect(audits.map((a) => a.at)).toEqual([
      '2026-11-20T10:00:00.000Z',
      '2026-11-02T10:00:00.000Z',
      '2026-10-01T10:00:00.000Z',
    ]);
    expect(audits[0]?.settings?.audienceSize).toBe(200);
  });

  it('rejects an invalid record with a typed error', async () => {
    const bad = { ...auditRecord('x'), status: 'weird' } as unknown as Omit<AuditRecord, 'groupKey' | 'id'>;
    const result = await saveAudit('vk:1', bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalid');
  });
});

describe('a full disk', () => {
  it('reports QuotaExceededError as a typed error and loses nothing stored', async () => {
    const list = unwrap(await createList('Школы', NOW));
    unwrap(await addGroupsToList(list.id, parsePastedLinks('vk.com/club1\nvk.com/club2').groups, NOW));
    unwrap(await saveAudit('vk:1', auditRecord('2026-11-01T10:00:00.000Z')));
    const run = newRun(
      'run-1',
      list.id,
      [
        { key: 'vk:1', url: 'https://vk.com/club1', name: null },
        { key: 'vk:2', url: 'https://vk.com/club2', name: null },
      ],
      NOW,
    );
    unwrap(await saveRun(run));

    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);

    const saved = await saveAudit('vk:1', auditRecord('2026-11-02T10:00:00.000Z'));
    expect(saved).toMatchObject({ ok: false, error: { kind: 'quota' } });
    const finished = { ...run, items: run.items.map((i, n) => (n === 0 ? { ...i, state: 'done' as const } : i)) };
    const completed = await completeRunItem(finished, 'vk:1', auditRecord('2026-11-03T10:00:00.000Z'));
    expect(completed).toMatchObject({ ok: false, error: { kind: 'quota' } });
    const added = await addGroupsToList(list.id, parsePastedLinks('vk.com/club3').groups, NOW);
    expect(added).toMatchObject({ ok: false, error: { kind: 'quota' } });
    vi.restoreAllMocks();

    expect((await listAudits('vk:1')).map((a) => a.at)).toEqual(['2026-11-01T10:00:00.000Z']);
    expect((await getRun('run-1'))?.items.map((i) => i.state)).toEqual(['pending', 'pending']);
    expect((await getList(list.id))?.groupKeys).toEqual(['vk:1', 'vk:2']);
  });
});

/** The list and groups every earlier version stored the same way. */
function putListAndGroups(tx: IDBTransaction) {
  tx.objectStore('lists').put({
    id: 'L1',
    name: 'Школы',
    groupKeys: ['vk:1', 'ok:2'],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  for (const [key, site, url] of [
    ['vk:1', 'vk', 'https://vk.com/club1'],
    ['ok:2', 'ok', 'https://ok.ru/group/2'],
  ] as const) {
    tx.objectStore('groups').put({
      key,
      site,
      url,
      name: key,
      id: key.split(':')[1],
      screenName: null,
      audienceSize: 1000,
      category: null,
      addedAt: '2026-01-01T00:00:00.000Z',
    });
  }
}

/** Data as each earlier schema version stored it. Adding a version without a sample here fails the test. */
const EARLIER_VERSIONS: Record<number, (db: IDBDatabase) => Promise<void>> = {
  1: async (raw) => {
    const tx = raw.transaction(['lists', 'groups', 'audits'], 'readwrite');
    putListAndGroups(tx);
    // v1 audits: no `source`, no `settings`.
    for (const at of ['2026-09-30T10:00:00.000Z', '2026-10-31T10:00:00.000Z']) {
      tx.objectStore('audits').add({
        groupKey: 'vk:1',
        at,
        rulesVersion: 1,
        status: 'complete',
        error: null,
        page: { site: 'vk', url: 'https://vk.com/club1' },
        postCount: 3,
        audit: null,
        previous: null,
        metrics: null,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  2: async (raw) => {
    // v2 had v1's stores (its audits with a source and a settings snapshot), runs and counters.
    const tx = raw.transaction(['lists', 'groups', 'audits', 'queue', 'meta'], 'readwrite');
    putListAndGroups(tx);
    for (const at of ['2026-09-30T10:00:00.000Z', '2026-10-31T10:00:00.000Z']) {
      tx.objectStore('audits').add({ ...auditRecord(at), groupKey: 'vk:1', source: 'popup', settings: null });
    }
    tx.objectStore('queue').put(newRun('old', 'L1', [{ key: 'ok:2', url: 'https://ok.ru/group/2', name: null }], NOW));
    tx.objectStore('meta').put({ key: 'requests:2026-11-25', value: 42 });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
};

describe('schema upgrades', () => {
  it('has a sample for every earlier version', () => {
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(Object.keys(EARLIER_VERSIONS).map(Number))(
    'opens a version %i database with data and loses nothing',
    async (version) => {
      const fill = EARLIER_VERSIONS[version];
      if (fill === undefined) throw new Error('no sample');
      const old = await openDB(dbName, version, {
        upgrade(db, oldVersion, _newVersion, tx) {
          type Args = Parameters<typeof upgradeHistory>;
          upgradeHistory(db as unknown as Args[0], oldVersion, version, tx as unknown as Args[3]);
        },
      });
      await fill(old as unknown as IDBDatabase);
      old.close();

      const lists = await getLists();
      expect(lists.map((l) => [l.id, l.name, l.groupKeys])).toEqual([['L1', 'Школы', ['vk:1', 'ok:2']]]);
      expect((await getGroup('ok:2'))?.audienceSize).toBe(1000);
      const audits = await listAudits('vk:1');
      expect(audits.map((a) => [a.at, a.source, a.settings])).toEqual([
        ['2026-10-31T10:00:00.000Z', 'popup', null],
        ['2026-09-30T10:00:00.000Z', 'popup', null],
      ]);
      // The new stores work.
      const run = newRun('r', 'L1', [{ key: 'vk:1', url: 'https://vk.com/club1', name: null }], NOW);
      unwrap(await saveRun(run));
      expect((await getRun('r'))?.items).toHaveLength(1);
    },
  );
});
