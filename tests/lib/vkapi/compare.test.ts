import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unknownPage } from '../../../lib/sites/core/page';
import { mergeApiHeader } from '../../../lib/vkapi/compare';
import { groupsOfAnswer } from '../../../lib/vkapi/map';

const groups = groupsOfAnswer(
  (
    JSON.parse(readFileSync(new URL('../../fixtures/vkapi/groups-getById.json', import.meta.url), 'utf8')) as {
      response: unknown;
    }
  ).response,
);
const school = groups[0];
const library = groups[1];
const NOW = new Date('2026-11-26T09:00:00Z');

describe('mergeApiHeader (the popup with a key)', () => {
  it('fills what the reader could not tell, each filled field tagged with the API', () => {
    if (!school) throw new Error('fixture');
    const read = unknownPage('vk', 'https://vk.com/school5_official', { id: '123456', name: 'МБОУ «Школа № 5»' });
    const { page, comparison } = mergeApiHeader(read, school, NOW);
    expect(page).toMatchObject({ members: 15230, cover: 'present', posWidget: 'present', govMark: 'present' });
    expect(page.descriptionText).toContain('Официальная страница');
    expect(page.registryLink).toContain('knd.gov.ru/license?id=65a1b2c3d4e5f60718293a4b');
    expect(page.sources).toMatchObject({ members: 'api:groups.getById', posWidget: 'api:groups.getById:menu' });
    expect(
      comparison.fields
        .filter((f) => f.kind === 'filled')
        .map((f) => f.field)
        .sort(),
    ).toEqual(['avatar', 'cover', 'description', 'govMark', 'members', 'posWidget', 'registryLink'].sort());
    expect(page.diagnostics ?? []).toEqual([]);
  });

  it('a description filled from the API brings the MAX addresses written in it (never a false «no MAX link»)', () => {
    if (!school) throw new Error('fixture');
    // the reader saw the header's links (none to MAX) but not the description
    const read = { ...unknownPage('vk', 'https://vk.com/school5_official', { id: '123456' }), messengerLinks: [] };
    const { page } = mergeApiHeader(read, { ...school, description: 'Мы в MAX: max.ru/school5_gos' }, NOW);
    expect(page.descriptionComplete).toBe(true);
    expect(page.messengerLinks).toEqual(['https://max.ru/school5_gos']);
  });

  it('lists every disagreement: «есть» wins for an item, the API’s exact count for the members', () => {
    if (!library) throw new Error('fixture');
    const read = unknownPage('vk', 'https://vk.com/club222', {
      id: '222',
      name: 'Библиотека',
      members: 800,
      avatar: 'present',
      cover: 'missing',
      govMark: 'present',
    });
    const { page, comparison } = mergeApiHeader(read, library, NOW);
    expect(page).toMatchObject({ avatar: 'present', cover: 'missing', govMark: 'present', members: 840 });
    const byField = Object.fromEntries(comparison.fields.map((f) => [f.field, f]));
    expect(byField.avatar).toMatchObject({ reader: 'present', api: 'missing', result: 'present', kind: 'disagree' });
    expect(byField.govMark).toMatchObject({ kind: 'disagree', result: 'present' });
    expect(byField.cover).toMatchObject({ kind: 'agree' });
    expect(byField.members).toMatchObject({ reader: 800, api: 840, result: 840, kind: 'disagree' });
    expect((page.diagnostics ?? []).map((d) => d.name).sort()).toEqual(['api:avatar', 'api:govMark', 'api:members']);
  });

  it('takes an abbreviated count the API’s exact one falls into as agreement', () => {
    if (!school) throw new Error('fixture');
    const read = unknownPage('vk', 'u', { id: '123456', members: 15200, membersRange: { min: 15150, max: 15250 } });
    const { page, comparison } = mergeApiHeader(read, school, NOW);
    expect(page.members).toBe(15230);
    expect(page.membersRange).toBeNull();
    expect(comparison.fields.find((f) => f.field === 'members')?.kind).toBe('agree');
  });
});
