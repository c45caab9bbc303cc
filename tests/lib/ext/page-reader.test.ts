/** Firefox's background page loads the readers on first use (lib/ext/page-reader.ts): once, and only if registered. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadPage } from '../../../lib/batch/runner';
import { loadPageReader, PAGE_READER_PATH, registerPageReader } from '../../../lib/ext/page-reader';

const KEY = Symbol.for('gospabliki.pageReader');
const read: ReadPage = () => null;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe('loadPageReader', () => {
  it('loads the reader file once and answers the reader it registered', async () => {
    const load = vi.fn(async () => registerPageReader(read));
    expect(await loadPageReader(load)).toBe(read);
    expect(await loadPageReader(load)).toBe(read);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fails when the file registers nothing, and when it cannot be loaded', async () => {
    await expect(loadPageReader(async () => undefined)).rejects.toThrow(`${PAGE_READER_PATH} did not register`);
    await expect(loadPageReader(() => Promise.reject(new Error('blocked')))).rejects.toThrow('blocked');
  });
});
