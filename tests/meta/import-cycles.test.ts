/**
 * No import cycles anywhere in the repository (lib, components, entrypoints, scripts, tests), type-only imports
 * included: a cycle means two modules that cannot be understood, tested or bundled one without the other.
 */
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph';

describe('import cycles', () => {
  it('the checker finds a cycle and a self-import (it can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('the graph sees the repository (type-only imports included)', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('lib/index.ts')?.length ?? 0).toBeGreaterThan(5);
    expect(graph.get('lib/ext/protocol.ts')).toContain('lib/types.ts');
    // a type-only import is an edge
    expect(graph.get('lib/ext/messenger.ts')).toContain('lib/ext/protocol.ts');
  });

  it('no file is part of an import cycle', () => {
    expect(cycles(importGraph())).toEqual([]);
  });
});
