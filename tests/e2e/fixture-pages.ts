/** The readers' committed fixture pages for the real-browser tests: a page's HTML and its URL, and the group id in a URL. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function fixture(name: string): { html: string; url: string } {
  const dir = join(FIXTURES, name);
  return {
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    url: readFileSync(join(dir, 'url.txt'), 'utf8').trim(),
  };
}

/** The numeric id in a fixture URL (club123 / group/123). */
export const idOf = (url: string) => /(?:club|public|group\/)(\d+)/.exec(url)?.[1] ?? null;
