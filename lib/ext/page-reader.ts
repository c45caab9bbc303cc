/**
 * Firefox's background page reads tracked groups in place (DOMParser), but its own bundle carries no readers: they
 * are built apart (entrypoints/firefox-reader.ts, /firefox-reader.js, Firefox builds only) and loaded with import()
 * the first time the background re-reads a group. The loaded file registers `readCommunityPage` here. Chrome's
 * service worker never loads it: it reads in the offscreen document (lib/ext/offscreen.ts).
 */
import type { ReadPage } from '../batch/runner';

/** The file of the readers for the background page (output-relative URL path). */
export const PAGE_READER_PATH = '/firefox-reader.js';

const KEY = Symbol.for('gospabliki.pageReader');

type Registry = { [KEY]?: ReadPage };

/** Called by the loaded reader file. */
export function registerPageReader(read: ReadPage): void {
  (globalThis as Registry)[KEY] = read;
}

/**
 * The registered reader, loading the reader file first if needed. `load` imports the file (the extension's own
 * package: no remote code); it throws when the file does not register a reader.
 */
export async function loadPageReader(load: () => Promise<unknown>): Promise<ReadPage> {
  if (!(globalThis as Registry)[KEY]) await load();
  const read = (globalThis as Registry)[KEY];
  if (!read) throw new Error(`${PAGE_READER_PATH} did not register a reader`);
  return read;
}
