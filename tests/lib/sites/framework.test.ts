// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  findRegistryApplication,
  findRegistryLink,
  LayoutChangedError,
  presence,
  ReadContext,
  unwrapLink,
  validatePage,
} from '../../../lib/sites/framework';
import type { SelectorSet } from '../../../lib/sites/types';
import type { CommunityPage } from '../../../lib/types';

const selectors: SelectorSet<'name' | 'bad'> = {
  name: [
    { css: 'h2.new', generation: 'g3', source: 'test' },
    { css: 'h1.old', generation: 'g1', source: 'test' },
  ],
  bad: [{ css: '[[[', generation: 'g1', source: 'broken on purpose' }],
};

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('ReadContext', () => {
  it('tries alternatives newest first and tells which matched', () => {
    const ctx = new ReadContext('vk', selectors, 'test');
    const d = doc('<h1 class="old">Old</h1><h2 class="new">New</h2>');
    expect(ctx.match('name', d)?.alt.generation).toBe('g3');
    expect(ctx.optionalOne('name', d, ['g1'])?.textContent).toBe('Old');
  });

  it('requireOne throws LayoutChangedError by name; optionalOne returns null; a bad selector never throws', () => {
    const ctx = new ReadContext('vk', selectors, 'test');
    const d = doc('<p></p>');
    expect(ctx.optionalOne('name', d)).toBeNull();
    expect(() => ctx.requireOne('name', d)).toThrow(LayoutChangedError);
    expect(ctx.optionalOne('bad', d)).toBeNull();
  });

  it('records each miss once, by name, and reports it', () => {
    const seen: string[] = [];
    const ctx = new ReadContext('vk', selectors, 'https://vk.com/club1', (m) => seen.push(m));
    ctx.miss('members', 'vk-g2');
    ctx.miss('members', 'vk-g2');
    expect(ctx.diagnostics).toEqual([
      { name: 'members', message: "[vk] 'members' matched nothing on https://vk.com/club1 (vk-g2)" },
    ]);
    expect(seen).toHaveLength(1);
  });
});

describe('presence', () => {
  it('is missing only on a recognised block', () => {
    expect(presence(true, false)).toBe('present');
    expect(presence(false, true)).toBe('missing');
    expect(presence(false, false)).toBe('unknown');
  });
});

describe('links', () => {
  it('unwraps away.php, twice nested', () => {
    const inner = encodeURIComponent('https://pos.gosuslugi.ru/form/?opaId=1');
    const outer = encodeURIComponent(`/away.php?to=${inner}`);
    expect(unwrapLink(`/away.php?to=${outer}&cc_key=`, 'https://vk.com/club1')?.hostname).toBe('pos.gosuslugi.ru');
  });

  it('finds the registry link in hrefs and text, normalised', () => {
    const id = '673F0F77290FEF0E012D86A9';
    const href = `/away.php?to=${encodeURIComponent(`https://www.knd.gov.ru/license?registryType=bloggersPermission&id=${id}`)}`;
    expect(findRegistryLink(doc(`<a href="${href}">ссылка</a>`), 'https://vk.com/')).toBe(
      `https://knd.gov.ru/license?id=${id.toLowerCase()}&registryType=bloggersPermission`,
    );
    const text = doc(`<p>Перечень РКН: knd.gov.ru/license?id=${id}&amp;registryType=bloggersPermission</p>`);
    expect(findRegistryLink(text, 'https://vk.com/')).toContain('knd.gov.ru/license?id=');
    expect(findRegistryLink(doc('<a href="https://knd.gov.ru/license?id=123">x</a>'), 'https://vk.com/')).toBeNull();
  });

  it('finds an application number near a keyword', () => {
    expect(findRegistryApplication('Заявка в РКН № 4812345678 подана')).toBe('4812345678');
    expect(findRegistryApplication('Телефон 8 800 123 45 67')).toBeNull();
  });
});

describe('validatePage', () => {
  it('degrades an invalid page to unknown with a diagnostic', () => {
    const bad = { site: 'vk', url: 'x', members: 'many' } as unknown as CommunityPage;
    const out = validatePage(bad);
    expect(out.layout).toBe('unknown');
    expect(out.avatar).toBe('unknown');
    expect(out.diagnostics?.[0]?.name).toBe('schema');
  });
});
