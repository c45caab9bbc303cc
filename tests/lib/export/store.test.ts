/** The exports' storage glue on fake IndexedDB and the fake browser storage: report rows and the JSON backup. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '../../../lib/export/backup';
import { exportBackupText, importBackupText, loadReportData } from '../../../lib/ext/export-store';
import {
  addGroupsToList,
  closeHistory,
  createList,
  getGroups,
  getLists,
  listAudits,
  saveAudit,
  useHistoryDatabase,
} from '../../../lib/ext/history';
import { loadSettings } from '../../../lib/ext/settings';
import { setAudienceSize } from '../../../lib/ext/settings-write';
import { auditCommunity, type CommunityPage } from '../../../lib/index';

let name = '';
let n = 0;
beforeEach(() => {
  n += 1;
  name = `export-store-${n}-${Math.random()}`;
  useHistoryDatabase(name);
});
afterEach(async () => {
  await closeHistory(name);
});

const NOW = new Date('2025-11-24T07:00:00Z');

function page(id: string, govMark: 'present' | 'missing'): CommunityPage {
  return {
    site: 'vk',
    url: `https://vk.com/club${id}`,
    id,
    name: `<b>Школа ${id}</b>`,
    members: 500,
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText: '',
    posWidget: 'present',
    govMark,
    registryLink: null,
    posts: [],
    layout: 'test',
    postsSince: '2025-10-25T00:00:00Z',
  };
}

async function seed() {
  const created = await createList('Школы', NOW);
  if (!created.ok) throw new Error('list');
  const listId = created.value.id;
  const groups = ['1', '2', '3'].map((id, i) => ({
    site: 'vk' as const,
    key: `vk:${id}`,
    url: `https://vk.com/club${id}`,
    name: `Школа ${id}`,
    audienceSize: i === 0 ? 1000 : null,
    category: null,
    line: i + 1,
  }));
  await addGroupsToList(listId, groups, NOW);
  for (const id of ['1', '2']) {
    const p = page(id, id === '2' ? 'missing' : 'present');
    const { posts: _posts, ...stored } = p;
    await saveAudit(`vk:${id}`, {
      at: NOW.toISOString(),
      source: 'batch',
      rulesVersion: 1,
      status: 'complete',
      error: null,
      page: stored,
      postCount: 0,
      audit: {
        ...auditCommunity(p, { now: NOW, timeZone: 'Europe/Moscow', audienceSize: id === '1' ? 1000 : undefined }),
      },
      previous: null,
      metrics: null,
      settings: null,
    });
  }
  return listId;
}

describe('export storage glue', () => {
  it('loads a list as report rows: engine audits, unread groups, audience from the group or the settings', async () => {
    const listId = await seed();
    await setAudienceSize('vk:2', 250);
    const data = await loadReportData({ listId }, NOW);
    expect(data?.meta).toMatchObject({
      listName: 'Школы',
      period: { year: 2025, month: 11 },
      timeZone: 'Europe/Moscow',
    });
    expect(data?.rows.map((r) => r.readStatus)).toEqual(['complete', 'complete', 'failed']);
    expect(data?.rows[0]?.group.audienceSize).toBe(1000);
    expect(data?.rows[1]?.group.audienceSize).toBe(250);
    expect(data?.rows[1]?.audit?.checks.find((c) => c.id === 'gov-mark')?.status).toBe('fail');
    expect(data?.rows[2]?.audit).toBeNull();
    const one = await loadReportData({ groupKey: 'vk:1' }, NOW);
    expect(one?.rows).toHaveLength(1);
    expect(await loadReportData({ listId: 'nope' }, NOW)).toBeNull();
  });

  it('backs up and restores into an empty database; a second import adds nothing', async () => {
    await seed();
    await setAudienceSize('vk:2', 250);
    const text = await exportBackupText(NOW);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.audits.length).toBe(2);

    await closeHistory(name);
    name = `${name}-restored`;
    useHistoryDatabase(name);
    fakeBrowser.reset(); // a new computer: no settings either
    expect((await loadSettings()).audienceSizes).toEqual({});
    const first = await importBackupText(text, { now: NOW });
    expect(first.ok && first.failures).toEqual([]);
    expect((await getLists()).map((l) => [l.name, l.groupKeys])).toEqual([['Школы', ['vk:1', 'vk:2', 'vk:3']]]);
    expect((await getGroups()).map((g) => g.key).sort()).toEqual(['vk:1', 'vk:2', 'vk:3']);
    expect(await listAudits('vk:2')).toHaveLength(1);
    const second = await importBackupText(text, { now: NOW });
    expect(second.ok && second.plan.audits.add).toEqual([]);
    expect(second.ok && second.plan.conflicts).toEqual([]);
    expect(await listAudits('vk:2')).toHaveLength(1);
    expect((await loadSettings()).audienceSizes['vk:2']).toBe(250);
    expect(await importBackupText('not json')).toMatchObject({ ok: false, error: 'not-json' });
  });
});
