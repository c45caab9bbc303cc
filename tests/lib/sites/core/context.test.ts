// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LayoutChangedError, ReadContext } from '../../../../lib/sites/core/context';
import type { SelectorSet } from '../../../../lib/sites/types';

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
    const d = doc('<h1 class="old">Old</h1><h2 class="new">New</h2>');
    const ctx = new ReadContext({ site: 'vk', selectors, doc: d, where: 'test' });
    expect(ctx.match('name', d)?.alt.generation).toBe('g3');
    expect(ctx.optionalOne('name', d, ['g1'])?.textContent).toBe('Old');
  });

  it('requireOne throws LayoutChangedError by name; optionalOne returns null; a bad selector never throws', () => {
    const d = doc('<p></p>');
    const ctx = new ReadContext({ site: 'vk', selectors, doc: d, where: 'test' });
    expect(ctx.optionalOne('name', d)).toBeNull();
    expect(() => ctx.requireOne('name', d)).toThrow(LayoutChangedError);
    expect(ctx.optionalOne('bad', d)).toBeNull();
  });

  it('records each miss once, by name, and reports it', () => {
    const seen: string[] = [];
    const ctx = new ReadContext({
      site: 'vk',
      selectors,
      doc: doc(''),
      where: 'https://vk.com/club1',
      onDiagnostic: (m) => seen.push(m),
    });
    ctx.miss('members', 'vk-g2');
    ctx.miss('members', 'vk-g2');
    expect(ctx.diagnostics).toEqual([
      { name: 'members', message: "[vk] 'members' matched nothing on https://vk.com/club1 (vk-g2)" },
    ]);
    expect(seen).toHaveLength(1);
  });
});
