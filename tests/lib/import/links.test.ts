import { describe, expect, it } from 'vitest';
import { groupKeyOf, parseGroupLink, parsePastedLinks } from '../../../lib/import';

const valid: [string, string, string][] = [
  ['vk.com/club1', 'vk:1', 'https://vk.com/club1'],
  ['https://m.vk.com/public2', 'vk:2', 'https://vk.com/club2'],
  ['http://vk.ru/event3', 'vk:3', 'https://vk.com/club3'],
  ['https://www.vk.com/club44?w=wall-44_1', 'vk:44', 'https://vk.com/club44'],
  ['https://vk.com/wall-55_120', 'vk:55', 'https://vk.com/club55'],
  ['vk.ru/Gov_School.7', 'vk:@gov_school.7', 'https://vk.com/gov_school.7'],
  ['https://m.vk.com/minobr74', 'vk:@minobr74', 'https://vk.com/minobr74'],
  ['ok.ru/group/123', 'ok:123', 'https://ok.ru/group/123'],
  [
    'https://m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=70000001234567',
    'ok:70000001234567',
    'https://ok.ru/group/70000001234567',
  ],
  ['https://ok.ru/group53038939046008', 'ok:53038939046008', 'https://ok.ru/group/53038939046008'],
  ['https://ok.ru/group/123/topics', 'ok:123', 'https://ok.ru/group/123'],
  ['www.ok.ru/biblioteka74', 'ok:@biblioteka74', 'https://ok.ru/biblioteka74'],
  ['https://m.ok.ru/group/99', 'ok:99', 'https://ok.ru/group/99'],
];

const invalid: [string, string][] = [
  ['привет', 'not-a-link'],
  ['https://example.com/club1', 'unsupported-site'],
  ['https://t.me/minobr', 'unsupported-site'],
  ['https://vk.com/id123', 'not-a-community'],
  ['https://vk.com/feed', 'not-a-community'],
  ['https://vk.com/im?sel=1', 'not-a-community'],
  ['https://vk.com/wall123_4', 'not-a-community'],
  ['https://vk.com/', 'no-community'],
  ['https://ok.ru/profile/5', 'not-a-community'],
  ['https://ok.ru/feed', 'not-a-community'],
  ['https://ok.ru/dk?st.cmd=userMain', 'not-a-community'],
  ['ftp://vk.com/club1', 'not-a-link'],
];

describe('parseGroupLink', () => {
  it.each(valid)('%s → %s', (input, key, url) => {
    const parsed = parseGroupLink(input);
    expect(parsed).toMatchObject({ ok: true, link: { key, url } });
  });
  it.each(invalid)('%s is rejected (%s)', (input, reason) => {
    expect(parseGroupLink(input)).toEqual({ ok: false, reason });
  });
  it('keys a read page by its numeric id, else by the URL', () => {
    expect(groupKeyOf({ site: 'vk', id: '77', url: 'https://vk.com/name' })).toBe('vk:77');
    expect(groupKeyOf({ site: 'ok', id: null, url: 'https://ok.ru/Name' })).toBe('ok:@name');
  });
});

describe('parsePastedLinks', () => {
  it('merges duplicates, reports invalid lines by number and keeps every valid one', () => {
    const text = [
      'vk.com/club1',
      '',
      'https://m.vk.com/public1', // duplicate of line 1
      'Школа №5 — https://vk.com/school5',
      'https://vk.com/id5',
      'просто текст',
      'https://m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=123',
      'ok.ru/group/123/', // duplicate of line 7
      '  https://example.org/x  ',
      'https://vk.com/wall-9_1,',
    ].join('\r\n');
    const result = parsePastedLinks(text);
    expect(result.groups.map((g) => g.key)).toEqual(['vk:1', 'vk:@school5', 'ok:123', 'vk:9']);
    expect(result.groups[1]?.name).toBe('Школа №5');
    expect(result.issues.map((i) => [i.line, i.reason])).toEqual([
      [5, 'not-a-community'],
      [6, 'not-a-link'],
      [9, 'unsupported-site'],
    ]);
    expect(result.duplicates).toEqual([
      { line: 3, key: 'vk:1', firstLine: 1 },
      { line: 8, key: 'ok:123', firstLine: 7 },
    ]);
  });
});
