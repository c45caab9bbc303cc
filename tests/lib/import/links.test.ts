import { describe, expect, it } from 'vitest';
import { groupKeyOf, parseGroupLink, parsePastedLinks, parsePlatformLink, splitLinksLine } from '../../../lib/import';

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

describe('parsePlatformLink (list entries: VK, OK, MAX, Telegram)', () => {
  // MAX address forms: docs/max.md F1, F2, F6, F7.
  const valid: [string, string, string, string | null][] = [
    ['https://max.ru/school5_gos', 'max:@school5_gos', 'https://max.ru/school5_gos', null],
    ['max.ru/School5_Gos', 'max:@school5_gos', 'https://max.ru/School5_Gos', null],
    ['https://web.max.ru/school5_gos', 'max:@school5_gos', 'https://max.ru/school5_gos', null],
    ['https://max.ru/@school5_gos', 'max:@school5_gos', 'https://max.ru/school5_gos', 'max-at-form'],
    ['https://web.max.ru/-68093732121255', 'max:-68093732121255', 'https://web.max.ru/-68093732121255', null],
    [
      'https://max.ru/c/-68093732121255/AAAAAAAAAAE',
      'max:-68093732121255',
      'https://web.max.ru/-68093732121255',
      'post-link',
    ],
    ['https://max.ru/school5_gos/AAAAAAAAAAE', 'max:@school5_gos', 'https://max.ru/school5_gos', 'post-link'],
    [
      'https://max.ru/join/Ab-cD_efGhIjKlMnOpQrStUvWxYz0123456789abcdEF',
      'max:join:Ab-cD_efGhIjKlMnOpQrStUvWxYz0123456789abcdEF',
      'https://max.ru/join/Ab-cD_efGhIjKlMnOpQrStUvWxYz0123456789abcdEF',
      null,
    ],
    ['https://t.me/minobr74', 'telegram:@minobr74', 'https://t.me/minobr74', null],
    ['t.me/s/MinObr74', 'telegram:@minobr74', 'https://t.me/MinObr74', null],
    ['https://telegram.me/minobr74', 'telegram:@minobr74', 'https://t.me/minobr74', null],
    ['https://t.me/minobr74/1234', 'telegram:@minobr74', 'https://t.me/minobr74', 'post-link'],
    ['https://t.me/+AbCdEf123_-x', 'telegram:join:AbCdEf123_-x', 'https://t.me/+AbCdEf123_-x', null],
    ['https://t.me/joinchat/AbCdEf123', 'telegram:join:AbCdEf123', 'https://t.me/+AbCdEf123', null],
    ['vk.com/club1', 'vk:1', 'https://vk.com/club1', null],
    ['ok.ru/group/123', 'ok:123', 'https://ok.ru/group/123', null],
  ];
  it.each(valid)('%s → %s', (input, key, url, note) => {
    const parsed = parsePlatformLink(input);
    expect(parsed).toMatchObject({ ok: true, link: { key, url } });
    if (parsed.ok) expect(parsed.link.note ?? null).toBe(note);
  });

  it('names the platform', () => {
    const sites = ['max.ru/a_gos', 't.me/abcde', 'vk.com/club1', 'ok.ru/group/1'].map((u) => {
      const p = parsePlatformLink(u);
      return p.ok ? p.link.site : p.reason;
    });
    expect(sites).toEqual(['max', 'telegram', 'vk', 'ok']);
  });

  const invalid: [string, string][] = [
    ['https://max.ru/u/f9LHodD0cOI8a1aBcDeFgHiJkLmNoPqRsTuV', 'not-a-community'],
    ['https://max.ru/', 'no-community'],
    ['https://web.max.ru/', 'no-community'],
    ['https://max.ru/download', 'not-a-community'],
    ['https://t.me/', 'no-community'],
    ['https://t.me/share/url?url=x', 'not-a-community'],
    ['https://t.me/ab', 'not-a-community'],
    ['https://example.com/x', 'unsupported-site'],
    ['https://vk.com/id5', 'not-a-community'],
    ['текст', 'not-a-link'],
  ];
  it.each(invalid)('%s is rejected (%s)', (input, reason) => {
    expect(parsePlatformLink(input)).toEqual({ ok: false, reason });
  });

  it('leaves parseGroupLink to VK and OK (the readers’ sites)', () => {
    expect(parseGroupLink('https://max.ru/school5_gos')).toEqual({ ok: false, reason: 'unsupported-site' });
  });
});

describe('splitLinksLine', () => {
  it('finds every link in a line and keeps the rest as the name', () => {
    expect(splitLinksLine('Школа №5\thttps://vk.com/school5\tok.ru/group/12  max.ru/school5_gos')).toEqual({
      links: ['https://vk.com/school5', 'ok.ru/group/12', 'max.ru/school5_gos'],
      rest: 'Школа №5',
    });
    expect(splitLinksLine('просто текст')).toBeNull();
  });
});
