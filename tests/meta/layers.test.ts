/**
 * The layers of lib/ (docs/architecture.md): only lib/ext does I/O with the browser (storage, IndexedDB, messaging,
 * WXT). Everything else in lib/ — the engine, the readers, the batch runner, the exports, the record schemas — is
 * pure and reaches no lib/ext module, so it runs in Node tests, in extension pages and in content scripts alike.
 */
import { describe, expect, it } from 'vitest';
import { importGraph, packageImports, reachable } from './import-graph';

/** Modules that talk to the browser or the extension platform. */
const IO_PACKAGES = [/^idb$/, /^wxt(\/|$)/, /^#imports$/, /^@wxt-dev\//, /^webextension-polyfill$/, /^@webext-core\//];

const graph = importGraph();
const pureLib = [...graph.keys()].filter((f) => f.startsWith('lib/') && !f.startsWith('lib/ext/'));

describe('layers', () => {
  it('sees the pure part of lib', () => {
    expect(pureLib).toContain('lib/batch/runner.ts');
    expect(pureLib).toContain('lib/history/records.ts');
    expect(pureLib).toContain('lib/sites/vk/read.ts');
  });

  it.each(pureLib)('%s reaches no lib/ext module', (file) => {
    expect([...reachable(graph, file)].filter((f) => f.startsWith('lib/ext/'))).toEqual([]);
  });

  it.each(pureLib)('%s imports no browser-platform package', (file) => {
    expect(packageImports(file).filter((name) => IO_PACKAGES.some((re) => re.test(name)))).toEqual([]);
  });
});
