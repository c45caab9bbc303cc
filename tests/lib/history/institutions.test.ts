/** Institutions and hand-entered figures in the history database (DB v3): one transaction per import, idempotent
 * re-import, figures merged per month, MAX/Telegram pages shown from their figures. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { closeHistory, createList, getGroups, getList, useHistoryDatabase } from '../../../lib/ext/history';
import {
  getInstitutions,
  getManualMonths,
  importIntoList,
  saveManualMonth,
  setInstitution,
  withManualRecords,
} from '../../../lib/ext/institutions';
import { parseCsv } from '../../../lib/import';

let dbName = '';
let counter = 0;
beforeEach(() => {
  dbName = `institutions-test-${++counter}-${Math.random()}`;
  useHistoryDatabase(dbName);
});
afterEach(async () => {
  await closeHistory(dbName);
});

const NOW = new Date('2026-12-10T09:00:00Z');
const DECEMBER = { year: 2026, month: 12 };

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const csv = (text: string) => parseCsv(new TextEncoder().encode(text));
const FILE = csv(
  [
    'Учреждение;ВК;ОК;MAX;MAX подписчики;MAX неделя 1;MAX неделя 2',
    'Школа №5;vk.com/club1;ok.ru/group/2;max.ru/s5_gos;1200;3;',
    'Библиотека;vk.com/club3;;;;;',
  ].join('\n'),
);

describe('importIntoList', () => {
  it('stores pages, their institutions and the figures in one go; a second import changes nothing', async () => {
    const list = unwrap(await createList('Школы', NOW));
    const first = unwrap(await importIntoList(list.id, FILE, NOW, DECEMBER));
    expect(first).toEqual({ added: 4, already: 0, institutions: 2, figures: 1 });
    const institutions = await getInstitutions();
    expect(institutions.map((i) => i.name).sort()).toEqual(['Библиотека', 'Школа №5']);
    const school = institutions.find((i) => i.name === 'Школа №5');
    const groups = await getGroups(['vk:1', 'ok:2', 'max:@s5_gos', 'vk:3']);
    expect(groups.map((g) => [g.key, g.site, g.institutionId === school?.id])).toEqual([
      ['vk:1', 'vk', true],
      ['ok:2', 'ok', true],
      ['max:@s5_gos', 'max', true],
      ['vk:3', 'vk', false],
    ]);
    expect((await getList(list.id))?.groupKeys).toEqual(['vk:1', 'ok:2', 'max:@s5_gos', 'vk:3']);
    expect(await getManualMonths(['max:@s5_gos'])).toEqual([
      {
        groupKey: 'max:@s5_gos',
        year: 2026,
        month: 12,
        subscribers: 1200,
        weeks: [3, null, null, null],
        aPlus: 'unknown',
        posts: [],
        enteredAt: NOW.toISOString(),
      },
    ]);

    const again = unwrap(await importIntoList(list.id, FILE, NOW, DECEMBER));
    expect(again).toMatchObject({ added: 0, already: 4 });
    expect((await getInstitutions()).length).toBe(2);
  });

  it('a figure left empty in a later file keeps the one entered before', async () => {
    const list = unwrap(await createList('Школы', NOW));
    unwrap(await importIntoList(list.id, FILE, NOW, DECEMBER));
    const later = csv('Учреждение;MAX;MAX неделя 2\nШкола №5;max.ru/s5_gos;4');
    unwrap(await importIntoList(list.id, later, NOW, DECEMBER));
    const [month] = await getManualMonths(['max:@s5_gos']);
    expect(month).toMatchObject({ subscribers: 1200, weeks: [3, 4, null, null] });
  });

  it('takes a page out of its institution', async () => {
    const list = unwrap(await createList('Школы', NOW));
    unwrap(await importIntoList(list.id, FILE, NOW, DECEMBER));
    unwrap(await setInstitution(['ok:2'], null));
    const [ok] = await getGroups(['ok:2']);
    expect(ok?.institutionId).toBeNull();
  });
});

describe('figures entered by hand', () => {
  it('refuses an invalid month and keeps the stored one', async () => {
    const good = {
      groupKey: 'max:@a_gos',
      year: 2026,
      month: 12,
      subscribers: 10,
      weeks: [1, 2, 3, 4],
      aPlus: 'present' as const,
      posts: [{ at: '2026-12-02T07:00:00.000Z', text: 'Новость' }],
      enteredAt: NOW.toISOString(),
    };
    unwrap(await saveManualMonth(good));
    const bad = await saveManualMonth({ ...good, weeks: [1, -2, 3, 4] });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await getManualMonths(['max:@a_gos'])).toEqual([good]);
  });

  it('MAX pages get a computed «manual» record; VK pages keep their stored audits', async () => {
    const list = unwrap(await createList('Школы', NOW));
    unwrap(await importIntoList(list.id, FILE, NOW, DECEMBER));
    const groups = await getGroups((await getList(list.id))?.groupKeys);
    const records = await withManualRecords(groups, new Map(), { now: NOW, rules: DEFAULT_RULES });
    expect([...records.keys()]).toEqual(['max:@s5_gos']);
    expect(records.get('max:@s5_gos')).toMatchObject({ source: 'manual', page: { members: 1200 } });
  });
});
