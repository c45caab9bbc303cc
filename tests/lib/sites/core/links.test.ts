import { describe, expect, it } from 'vitest';
import { OWN_HOST_PATH, unwrapLink } from '../../../../lib/sites/core/links';

describe('unwrapLink', () => {
  it('unwraps away.php, twice nested', () => {
    const inner = encodeURIComponent('https://pos.gosuslugi.ru/form/?opaId=1');
    const outer = encodeURIComponent(`/away.php?to=${inner}`);
    expect(unwrapLink(`/away.php?to=${outer}&cc_key=`, 'https://vk.com/club1')?.hostname).toBe('pos.gosuslugi.ru');
  });
});

describe('OWN_HOST_PATH (links the scans need not parse)', () => {
  it('matches only hrefs the URL parser resolves on the base host, with no query or fragment', () => {
    const base = 'https://vk.com/club1?w=wall-1_2';
    const hrefs = [
      '/',
      '/feed',
      '/wall-1_2',
      '/photo-1_457239017',
      '/a/b/../c',
      '/.',
      '/away.php',
      '/dk',
      '//knd.gov.ru/license',
      '/\\knd.gov.ru',
      '/\tx',
      ' /x',
      '/x y',
      '/%2F%2Fknd.gov.ru',
      '/away.php?to=https%3A%2F%2Fknd.gov.ru',
      '/a#b',
      'https://knd.gov.ru/license?id=1',
      'knd.gov.ru',
      '/@knd.gov.ru',
      '/:x',
    ];
    let matched = 0;
    for (const href of hrefs) {
      if (!OWN_HOST_PATH.test(href)) continue;
      matched++;
      const url = new URL(href, base);
      expect(url.host, href).toBe('vk.com');
      expect(url.search + url.hash, href).toBe('');
    }
    expect(matched).toBe(8);
    expect(OWN_HOST_PATH.test('//knd.gov.ru/license')).toBe(false);
  });
});
