import { describe, expect, it } from 'vitest';
import { isOkCommunityCandidate, OK_DETECTORS, okGroupIdFromUrl } from '../../../../lib/sites/ok/detect';

const entries = Object.entries(OK_DETECTORS);

describe('OK URL detectors, both ways', () => {
  for (const [name, { examples }] of entries) {
    it(`${name} has examples`, () => {
      expect(examples.length).toBeGreaterThan(2);
    });
    for (const example of examples) {
      for (const [other, { detect }] of entries) {
        const expected = other === name;
        it(`${other}(${example}) is ${expected}`, () => {
          expect(detect(new URL(example))).toBe(expected);
        });
      }
    }
  }
});

describe('okGroupIdFromUrl', () => {
  it.each([
    ['https://ok.ru/group/70000001234567', '70000001234567'],
    ['https://m.ok.ru/group/70000001234567/about', '70000001234567'],
    ['https://m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=53038939046008', '53038939046008'],
    ['https://ok.ru/admgorod', null],
    ['https://ok.ru/group/70000001234567/topic/1', null],
    ['https://vk.com/group/70000001234567', null],
    ['https://ok.ru/group/abc', null],
  ])('%s → %s', (url, id) => {
    expect(okGroupIdFromUrl(new URL(url))).toBe(id);
  });
});

describe('isOkCommunityCandidate', () => {
  it('accepts groups and screen names, rejects the rest and other sites', () => {
    expect(isOkCommunityCandidate(new URL('https://ok.ru/group/1'))).toBe(true);
    expect(isOkCommunityCandidate(new URL('https://ok.ru/admgorod'))).toBe(true);
    expect(isOkCommunityCandidate(new URL('https://ok.ru/profile/1'))).toBe(false);
    expect(isOkCommunityCandidate(new URL('https://vk.com/admgorod'))).toBe(false);
    expect(isOkCommunityCandidate(new URL('https://ok.ru.evil.example/group/1'))).toBe(false);
  });
});
